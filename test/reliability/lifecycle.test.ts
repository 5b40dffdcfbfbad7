import { spawn } from "node:child_process";
import { once } from "node:events";
import { Agent } from "node:http";
import { print } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PoolContracts } from "../../src/pool/pool-contract-store.js";
import type { Readiness } from "../../src/plugins/use-readiness.js";
import { graphql } from "../generated/index.js";
import { useFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import {
  fakeCognitoEnvironment,
  freePort,
  type GatewayProcess,
  httpPost,
  REPO_ROOT,
  spawnGateway,
  startUnfinishedGet,
} from "../helpers/process.js";
import { until } from "../helpers/rates.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// Liveness and readiness never depend on Cognito, and the real process (src/main.ts) drains on
// SIGTERM/SIGINT: it stops accepting, reports not ready, finishes what is in flight and exits 0.

const AdminUpdate = graphql(`
  mutation Lifecycle_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
    }
  }
`);

const OPERATION = "AdminUpdateUserAttributes";

const NO_POOL_CONTRACTS: PoolContracts = { get: () => undefined, isMissing: () => false };

describe("/health and /ready", () => {
  let fake: FakeCognito;
  let backend: TestBackend;
  const gateways: TestGateway[] = [];

  useFakeBackend((world) => ({ fake, backend } = world));

  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gateway) => gateway.close()));
  });

  async function gatewayWith(readiness: Readiness, target = backend): Promise<TestGateway> {
    // No pool contract: these tests are about /health and /ready, which never need one.
    const gateway = await startGateway(target, { readiness, poolContracts: NO_POOL_CONTRACTS });
    gateways.push(gateway);
    return gateway;
  }

  it("answers /health and /ready with 200 without calling Cognito", async () => {
    const gateway = await gatewayWith({ ready: true });

    const health = await fetch(`${gateway.url}/health`);
    const ready = await fetch(`${gateway.url}/ready`);

    expect(health.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
    expect(fake.requests).toEqual([]);
    expect(fake.jwksRequests).toBe(0);
  });

  it("answers /ready with 503 and the reason while the process says not ready, then 200", async () => {
    const readiness: Readiness = { ready: false, reason: "signing keys could not be loaded" };
    const gateway = await gatewayWith(readiness);

    const notReady = await fetch(`${gateway.url}/ready`);
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get("cache-control")).toBe("no-store");
    expect(await notReady.json()).toEqual({
      status: "not ready",
      reason: "signing keys could not be loaded",
    });
    // Liveness is another question: a process that is not ready is still alive.
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);

    readiness.ready = true;
    expect((await fetch(`${gateway.url}/ready`)).status).toBe(200);
    expect(fake.requests).toEqual([]);
  });

  it("stays alive and ready while Cognito is unreachable", async () => {
    // Port 9 (discard) on loopback: nothing listens, every connection is refused.
    const gateway = await gatewayWith({ ready: true }, { ...backend, endpoint: "http://127.0.0.1:9" });

    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
    expect((await fetch(`${gateway.url}/ready`)).status).toBe(200);
  });
});

describe("the gateway process", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let adminToken: string;
  let running: GatewayProcess | undefined;

  useFakeBackend(async (world) => {
    ({ fake, tokens } = world);
    // The process re-confirms admins with Cognito (ADMIN_RECHECK_SECONDS), so the admin is a real
    // member of the group in the fake.
    adminToken = await tokens.adminAccessToken(fake.addUser(aUser({ groups: ["admin"] })));
  });

  afterEach(async () => {
    await running?.kill();
    running = undefined;
  });

  /** Starts src/main.ts in front of the fake and waits until /ready says 200. */
  async function startProcess(extra: Record<string, string> = {}): Promise<GatewayProcess> {
    running = spawnGateway({
      ...fakeCognitoEnvironment(fake, tokens),
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
      LOG_FORMAT: "json",
      ...extra,
    });
    await running.waitUntilReady();
    return running;
  }

  it("stays not ready until the pool's contract loads, naming the missing IAM action, then becomes ready", async () => {
    fake.fail(
      "DescribeUserPool",
      "AccessDeniedException",
      "not authorized to perform cognito-idp:DescribeUserPool",
    );
    running = spawnGateway({
      ...fakeCognitoEnvironment(fake, tokens),
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
      LOG_FORMAT: "json",
    });
    const gateway = running;

    // Listening and answering /ready, though not ready: once the keys are in, the reason is the pool's.
    await vi.waitFor(
      async () => {
        const response = await fetch(`${gateway.url}/ready`);
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ reason: expect.stringContaining("DescribeUserPool") });
      },
      { timeout: 15_000, interval: 50 },
    );
    const refusal = gateway.logLines().find((line) => line.action === "cognito-idp:DescribeUserPool");
    expect(refusal).toMatchObject({ level: 50, error: "AccessDeniedException" });
    expect(String(refusal?.msg)).toContain("grant the gateway's IAM identity cognito-idp:DescribeUserPool");

    // The permission is granted: the next retry (within seconds, not the refresh period) loads it.
    fake.reset();
    await gateway.waitUntilReady(15_000);
  });

  it("exits 1 at start when ADMIN_ONLY_ATTRIBUTES names an attribute the pool does not have", async () => {
    running = spawnGateway({
      ...fakeCognitoEnvironment(fake, tokens),
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
      LOG_FORMAT: "json",
      ADMIN_ONLY_ATTRIBUTES: "custom:tenant,custom:tennant",
      READ_ONLY_ATTRIBUTES: "custom:employee_id",
    });

    expect(await running.exited).toEqual({ code: 1, signal: null });
    expect(running.stderr()).toContain(
      `ADMIN_ONLY_ATTRIBUTES / READ_ONLY_ATTRIBUTES name attributes user pool ${fake.userPoolId} does not have: custom:tennant`,
    );
  });

  function updateBody(user: FakeUser, value: string) {
    return {
      query: print(AdminUpdate),
      variables: { input: { username: user.username, userAttributes: [{ name: "given_name", value }] } },
    };
  }

  function messages(gateway: GatewayProcess): unknown[] {
    return gateway.logLines().map((line) => line.msg);
  }

  it("finishes 50 in-flight mutations on SIGTERM, reports not ready meanwhile, and exits 0", async () => {
    const gateway = await startProcess({
      // All 50 must be at Cognito before SIGTERM, not waiting in the governor (a test of draining).
      QUOTA_USER_UPDATE_RPS: "1000",
      SHUTDOWN_GRACE_MS: "10000",
    });
    // Long enough that none is answered before all 50 have reached Cognito, even on a busy machine.
    fake.delay(OPERATION, 1_500);
    const users = Array.from({ length: 50 }, () => fake.addUser(aUser()));

    let answered = 0;
    const mutations = users.map((user) =>
      httpPost(`${gateway.url}/graphql`, updateBody(user, "Drained"), {
        headers: { authorization: `Bearer ${adminToken}` },
      }).finally(() => answered++),
    );
    const readyProbe = await startUnfinishedGet(gateway.url, "/ready");
    await until(() => fake.requestsFor(OPERATION).length === 50, "all 50 mutations to reach Cognito");

    expect(answered).toBe(0);
    gateway.child.kill("SIGTERM");
    await until(() => messages(gateway).includes("shutting down: finishing in-flight requests"), "shutdown");
    const ready = await readyProbe.finish();
    const responses = await Promise.all(mutations);
    const exit = await gateway.exited;

    expect(ready).toEqual({
      status: 503,
      body: JSON.stringify({ status: "not ready", reason: "shutting down" }),
    });
    for (const response of responses) {
      expect(response.status, response.body).toBe(200);
      expect(JSON.parse(response.body)).toEqual({
        data: { adminUpdateUserAttributes: { __typename: "AdminUpdateUserAttributesSuccess" } },
      });
    }
    for (const user of users) expect(fake.findUser(user.username)?.attributes.given_name).toBe("Drained");
    expect(exit).toEqual({ code: 0, signal: null });
    expect(messages(gateway)).toContain("stopped");
    // Drained, not cut: the grace period never had to close connections.
    expect(messages(gateway)).not.toContain("grace period over: closing remaining connections");
  });

  it("tells a kept-alive client to reconnect once draining, and exits without waiting on its idle connection", async () => {
    const gateway = await startProcess({ SHUTDOWN_GRACE_MS: "10000" });
    fake.delay(OPERATION, 500);
    const user = fake.addUser(aUser());
    // A pooling client (a load balancer, a service mesh) keeps its connections open between requests.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });

    try {
      const inFlight = httpPost(`${gateway.url}/graphql`, updateBody(user, "KeptAlive"), {
        headers: { authorization: `Bearer ${adminToken}` },
        agent,
      });
      await until(() => fake.inFlight === 1, "the mutation to reach Cognito");
      gateway.child.kill("SIGTERM");
      const response = await inFlight;
      const answeredAt = Date.now();
      const exit = await gateway.exited;

      expect(JSON.parse(response.body)).toEqual({
        data: { adminUpdateUserAttributes: { __typename: "AdminUpdateUserAttributesSuccess" } },
      });
      // Otherwise the client sends its next request down a connection the draining process still
      // serves, until the grace period cuts it mid-request.
      expect(response.headers.connection).toBe("close");
      expect(exit).toEqual({ code: 0, signal: null });
      // The server's keep-alive timeout is 5 s: exiting well before it means the idle socket was let go.
      expect(Date.now() - answeredAt).toBeLessThan(2_000);
    } finally {
      agent.destroy();
    }
  });

  it("on SIGINT, cuts a call that outlives SHUTDOWN_GRACE_MS and still exits 0", async () => {
    const gateway = await startProcess({ SHUTDOWN_GRACE_MS: "500", COGNITO_TIMEOUT_MS: "30000" });
    const user = fake.addUser(aUser());
    fake.when(OPERATION, () => true, { kind: "hang" });

    const hung = httpPost(`${gateway.url}/graphql`, updateBody(user, "Hung"), {
      headers: { authorization: `Bearer ${adminToken}` },
    }).then(
      () => "answered",
      () => "connection closed",
    );
    await until(() => fake.inFlight === 1, "the call to hang at Cognito");
    const signalledAt = Date.now();
    gateway.child.kill("SIGINT");
    const exit = await gateway.exited;

    expect(exit).toEqual({ code: 0, signal: null });
    expect(await hung).toBe("connection closed");
    expect(messages(gateway)).toContain("grace period over: closing remaining connections");
    // Bounded by the grace period, not by the 30 s call deadline (generous slack for a busy machine).
    expect(Date.now() - signalledAt).toBeLessThan(500 + 5_000);
  });

  it("`npm start` exits 0 when Ctrl-C sends SIGINT to its whole process group, as the README says", async () => {
    const port = await freePort();
    // Its own process group, as a terminal makes one for a foreground job: npm, and what npm runs.
    const npm = spawn("npm", ["start"], {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        ...fakeCognitoEnvironment(fake, tokens),
        HOST: "127.0.0.1",
        PORT: String(port),
        LOG_FORMAT: "json",
      },
    });
    let output = "";
    npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const exited = once(npm, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      await until(() => output.includes('"msg":"gateway ready"'), "npm start to be ready", 30_000);
      process.kill(-(npm.pid ?? 0), "SIGINT");
      const [code, signal] = await exited;

      expect({ code, signal }, output).toEqual({ code: 0, signal: null });
      expect(output).toContain('"msg":"stopped"');
    } finally {
      if (npm.exitCode === null && npm.signalCode === null) process.kill(-(npm.pid ?? 0), "SIGKILL");
    }
  });

  it("exits 1 naming each missing variable when the Cognito configuration is incomplete", async () => {
    const gateway = spawnGateway({ COGNITO_USER_POOL_ID: "us-east-1_FakePool1", LOG_FORMAT: "json" });
    running = gateway;

    const exit = await gateway.exited;

    expect(exit).toEqual({ code: 1, signal: null });
    expect(gateway.stderr()).toContain("COGNITO_CLIENT_IDS is required");
    expect(gateway.stderr()).toContain("AWS_REGION is required");
  });
});
