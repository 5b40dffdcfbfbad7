import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeCognito, aUser } from "../helpers/fake-cognito.js";
import { execute } from "../helpers/graphql.js";
import { freePort, type GatewayProcess, spawnGateway } from "../helpers/process.js";
import { TokenIssuer } from "../helpers/tokens.js";

// Where the process finds its signing keys, and what callers and /ready say when it cannot. Each test
// runs the real process (src/main.ts) with only the documented configuration.

const ME = "{ me { username } }";

/** A JWKS endpoint of our own that answers 404 until `serve()` is called, like a pool not yet reachable. */
class JwksServer {
  requests = 0;
  private serving = false;
  private readonly server: Server;

  constructor(private readonly tokens: TokenIssuer) {
    this.server = createServer((_req, res) => {
      this.requests += 1;
      if (!this.serving) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(this.tokens.jwks));
    });
  }

  async start(): Promise<void> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
  }

  get uri(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/keys/jwks.json`;
  }

  serve(): void {
    this.serving = true;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe("signing keys", () => {
  let fake: FakeCognito;
  // Real-form tokens: `iss` is the AWS regional URL, which nothing on this machine serves.
  const userPoolId = "us-east-1_RealForm1";
  const issuer = `https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}`;
  let tokens: TokenIssuer;
  let running: GatewayProcess | undefined;

  beforeAll(async () => {
    fake = await FakeCognito.start({ userPoolId });
    tokens = await TokenIssuer.create({ issuer });
    // The fake serves the keys at <endpoint>/<pool>/.well-known/jwks.json, as moto does.
    fake.useTokenIssuer(tokens);
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(async () => {
    await running?.kill();
    running = undefined;
  });

  async function start(extra: Record<string, string>): Promise<GatewayProcess> {
    running = spawnGateway({
      COGNITO_ENDPOINT: fake.endpoint,
      COGNITO_USER_POOL_ID: userPoolId,
      COGNITO_CLIENT_IDS: tokens.defaultClientId,
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
      LOG_FORMAT: "json",
      ...extra,
    });
    return running;
  }

  async function waitForLog(gateway: GatewayProcess, msg: string): Promise<Record<string, unknown>> {
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const line = gateway.logLines().find((entry) => entry.msg === msg);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no "${msg}" log line\n${gateway.stdout()}\n${gateway.stderr()}`);
  }

  it("reads the keys from COGNITO_JWKS_URI, so real-form tokens from a backend serving keys elsewhere verify", async () => {
    const user = fake.addUser(aUser());
    const gateway = await start({
      COGNITO_JWKS_URI: `${fake.endpoint}/${userPoolId}/.well-known/jwks.json`,
    });
    await gateway.waitUntilReady();

    const response = await execute(`${gateway.url}/graphql`, ME, {
      token: await tokens.accessToken({ sub: user.sub, username: user.username }),
    });

    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: { username: user.username } });
    expect((await waitForLog(gateway, "signing keys loaded")).jwksUri).toBe(
      `${fake.endpoint}/${userPoolId}/.well-known/jwks.json`,
    );
  });

  it("tells callers the signing keys are unavailable (retryable) when the key URL answers 404, and logs the URL", async () => {
    const jwks = new JwksServer(tokens);
    await jwks.start();
    try {
      const gateway = await start({ COGNITO_JWKS_URI: jwks.uri });
      const failure = await waitForLog(gateway, "signing keys not loaded");

      const response = await execute(`${gateway.url}/graphql`, ME, {
        token: await tokens.accessToken(aUser()),
      });

      expect(failure).toMatchObject({ jwksUri: jwks.uri, error: expect.stringContaining("HTTP 404") });
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: "Signing keys unavailable: the gateway cannot check access tokens right now; try again",
          extensions: expect.objectContaining({ code: "SIGNING_KEYS_UNAVAILABLE", retryable: true }),
        }),
      ]);
    } finally {
      await jwks.close();
    }
  });

  it("says the same when the key URL cannot be reached at all", async () => {
    const closedPort = await freePort();
    const gateway = await start({ COGNITO_JWKS_URI: `http://127.0.0.1:${closedPort}/jwks.json` });
    await waitForLog(gateway, "signing keys not loaded");

    const response = await execute(`${gateway.url}/graphql`, ME, {
      token: await tokens.accessToken(aUser()),
    });

    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["SIGNING_KEYS_UNAVAILABLE"]);
  });

  it("becomes ready once the keys can be fetched after a failed first load", async () => {
    const jwks = new JwksServer(tokens);
    await jwks.start();
    try {
      const gateway = await start({ COGNITO_JWKS_URI: jwks.uri });
      await waitForLog(gateway, "signing keys not loaded");
      const notReady = await fetch(`${gateway.url}/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({
        status: "not ready",
        reason: "signing keys could not be loaded",
      });

      jwks.serve();

      await gateway.waitUntilReady(20_000);
      expect(jwks.requests).toBeGreaterThanOrEqual(2);
    } finally {
      await jwks.close();
    }
  });
});
