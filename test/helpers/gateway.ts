import { Writable } from "node:stream";
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { type AppDependencies, createApp } from "../../src/app.js";
import { createAccessTokenVerifier } from "../../src/auth/access-token-verifier.js";
import { createCognitoClient } from "../../src/cognito/client.js";
import type { HttpLimits } from "../../src/config.js";
import { listen, type RunningServer } from "../../src/http-server.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { createPoolContractStore, type PoolContractStore } from "../../src/pool/pool-contract-store.js";
import { createQuotaGovernor } from "../../src/quota/governor.js";

/** Where the gateway under test finds Cognito: the fake, or the embedded emulator. */
export interface TestBackend {
  endpoint: string;
  region: string;
  userPoolId: string;
  issuer: string;
  clientIds: string[];
}

/** Captures the gateway's JSON log lines so tests can read them (and prove secrets never appear). */
export class LogSink {
  readonly lines: Record<string, unknown>[] = [];
  readonly raw: string[] = [];
  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim() === "") continue;
        this.raw.push(line);
        this.lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });

  text(): string {
    return this.raw.join("\n");
  }
}

export interface TestGateway extends RunningServer {
  graphqlUrl: string;
  logs: LogSink;
}

/**
 * Reads each pool's contract from `backend` once, as the process does at start (no refresh timer).
 * Fails loudly when the default pool's contract does not load: no test should run unchecked writes.
 */
export async function loadPoolContracts(
  backend: TestBackend,
  options: {
    cognitoClient: CognitoIdentityProviderClient;
    logger: Logger;
    allowedUserPoolIds?: readonly string[];
  },
): Promise<PoolContractStore> {
  const store = createPoolContractStore({
    cognito: { client: options.cognitoClient, callTimeoutMs: 5_000, governor: createQuotaGovernor() },
    defaultUserPoolId: backend.userPoolId,
    userPoolIds: options.allowedUserPoolIds ?? [backend.userPoolId],
    clientIds: backend.clientIds,
    refreshSeconds: 300,
    logger: options.logger,
  });
  await store.refresh();
  if (!store.defaultPoolLoaded) {
    throw new Error(`The contract of pool ${backend.userPoolId} did not load from ${backend.endpoint}`);
  }
  return store;
}

/**
 * Starts the real app over real HTTP on 127.0.0.1 and a free port, in front of `backend`; `limits`
 * default to the gateway's own (src/http-server.ts).
 */
export async function startGateway(
  backend: TestBackend,
  overrides: Partial<AppDependencies> = {},
  limits?: HttpLimits,
): Promise<TestGateway> {
  const logs = new LogSink();
  const logger = createLogger({ level: "info", destination: logs.stream });
  const cognitoClient =
    overrides.cognitoClient ??
    createCognitoClient({
      region: backend.region,
      endpoint: backend.endpoint,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    });
  const poolContracts =
    overrides.poolContracts ??
    (await loadPoolContracts(backend, {
      cognitoClient,
      logger,
      ...(overrides.allowedUserPoolIds ? { allowedUserPoolIds: overrides.allowedUserPoolIds } : {}),
    }));
  const app = createApp({
    cognitoClient,
    poolContracts,
    accessTokenVerifier: createAccessTokenVerifier({ issuer: backend.issuer, clientIds: backend.clientIds }),
    defaultUserPoolId: backend.userPoolId,
    adminGroup: "admin",
    logger,
    environment: "test",
    // Tests of other concerns count Cognito calls exactly; those of admin revocation turn it on, and
    // the embedded world always has it (test/helpers/embedded.ts).
    adminRecheckSeconds: false,
    ...overrides,
  });
  const server = await listen(app, { host: "127.0.0.1", port: 0, limits });
  return { ...server, graphqlUrl: `${server.url}/graphql`, logs };
}
