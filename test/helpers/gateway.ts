import { Writable } from "node:stream";
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { type AppDependencies, createApp } from "../../src/app.js";
import { createLogAuditSink } from "../../src/audit.js";
import { createAccessTokenVerifier } from "../../src/auth/access-token-verifier.js";
import { createCognitoClient } from "../../src/cognito/client.js";
import { allowedUserPoolIds, type Config, loadConfig } from "../../src/config.js";
import { listen, type RunningServer } from "../../src/http-server.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { createMetrics } from "../../src/observability/metrics.js";
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
    cognito: {
      client: options.cognitoClient,
      callTimeoutMs: 5_000,
      maxAttempts: 3,
      governor: createQuotaGovernor(),
    },
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

/** Settings as the process takes them: environment variables, e.g. `{ BULK_MAX_ITEMS: "3" }`. */
export type TestEnvironment = Record<string, string>;

/**
 * The configuration of a gateway in front of `backend`: its Cognito variables and `env`, read by the
 * gateway's own parser (loadConfig), so a test cannot run with a setting the process would refuse.
 */
export function testConfig(backend: TestBackend, env: TestEnvironment = {}): Config {
  return loadConfig({
    NODE_ENV: "test",
    AWS_REGION: backend.region,
    COGNITO_USER_POOL_ID: backend.userPoolId,
    COGNITO_CLIENT_IDS: backend.clientIds.join(","),
    COGNITO_ENDPOINT: backend.endpoint,
    COGNITO_ISSUER: backend.issuer,
    ...env,
  });
}

/** Settings (`env`) and dependencies to replace the test defaults of {@link startGateway}. */
export interface GatewayOptions extends Partial<AppDependencies> {
  env?: TestEnvironment;
}

/**
 * Starts the real app over real HTTP on 127.0.0.1 and a free port, in front of `backend`, configured
 * from `options.env` (see {@link testConfig}); the dependencies default to what the process builds,
 * each replaceable through `options`. Admin tokens are re-confirmed with Cognito only when the test
 * sets ADMIN_RECHECK_SECONDS: tests of other concerns count Cognito calls exactly.
 */
export async function startGateway(backend: TestBackend, options: GatewayOptions = {}): Promise<TestGateway> {
  const { env = {}, ...overrides } = options;
  const config = testConfig(backend, env);
  const logs = new LogSink();
  const logger = overrides.logger ?? createLogger({ level: "info", destination: logs.stream });
  const cognitoClient =
    overrides.cognitoClient ??
    createCognitoClient({
      region: backend.region,
      endpoint: backend.endpoint,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
      maxAttempts: config.calls.maxAttempts,
      connectTimeoutMs: config.calls.connectTimeoutMs,
    });
  const poolContracts =
    overrides.poolContracts ??
    (await loadPoolContracts(backend, {
      cognitoClient,
      logger,
      allowedUserPoolIds: allowedUserPoolIds(config.auth, backend.userPoolId),
    }));
  const app = createApp(config, {
    cognitoClient,
    poolContracts,
    accessTokenVerifier: createAccessTokenVerifier({ issuer: backend.issuer, clientIds: backend.clientIds }),
    defaultUserPoolId: backend.userPoolId,
    logger,
    quotaGovernor: createQuotaGovernor({ rates: config.quotas }),
    readiness: { ready: true },
    auditSink: createLogAuditSink(logger),
    metrics: config.metrics.enabled ? createMetrics({ processMetrics: false }) : undefined,
    tracer: undefined,
    trustedDocuments: undefined,
    graphiqlHeaders: undefined,
    skipAdminConfirmationForTests: env.ADMIN_RECHECK_SECONDS === undefined,
    ...overrides,
  });
  const server = await listen(app, { host: "127.0.0.1", port: 0, limits: config.server.limits });
  return { ...server, graphqlUrl: `${server.url}/graphql`, logs };
}
