/**
 * The quota goodput's Cognito (bench/goodput.ts): FakeCognito in a process of its own, so the time it
 * sees a request arrive is not the time the benchmark's load generator lets its event loop get to it.
 * Forked with an IPC channel; prints nothing. The driver sends `GoodputFakeCommand`s and gets one
 * `GoodputFakeReply` each; the first message is the `GoodputFakeReady` description. Exits when the
 * channel closes, so a driver that dies leaves no fake behind.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { aUser, FakeCognito } from "../test/helpers/fake-cognito.js";

export interface GoodputFakeReady {
  kind: "ready";
  endpoint: string;
  issuer: string;
  userPoolId: string;
  region: string;
  clientId: string;
  callers: { name: string; token: string }[];
  targets: string[];
}

export type GoodputFakeCommand =
  | { id: number; command: "throttle"; ratePerSecond: number; burst: number }
  | { id: number; command: "unthrottle" }
  | { id: number; command: "resetCounters" }
  | { id: number; command: "stats" };

/** What the fake saw of AdminUpdateUserAttributes since the last `resetCounters`. */
export interface GoodputFakeStats {
  throttled: number;
  /** AdminUpdateUserAttributes requests received, throttled ones included. */
  writeRequests: number;
  /**
   * For each throttled write: milliseconds between its arrival and the arrival of the last write the
   * bucket accepted before it (performance.now(), taken in the same tick the bucket is consulted).
   */
  throttledGapsMs: number[];
  /** Of those, how many came from the other replica than that accepted write (by the SDK's app id). */
  throttledAfterOtherReplica: number;
  /** Consecutive write arrivals from different replicas, for comparison with the above. */
  arrivalsAfterOtherReplica: number;
  /** Milliseconds between consecutive write arrivals, throttled or not. */
  arrivalGapsMs: number[];
  /** The fake's own event-loop delay over the same span: p99 and max, ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export type GoodputFakeReply = { id: number; stats?: GoodputFakeStats } | { id: number; error: string };

const { callers: callerCount, targets: targetCount } = JSON.parse(process.env.GOODPUT_FAKE_USERS ?? "{}") as {
  callers: number;
  targets: number;
};
const WRITE = "AdminUpdateUserAttributes";

const { fake, tokens } = await FakeCognito.startWithIssuer();

interface Arrival {
  at: number;
  throttled: boolean;
  /** The sending replica's AWS_SDK_UA_APP_ID, which the SDK appends to its user agent as `app/<id>`. */
  sender: string | undefined;
}
let arrivals: Arrival[] = [];
// The fake records a request, consults its buckets and counts a throttle in one synchronous stretch,
// so stamping each recorded write and marking the newest one when `throttled` grows ties every
// throttle to its own arrival time without changing the fake.
const record = fake.requests.push.bind(fake.requests);
fake.requests.push = (...requests) => {
  for (const request of requests)
    if (request.operation === WRITE)
      arrivals.push({
        at: performance.now(),
        throttled: false,
        sender: /\bapp\/(\S+)/.exec(String(request.headers["user-agent"]))?.[1],
      });
  return record(...requests);
};
let throttled = 0;
Object.defineProperty(fake, "throttled", {
  get: () => throttled,
  set: (value: number) => {
    if (value > throttled) {
      const newest = arrivals.at(-1);
      if (newest !== undefined) newest.throttled = true;
    }
    throttled = value;
  },
});
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();

function stats(): GoodputFakeStats {
  const throttledGapsMs: number[] = [];
  const arrivalGapsMs: number[] = [];
  let throttledAfterOtherReplica = 0;
  let arrivalsAfterOtherReplica = 0;
  let lastAccepted: Arrival | undefined;
  let previous: Arrival | undefined;
  for (const arrival of arrivals) {
    if (previous !== undefined) {
      arrivalGapsMs.push(arrival.at - previous.at);
      if (arrival.sender !== previous.sender) arrivalsAfterOtherReplica += 1;
    }
    previous = arrival;
    if (!arrival.throttled) lastAccepted = arrival;
    else if (lastAccepted !== undefined) {
      throttledGapsMs.push(arrival.at - lastAccepted.at);
      if (arrival.sender !== lastAccepted.sender) throttledAfterOtherReplica += 1;
    }
  }
  return {
    throttled: fake.throttled,
    writeRequests: fake.requestsFor(WRITE).length,
    throttledGapsMs,
    throttledAfterOtherReplica,
    arrivalsAfterOtherReplica,
    arrivalGapsMs,
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
  };
}

function perform(message: GoodputFakeCommand): GoodputFakeStats | undefined {
  switch (message.command) {
    case "throttle":
      fake.throttle("UserUpdate", { ratePerSecond: message.ratePerSecond, burst: message.burst });
      return undefined;
    case "unthrottle":
      // reset() forgets throttles, recorded requests and counters; the users and the issuer stay.
      fake.reset();
      return undefined;
    case "resetCounters":
      fake.clearRequests();
      fake.throttled = 0;
      arrivals = [];
      loopDelay.reset();
      return undefined;
    case "stats":
      return stats();
  }
}

process.on("message", (message: GoodputFakeCommand) => {
  let reply: GoodputFakeReply;
  try {
    reply = { id: message.id, stats: perform(message) };
  } catch (error) {
    reply = { id: message.id, error: String(error) };
  }
  process.send?.(reply);
});
process.once("disconnect", () => void fake.close().then(() => process.exit(0)));
process.once("SIGTERM", () => void fake.close().then(() => process.exit(0)));

const callers = await Promise.all(
  Array.from({ length: callerCount }, async (_, index) => {
    const user = fake.addUser(aUser({ username: `goodput-admin-${index}`, groups: ["admin"] }));
    return { name: user.username, token: await tokens.adminAccessToken(user) };
  }),
);
const targets = Array.from(
  { length: targetCount },
  (_, index) => fake.addUser(aUser({ username: `goodput-target-${index}` })).username,
);
const ready: GoodputFakeReady = {
  kind: "ready",
  endpoint: fake.endpoint,
  issuer: fake.issuer,
  userPoolId: fake.userPoolId,
  region: fake.region,
  clientId: tokens.defaultClientId,
  callers,
  targets,
};
process.send?.(ready);
