import { createServer, type Server, type Socket } from "node:net";
import type { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { createMetrics, type Metrics } from "../../src/observability/metrics.js";
import { createQuotaGovernor } from "../../src/quota/governor.js";
import { createRedisClient, sharedBudgetObserver } from "../../src/quota/redis.js";
import { graphql } from "../generated/index.js";
import { useFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { LogSink, startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import { scrapeMetrics } from "../helpers/metrics.js";
import { timed } from "../helpers/rates.js";
import { startRedisServer, type TestRedisServer } from "../helpers/redis-server.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// A Redis that hangs or goes away must cost a bounded wait, never an outage: the governor falls back
// to its in-memory budget on a time-out as on an error, logs and counts it, and shares the budget
// again once Redis answers. Real sockets throughout: a TCP server that accepts and never answers,
// and a real redis-server frozen (SIGSTOP), stopped and started again on its port.

const AdminUpdate = graphql(`
  mutation RedisFaults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
    }
  }
`);

const COMMAND_TIMEOUT_MS = 200;
const CALL_TIMEOUT_MS = 5_000;
/**
 * Room for HTTP, token checks and the fake's answer on a busy 2-core machine; still under half the
 * deadline a hung Redis would run every call into.
 */
const BOUNDED_MS = COMMAND_TIMEOUT_MS + 2_200;

/** A TCP server that accepts every connection and never writes a byte. */
async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    url: `redis://127.0.0.1:${address.port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe("the quota governor when Redis hangs or goes away", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  const cleanups: (() => Promise<void> | void)[] = [];

  useFakeBackend((world) => {
    ({ fake, tokens, backend } = world);
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A gateway whose governor shares its budget through `url`, configured as src/main.ts does. */
  async function gatewayOn(url: string): Promise<{ gateway: TestGateway; logs: LogSink; redis: Redis }> {
    const redis = await createRedisClient(url, { commandTimeoutMs: COMMAND_TIMEOUT_MS });
    redis.on("error", () => {});
    cleanups.push(() => redis.disconnect());
    const logs = new LogSink();
    const metrics: Metrics = createMetrics({ processMetrics: false });
    const gateway = await startGateway(backend, {
      env: { COGNITO_TIMEOUT_MS: String(CALL_TIMEOUT_MS) },
      metrics,
      quotaGovernor: createQuotaGovernor({
        rates: { UserUpdate: 25 },
        redis,
        redisCommandTimeoutMs: COMMAND_TIMEOUT_MS,
        redisRetryMs: 200,
        sharedBudgetObserver: sharedBudgetObserver(
          createLogger({ level: "info", destination: logs.stream }),
          metrics,
        ),
      }),
    });
    cleanups.push(() => gateway.close());
    return { gateway, logs, redis };
  }

  async function updates(gateway: TestGateway, count: number) {
    const adminToken = await tokens.adminAccessToken(aUser());
    const users = Array.from({ length: count }, () => fake.addUser(aUser()));
    return Promise.all(
      users.map((user) =>
        timed(() =>
          execute(gateway.graphqlUrl, AdminUpdate, {
            token: adminToken,
            variables: {
              input: { username: user.username, userAttributes: [{ name: "given_name", value: "R" }] },
            },
          }),
        ),
      ),
    );
  }

  function expectAllSucceededQuickly(outcomes: Awaited<ReturnType<typeof updates>>): void {
    for (const { result, elapsedMs } of outcomes) {
      expect(expectNoErrors(result).adminUpdateUserAttributes.__typename).toBe(
        "AdminUpdateUserAttributesSuccess",
      );
      expect(elapsedMs).toBeLessThan(BOUNDED_MS);
    }
  }

  const messages = (logs: LogSink, msg: string) =>
    logs.lines.filter((line) => String(line.msg).startsWith(msg));

  async function metric(gateway: TestGateway, line: string): Promise<number | undefined> {
    const text = await scrapeMetrics(gateway.url);
    const found = text.split("\n").find((candidate) => candidate.startsWith(`${line} `));
    return found === undefined ? undefined : Number(found.slice(found.lastIndexOf(" ") + 1));
  }

  /**
   * Keeps calling until the recovery is logged: the PING that notices it is sent on a call, at most
   * every `redisRetryMs`, so an idle gateway has nothing to notice it with.
   */
  async function untilRecovered(gateway: TestGateway, logs: LogSink): Promise<void> {
    const giveUpAt = Date.now() + 10_000;
    while (messages(logs, "redis quota recovered").length === 0) {
      if (Date.now() > giveUpAt) throw new Error("no recovery logged within 10 s of Redis answering again");
      expectAllSucceededQuickly(await updates(gateway, 1));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it("answers within a bounded wait from the in-memory budget when Redis accepts connections and never answers", async () => {
    const silent = await startSilentServer();
    cleanups.push(() => silent.close());
    const { gateway, logs } = await gatewayOn(silent.url);

    const outcomes = await updates(gateway, 5);

    expectAllSucceededQuickly(outcomes);
    expect(messages(logs, "redis quota fallback")).toHaveLength(1);
    expect(await metric(gateway, "cag_quota_redis_shared")).toBe(0);
  });

  it("falls back on a time-out when Redis freezes, and shares the budget again once it answers", async () => {
    const server = await startRedisServer();
    cleanups.push(() => server.stop());
    const { gateway, logs } = await gatewayOn(server.url);
    const inspector = await server.client();
    cleanups.push(() => inspector.disconnect());
    expectAllSucceededQuickly(await updates(gateway, 2));
    expect(await inspector.keys("cag:quota:*")).not.toHaveLength(0);

    server.pause();
    const frozen = await updates(gateway, 5);
    expectAllSucceededQuickly(frozen);
    const fallbacks = messages(logs, "redis quota fallback");
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]).toMatchObject({ level: 40, reason: "timeout" });
    expect(await metric(gateway, 'cag_quota_redis_fallbacks_total{reason="timeout"}')).toBe(1);

    server.resume();
    await inspector.flushall();
    await untilRecovered(gateway, logs);
    expectAllSucceededQuickly(await updates(gateway, 2));
    expect(await inspector.keys("cag:quota:*")).not.toHaveLength(0);
    expect(messages(logs, "redis quota recovered")[0]).toMatchObject({ downForMs: expect.any(Number) });
    expect(await metric(gateway, "cag_quota_redis_recoveries_total")).toBe(1);
    expect(await metric(gateway, "cag_quota_redis_shared")).toBe(1);
  });

  it("falls back on an error when Redis stops, and shares the budget again when it is back on its port", async () => {
    const server = await startRedisServer();
    const { gateway, logs } = await gatewayOn(server.url);
    expectAllSucceededQuickly(await updates(gateway, 2));

    await server.stop();
    expectAllSucceededQuickly(await updates(gateway, 5));
    expect(messages(logs, "redis quota fallback")).toHaveLength(1);
    expect(messages(logs, "redis quota fallback")[0]).toMatchObject({ reason: "error" });

    const back: TestRedisServer = await startRedisServer({ port: server.port });
    cleanups.push(() => back.stop());
    const inspector = await back.client();
    cleanups.push(() => inspector.disconnect());
    // ioredis reconnects on its own backoff (at most 2 s apart).
    await untilRecovered(gateway, logs);
    expect(messages(logs, "redis quota recovered")).toHaveLength(1);
    expectAllSucceededQuickly(await updates(gateway, 2));
    expect(await inspector.keys("cag:quota:*")).not.toHaveLength(0);
    expect(await metric(gateway, 'cag_quota_redis_fallbacks_total{reason="error"}')).toBe(1);
  });
});
