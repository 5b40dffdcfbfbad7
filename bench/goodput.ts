/**
 * Quota goodput, the real ceiling (`npm run bench -- --goodput`, and part of every `npm run bench`):
 * two gateway replicas (the production build, default quotas) sharing one redis-server, in front of a
 * FakeCognito in a process of its own that throttles UserUpdate like Cognito (25 per second), fed four
 * times that by several admin callers for a fixed time, open loop. Reports successful writes per
 * second, the backend's throttles, where the throttled writes arrived, each caller's share of the
 * successes and the longest wait.
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { once } from "node:events";
import { loadavg } from "node:os";
import { freePort } from "../test/helpers/process.js";
import { startRedisServer } from "../test/helpers/redis-server.js";
import type {
  GoodputFakeCommand,
  GoodputFakeReady,
  GoodputFakeReply,
  GoodputFakeStats,
} from "./goodput-fake-process.js";

/** Cognito's UserUpdate quota, which the gateway's default QUOTA_USER_UPDATE_RPS matches. */
export const GOODPUT_RATE = 25;
const OFFERED_RATE = 4 * GOODPUT_RATE;
const SECONDS = Number(process.env.BENCH_GOODPUT_SECONDS ?? 20);
const CALLERS = 4;
/**
 * Bucket sizes of the fake's throttle, one measurement each (Cognito publishes none): 1, the fake's
 * default, allows no burst at all, so two calls that reach it less than 40 ms apart are one too many
 * (the governor spaces them evenly, at 97% of the rate, for this: src/quota/spacing.ts); 2 absorbs one
 * call's worth of jitter; 5 is the bucket test/reliability/redis-quota.test.ts models Cognito with.
 */
export const FAKE_BURSTS = (process.env.BENCH_GOODPUT_FAKE_BURSTS ?? "1,2,5").split(",").map(Number);
/** Write targets: many, so Cognito's 10 writes per second per user is never what limits. */
const TARGETS = 500;

export interface GoodputResult {
  seconds: number;
  offeredRate: number;
  fakeBurst: number;
  sent: number;
  succeeded: number;
  /** Successes answered within the load's window, per second of it. */
  successesPerSecond: number;
  /** Refused by the gateway with CognitoTooManyRequestsError (nothing sent to Cognito). */
  refused: number;
  /**
   * Anything else, by GraphQL error code (COGNITO_DEADLINE_EXCEEDED, ...), union member or transport
   * failure.
   */
  otherOutcomes: Record<string, number>;
  /** TooManyRequestsException answers from the fake. */
  backendThrottles: number;
  /** Writes the fake accepted. */
  backendWrites: number;
  callers: { caller: string; sent: number; succeeded: number; share: number }[];
  longestSuccessMs: number;
  longestAnswerMs: number;
  p50SuccessMs: number;
  /**
   * Where the fake's throttles come from: for each throttled write, how long after the last accepted
   * one it arrived (median and shortest, ms) and whether the other replica sent it (against how often
   * consecutive writes come from different replicas at all); how many of all consecutive write arrivals
   * were closer than the bucket's refill time (1000 / rate ms) and the shortest; the fake's own
   * event-loop delay.
   */
  arrivals: {
    throttledGapMedianMs: number;
    throttledGapMinMs: number;
    throttledAfterOtherReplica: number;
    arrivalsAfterOtherReplica: number;
    gapsUnderRefill: number;
    gaps: number;
    shortestGapMs: number;
    fakeLoopDelayP99Ms: number;
    fakeLoopDelayMaxMs: number;
  };
  /** The machine's 1-minute load average at the start and the end of the window (other work shares it). */
  load: [number, number];
}

const MUTATION =
  "mutation Goodput($input: AdminUpdateUserAttributesInput!) { adminUpdateUserAttributes(input: $input) { __typename } }";

async function waitForReady(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never became ready`);
}

/** One replica as the Dockerfile runs it, with REDIS_URL and every quota at its default. */
async function startReplica(fake: GoodputFakeReady, redisUrl: string, index: number) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--max-old-space-size=96", "--max-semi-space-size=8", "dist/main.js"],
    {
      env: {
        ...process.env,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(port),
        AWS_REGION: fake.region,
        COGNITO_USER_POOL_ID: fake.userPoolId,
        COGNITO_CLIENT_IDS: fake.clientId,
        COGNITO_ENDPOINT: fake.endpoint,
        COGNITO_ISSUER: fake.issuer,
        AWS_ACCESS_KEY_ID: "bench",
        AWS_SECRET_ACCESS_KEY: "bench",
        REDIS_URL: redisUrl,
        LOG_LEVEL: "warn",
        // Only for the fake to tell the replicas apart: the SDK appends it to its user agent.
        AWS_SDK_UA_APP_ID: `goodput-replica-${index}`,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForReady(`${url}/ready`, child);
  return { child, graphqlUrl: `${url}/graphql` };
}

/**
 * The fake in a process of its own (bench/goodput-fake-process.ts), driven over the IPC channel. It is
 * killed when the driver exits, and exits by itself when the channel closes (a driver killed outright).
 */
async function startFake() {
  const child = fork("bench/goodput-fake-process.ts", [], {
    execArgv: ["--import", "tsx"],
    env: {
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      GOODPUT_FAKE_USERS: JSON.stringify({ callers: CALLERS, targets: TARGETS }),
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const exited = once(child, "exit");
  const pending = new Map<
    number,
    { resolve: (stats?: GoodputFakeStats) => void; reject: (error: Error) => void }
  >();
  let ready: ((description: GoodputFakeReady) => void) | undefined;
  let failed: ((error: Error) => void) | undefined;
  const described = new Promise<GoodputFakeReady>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  child.on("message", (message: GoodputFakeReady | GoodputFakeReply) => {
    if ("kind" in message) return ready?.(message);
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if ("error" in message) waiting?.reject(new Error(`goodput fake: ${message.error}`));
    else waiting?.resolve(message.stats);
  });
  child.once("exit", (code, signal) => {
    const error = new Error(`goodput fake exited (${code ?? signal})`);
    failed?.(error);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  let nextId = 0;
  const send = (command: GoodputFakeCommand) =>
    new Promise<GoodputFakeStats | undefined>((resolve, reject) => {
      pending.set(command.id, { resolve, reject });
      child.send(command);
    });
  return {
    description: await described,
    throttle: (burst: number) =>
      send({ id: nextId++, command: "throttle", ratePerSecond: GOODPUT_RATE, burst }),
    unthrottle: () => send({ id: nextId++, command: "unthrottle" }),
    resetCounters: () => send({ id: nextId++, command: "resetCounters" }),
    stats: async () => {
      const stats = await send({ id: nextId++, command: "stats" });
      if (stats === undefined) throw new Error("goodput fake answered stats with nothing");
      return stats;
    },
    stop: async () => {
      process.removeListener("exit", killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

export async function measureGoodput(fakeBurst: number): Promise<GoodputResult> {
  const redis = await startRedisServer();
  const replicas: { child: ChildProcess; graphqlUrl: string }[] = [];
  let fake: Awaited<ReturnType<typeof startFake>> | undefined;
  try {
    fake = await startFake();
    const { callers, targets } = fake.description;
    const backend = fake.description;
    replicas.push(...(await Promise.all([0, 1].map((index) => startReplica(backend, redis.url, index)))));
    // Warm-up, unthrottled and far below the quota: the replicas' first requests (JIT, the pool's
    // contract, the admin confirmation) should not count against the measured window.
    let warmUp = 0;
    for (const replica of replicas) {
      for (const caller of callers) {
        await fetch(replica.graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${caller.token}` },
          body: JSON.stringify({
            query: MUTATION,
            variables: {
              input: {
                username: targets[warmUp++],
                userAttributes: [{ name: "given_name", value: "W" }],
              },
            },
          }),
        });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await fake.throttle(fakeBurst);
    await fake.resetCounters();

    interface Outcome {
      caller: string;
      typename: string;
      elapsedMs: number;
      answeredAtMs: number;
    }
    const outcomes: Promise<Outcome>[] = [];
    const total = OFFERED_RATE * SECONDS;
    const loadAtStart = loadavg()[0] as number;
    const startedAt = performance.now();
    // Open loop: request n leaves at n / OFFERED_RATE seconds whether or not earlier ones were answered.
    for (let n = 0; n < total; n++) {
      const due = startedAt + (n * 1000) / OFFERED_RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const caller = callers[n % CALLERS] as (typeof callers)[number];
      const replica = replicas[Math.floor(n / CALLERS) % replicas.length] as (typeof replicas)[number];
      const sentAt = performance.now();
      outcomes.push(
        fetch(replica.graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${caller.token}` },
          body: JSON.stringify({
            query: MUTATION,
            variables: {
              input: {
                username: targets[n % TARGETS],
                userAttributes: [{ name: "given_name", value: `G${n}` }],
              },
            },
          }),
        })
          .then(async (response) => {
            const body = (await response.json()) as {
              data?: { adminUpdateUserAttributes?: { __typename: string } } | null;
              errors?: { message: string; extensions?: { code?: string } }[];
            };
            const error = body.errors?.[0];
            return (
              body.data?.adminUpdateUserAttributes?.__typename ??
              error?.extensions?.code ??
              `HTTP ${response.status} ${error?.message ?? ""}`
            );
          })
          .catch((error: unknown) => `transport ${(error as Error).name}`)
          .then((typename) => {
            const now = performance.now();
            return { caller: caller.name, typename, elapsedMs: now - sentAt, answeredAtMs: now - startedAt };
          }),
      );
    }
    const results = await Promise.all(outcomes);
    const loadAtEnd = loadavg()[0] as number;
    const backendStats = await fake.stats();
    await fake.unthrottle();
    const refillMs = 1000 / GOODPUT_RATE;
    const successes = results.filter((outcome) => outcome.typename === "AdminUpdateUserAttributesSuccess");
    const otherOutcomes: Record<string, number> = {};
    for (const outcome of results) {
      if (
        outcome.typename === "AdminUpdateUserAttributesSuccess" ||
        outcome.typename === "CognitoTooManyRequestsError"
      )
        continue;
      otherOutcomes[outcome.typename] = (otherOutcomes[outcome.typename] ?? 0) + 1;
    }
    return {
      seconds: SECONDS,
      offeredRate: OFFERED_RATE,
      fakeBurst,
      sent: total,
      succeeded: successes.length,
      successesPerSecond:
        successes.filter((outcome) => outcome.answeredAtMs <= SECONDS * 1000).length / SECONDS,
      refused: results.filter((outcome) => outcome.typename === "CognitoTooManyRequestsError").length,
      otherOutcomes,
      backendThrottles: backendStats.throttled,
      backendWrites: backendStats.writeRequests - backendStats.throttled,
      callers: callers.map((caller) => {
        const succeeded = successes.filter((outcome) => outcome.caller === caller.name).length;
        return {
          caller: caller.name,
          sent: results.filter((outcome) => outcome.caller === caller.name).length,
          succeeded,
          share: succeeded / Math.max(1, successes.length),
        };
      }),
      longestSuccessMs: Math.max(0, ...successes.map((outcome) => outcome.elapsedMs)),
      longestAnswerMs: Math.max(0, ...results.map((outcome) => outcome.elapsedMs)),
      p50SuccessMs: percentile(
        successes.map((outcome) => outcome.elapsedMs),
        50,
      ),
      arrivals: {
        throttledGapMedianMs: percentile(backendStats.throttledGapsMs, 50),
        throttledGapMinMs: Math.min(Infinity, ...backendStats.throttledGapsMs),
        throttledAfterOtherReplica: backendStats.throttledAfterOtherReplica,
        arrivalsAfterOtherReplica: backendStats.arrivalsAfterOtherReplica,
        gapsUnderRefill: backendStats.arrivalGapsMs.filter((gap) => gap < refillMs).length,
        gaps: backendStats.arrivalGapsMs.length,
        shortestGapMs: Math.min(Infinity, ...backendStats.arrivalGapsMs),
        fakeLoopDelayP99Ms: backendStats.loopDelayP99Ms,
        fakeLoopDelayMaxMs: backendStats.loopDelayMaxMs,
      },
      load: [loadAtStart, loadAtEnd],
    };
  } finally {
    for (const replica of replicas) replica.child.kill("SIGTERM");
    await fake?.stop();
    await redis.stop();
  }
}

/** Every burst in turn, one after the other (each with its own replicas, Redis and fake). */
export async function measureGoodputs(): Promise<GoodputResult[]> {
  const results: GoodputResult[] = [];
  for (const burst of FAKE_BURSTS) results.push(await measureGoodput(burst));
  return results;
}

/** The RESULTS.md section for the measurements, one column per bucket size of the fake. */
export function goodputMarkdown(results: GoodputResult[]): string {
  const verdict = (met: boolean) => (met ? "**met**" : "**missed**");
  const first = results[0];
  if (first === undefined) return "";
  const row = (label: string, cell: (result: GoodputResult) => string) =>
    `| ${label} | ${results.map(cell).join(" | ")} |`;
  const callerRows = first.callers.map((_, index) =>
    row(`${first.callers[index]?.caller}: succeeded of sent (share)`, (result) => {
      const caller = result.callers[index];
      return caller ? `${caller.succeeded} of ${caller.sent} (${(100 * caller.share).toFixed(1)}%)` : "";
    }),
  );
  return `## Quota goodput: two replicas sharing Redis

Generated by \`npm run bench\` (alone: \`npm run bench -- --goodput\`, bench/goodput.ts).

Two gateway replicas (\`node dist/main.js\` with the Dockerfile's heap limits, production mode, every
quota at its default: QUOTA_USER_UPDATE_RPS 25, COGNITO_TIMEOUT_MS 5000) share one \`redis-server\`
(REDIS_URL) in front of a FakeCognito, in a process of its own (bench/goodput-fake-process.ts), that
throttles UserUpdate at ${GOODPUT_RATE} per second with a token bucket of the size in each column's head.
${CALLERS} admin callers, each ${first.offeredRate / CALLERS} requests per second, together ${first.offeredRate} per second (4× the quota) for ${first.seconds} s, open loop,
alternating between the replicas; each request writes one of ${TARGETS} users, so no user's own 10 writes
per second is the limit. Goals: successful writes per second ≥ 95% of ${GOODPUT_RATE}, backend throttles 0.

| Fake's bucket (burst) | ${results.map((result) => String(result.fakeBurst)).join(" | ")} |
| --- | ${results.map(() => "---:").join(" | ")} |
${row("Successful writes per second (answered within the window)", (result) => `${result.successesPerSecond.toFixed(1)} (${((100 * result.successesPerSecond) / GOODPUT_RATE).toFixed(0)}%) ${verdict(result.successesPerSecond >= 0.95 * GOODPUT_RATE)}`)}
${row("Backend throttles (TooManyRequestsException from the fake)", (result) => `${result.backendThrottles} ${verdict(result.backendThrottles === 0)}`)}
${row("Sent / succeeded / refused by the gateway (CognitoTooManyRequestsError, nothing sent)", (result) => `${result.sent} / ${result.succeeded} / ${result.refused}`)}
${row(
  "Other outcomes, by error code",
  (result) =>
    Object.entries(result.otherOutcomes)
      .map(([name, count]) => `${name}: ${count}`)
      .join("; ") || "none",
)}
${row("Writes the fake accepted", (result) => String(result.backendWrites))}
${row("Wait of a successful write: median / longest (ms)", (result) => `${result.p50SuccessMs.toFixed(0)} / ${result.longestSuccessMs.toFixed(0)}`)}
${row("Longest answer of any request (ms)", (result) => result.longestAnswerMs.toFixed(0))}
${callerRows.join("\n")}
${row("Throttled writes: arrival after the last accepted write, median / shortest (ms)", (result) => (result.backendThrottles === 0 ? "none throttled" : `${result.arrivals.throttledGapMedianMs.toFixed(1)} / ${result.arrivals.throttledGapMinMs.toFixed(1)}`))}
${row("Throttled writes sent by the other replica than the last accepted one / all writes sent by the other replica than the one before", (result) => `${result.arrivals.throttledAfterOtherReplica} of ${result.backendThrottles} / ${result.arrivals.arrivalsAfterOtherReplica} of ${result.arrivals.gaps}`)}
${row(`Write arrivals closer than ${1000 / GOODPUT_RATE} ms to the previous one, of all / shortest gap (ms)`, (result) => `${result.arrivals.gapsUnderRefill} of ${result.arrivals.gaps} / ${result.arrivals.shortestGapMs.toFixed(1)}`)}
${row("The fake's own event-loop delay, p99 / max (ms)", (result) => `${result.arrivals.fakeLoopDelayP99Ms.toFixed(1)} / ${result.arrivals.fakeLoopDelayMaxMs.toFixed(1)}`)}
${row("Machine load (1-minute average, 2 cores) at the start / end", (result) => result.load.map((load) => load.toFixed(1)).join(" / "))}
`;
}
