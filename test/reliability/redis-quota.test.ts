import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createQuotaGovernor } from "../../src/quota/governor.js";
import { SharedBudget } from "../../src/quota/shared-budget.js";
import { SpacedRate } from "../../src/quota/spacing.js";
import { graphql } from "../generated/index.js";
import { useFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors, type GraphQLResponse } from "../helpers/graphql.js";
import { DEADLINE_SLACK_MS, timed } from "../helpers/rates.js";
import { startRedisServer, type TestRedisServer } from "../helpers/redis-server.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// Scale-out: replicas that share a Redis share one budget. Two gateway instances, each with its own
// ioredis client (as two processes would have), against one fake that throttles like Cognito.
// Needs the real `redis-server` binary (Debian package `redis-server`); it fails, never skips, without it.

const AdminUpdate = graphql(`
  mutation RedisQuota_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on CognitoTooManyRequestsError {
        retryAfterSeconds
      }
    }
  }
`);

type UpdateResponse = GraphQLResponse<{
  adminUpdateUserAttributes: { __typename: string; retryAfterSeconds?: number | null };
}>;

const OPERATION = "AdminUpdateUserAttributes";

/** A lower UserUpdate rate than Cognito's 25 keeps the test short; the shape is the same. */
const RATE = 10;

/**
 * The fake's bucket sizes (Cognito publishes none): small enough that two separate budgets (twice
 * the rate) or a one-second fixed window (the whole rate at once) are throttled, large enough to
 * absorb a few milliseconds of jitter between a replica's token and the request reaching the fake.
 */
const FAKE_BURST = 5;
const FAKE_PER_USER_BURST = 3;

const CALL_TIMEOUT_MS = 5_000;

describe("a quota budget shared through Redis", () => {
  let redisServer: TestRedisServer;
  let admin: Redis;
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let adminToken: string;
  const gateways: TestGateway[] = [];
  const clients: Redis[] = [];

  useFakeBackend(async (world) => {
    ({ fake, tokens, backend } = world);
    adminToken = await tokens.adminAccessToken(aUser());
  });

  beforeAll(async () => {
    redisServer = await startRedisServer();
    admin = await redisServer.client();
  });

  afterAll(async () => {
    admin?.disconnect();
    await redisServer?.stop();
  });

  beforeEach(() => admin.flushall());

  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gateway) => gateway.close()));
    for (const client of clients.splice(0)) client.disconnect();
  });

  /** One replica: its own Redis connection (configured as src/main.ts does) and its own SDK client. */
  async function replica(
    rates: { UserUpdate?: number; perUserWrite?: number },
    server = redisServer,
  ): Promise<TestGateway> {
    const redis = await server.client();
    clients.push(redis);
    const gateway = await startGateway(backend, {
      env: { COGNITO_TIMEOUT_MS: String(CALL_TIMEOUT_MS) },
      quotaGovernor: createQuotaGovernor({ rates, redis }),
    });
    gateways.push(gateway);
    return gateway;
  }

  function update(gateway: TestGateway, user: FakeUser): Promise<UpdateResponse> {
    return execute(gateway.graphqlUrl, AdminUpdate, {
      token: adminToken,
      variables: { input: { username: user.username, userAttributes: [{ name: "given_name", value: "R" }] } },
    });
  }

  /** Every request succeeded or was refused with a retry hint, within its deadline; returns successes. */
  function countSuccesses(outcomes: { result: UpdateResponse; elapsedMs: number }[]): number {
    let succeeded = 0;
    for (const { result, elapsedMs } of outcomes) {
      const outcome = expectNoErrors(result).adminUpdateUserAttributes;
      if (outcome.__typename === "AdminUpdateUserAttributesSuccess") succeeded++;
      else expect(outcome.retryAfterSeconds, JSON.stringify(outcome)).toBeGreaterThanOrEqual(1);
      expect(elapsedMs).toBeLessThan(CALL_TIMEOUT_MS + DEADLINE_SLACK_MS);
    }
    return succeeded;
  }

  it("reserves send times exactly one interval apart by Redis's clock, whichever of two clients asks", async () => {
    const intervalMs = 1000 / RATE;
    const rates = await Promise.all(
      [0, 1].map(async () => {
        const client = await redisServer.client();
        clients.push(client);
        return new SpacedRate("UserUpdate", RATE, RATE, new SharedBudget(client, 1_000, 1_000, undefined));
      }),
    );
    // Each send time, in this process's clock, lies between (ask + wait) and (answer + wait).
    const sendTimes: { earliest: number; latest: number }[] = [];
    for (let index = 0; index < 20; index++) {
      const askedAt = performance.now();
      const reservation = await (rates[index % 2] as SpacedRate).reserve("all", 1, 60_000);
      expect(reservation.granted).toBe(1);
      sendTimes.push({
        earliest: askedAt + reservation.waitMs,
        latest: performance.now() + reservation.waitMs,
      });
    }

    const first = sendTimes[0] as { earliest: number; latest: number };
    sendTimes.forEach((sendTime, index) => {
      // The n-th send time is n intervals after the first, to within how long the two asks took.
      expect(sendTime.latest - first.earliest).toBeGreaterThanOrEqual(index * intervalMs - 0.01);
      expect(sendTime.earliest - first.latest).toBeLessThanOrEqual(index * intervalMs + 0.01);
    });
    expect(await admin.keys("cag:quota:UserUpdate:*")).toEqual(["cag:quota:UserUpdate:all"]);
  });

  it("sends the spacing script in full once, then only its hash, and in full again after Redis forgets it", async () => {
    const client = await redisServer.client();
    clients.push(client);
    const rate = new SpacedRate("UserUpdate", RATE, RATE, new SharedBudget(client, 1_000, 1_000, undefined));
    /** How often Redis ran EVAL and EVALSHA since the last CONFIG RESETSTAT. */
    const scriptCommands = async () => {
      const stats = await admin.info("commandstats");
      const calls = (command: string) =>
        Number(new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(stats)?.[1] ?? 0);
      return { eval: calls("eval"), evalsha: calls("evalsha") };
    };
    const reserveFive = async (round: number) => {
      for (let index = 0; index < 5; index++) {
        expect((await rate.reserve(`user-${round}-${index}`, 1, 60_000)).granted).toBe(1);
      }
    };
    await admin.script("FLUSH");
    await admin.config("RESETSTAT");

    await reserveFive(0);
    expect((await scriptCommands()).eval).toBe(1);
    expect((await scriptCommands()).evalsha).toBeGreaterThanOrEqual(5);

    // As after a restart of Redis: the script cache is empty, NOSCRIPT, and the script goes once more.
    await admin.script("FLUSH");
    await reserveFive(1);
    expect((await scriptCommands()).eval).toBe(2);
    expect((await admin.keys("cag:quota:UserUpdate:user-1-*")).length).toBe(5);
  });

  it("keeps two instances together within one UserUpdate budget, and uses it", async () => {
    fake.throttle("UserUpdate", { ratePerSecond: RATE, burst: FAKE_BURST });
    const [first, second] = await Promise.all([replica({ UserUpdate: RATE }), replica({ UserUpdate: RATE })]);
    const users = Array.from({ length: 4 * RATE }, () => fake.addUser(aUser()));

    const outcomes = await Promise.all(
      users.map((user, index) => timed(() => update(index % 2 === 0 ? first : second, user))),
    );

    // Two separate budgets would send twice the rate, and the fake's bucket would throttle.
    expect(fake.throttled).toBe(0);
    const succeeded = countSuccesses(outcomes);
    expect(fake.requestsFor(OPERATION)).toHaveLength(succeeded);
    // Four seconds of budget fit in a five-second deadline: the shared limiter must not refuse it.
    expect(succeeded).toBeGreaterThanOrEqual(3 * RATE);
  });

  it("shares one user's write budget between instances", async () => {
    fake.throttle("UserUpdate", {
      ratePerSecond: RATE,
      burst: FAKE_PER_USER_BURST,
      per: (request) => String(request.body.Username),
    });
    const [first, second] = await Promise.all([
      replica({ perUserWrite: RATE }),
      replica({ perUserWrite: RATE }),
    ]);
    const user = fake.addUser(aUser());

    const outcomes = await Promise.all(
      Array.from({ length: 2 * RATE }, (_, index) =>
        timed(() => update(index % 2 === 0 ? first : second, user)),
      ),
    );

    expect(fake.throttled).toBe(0);
    const succeeded = countSuccesses(outcomes);
    expect(fake.requestsFor(OPERATION)).toHaveLength(succeeded);
    expect(succeeded).toBe(2 * RATE);
  });

  it("keeps writing within a per-instance budget when Redis goes away", async () => {
    fake.throttle("UserUpdate", { ratePerSecond: RATE, burst: FAKE_BURST });
    const doomed = await startRedisServer();
    const gateway = await replica({ UserUpdate: RATE }, doomed);
    await doomed.stop();
    const users = Array.from({ length: 5 }, () => fake.addUser(aUser()));

    const outcomes = await Promise.all(users.map((user) => timed(() => update(gateway, user))));

    // The insurance limiter takes over: writes continue, still paced, rather than failing.
    expect(countSuccesses(outcomes)).toBe(5);
    expect(fake.throttled).toBe(0);
  });
});
