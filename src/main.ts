// First, so its V8 settings hold before anything else is loaded.
import "./v8-flags.js";
import { createRequire } from "node:module";
import type { DestinationStream } from "pino";
import { createApp } from "./app.js";
import { cognitoIssuer, createAccessTokenVerifier } from "./auth/access-token-verifier.js";
import { createCognitoClient } from "./cognito/client.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import type { GraphiQLHeaders } from "./graphiql-examples.js";
import { listen } from "./http-server.js";
import { createLogger, type Logger } from "./logger.js";
import { createMetrics } from "./observability/metrics.js";
import { createTracerProvider } from "./observability/tracer-provider.js";
import type { Readiness } from "./plugins/use-readiness.js";
import { createPoolContractStore, type PoolContractStore } from "./pool/pool-contract-store.js";
import {
  readTrustedDocuments,
  type TrustedDocuments,
  TrustedDocumentsError,
} from "./plugins/use-trusted-documents.js";
import { createQuotaGovernor } from "./quota/governor.js";
import { createRedisClient, sharedBudgetObserver } from "./quota/redis.js";

/** The resolved Cognito backend: real Cognito, or the embedded emulator once it runs. */
interface Backend {
  region: string;
  userPoolId: string;
  clientIds: string[];
  endpoint: string | undefined;
  issuer: string;
  /** Where the signing keys are; undefined means `<issuer>/.well-known/jwks.json`. */
  jwksUri: string | undefined;
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** Demo tokens and banner lines, embedded only. */
  describeForDevelopers?: () => Promise<{ headers: GraphiQLHeaders; lines: string[] }>;
  close(): Promise<void>;
}

class StartupError extends Error {}

/** Readable lines in development when pino-pretty (a development dependency) is installed; JSON otherwise. */
async function logDestination(format: Config["log"]["format"]): Promise<DestinationStream | undefined> {
  if (format !== "pretty") return undefined;
  try {
    const { default: pretty } = await import("pino-pretty");
    return pretty({
      colorize: process.stdout.isTTY,
      translateTime: "HH:MM:ss.l",
      ignore: "pid,hostname,service",
    });
  } catch {
    return undefined;
  }
}

async function loadEmbeddedCognito() {
  try {
    createRequire(import.meta.url).resolve("cognito-local/package.json");
  } catch {
    throw new StartupError(
      "No Cognito configuration was given and the embedded local Cognito is not installed (it is a " +
        "development dependency). Set COGNITO_USER_POOL_ID, COGNITO_CLIENT_IDS and AWS_REGION, or run " +
        "`npm install` for local development.",
    );
  }
  return import("./local/embedded-cognito.js");
}

async function startBackend(config: Config, logger: Logger): Promise<Backend> {
  const cognito = config.cognito;
  if (cognito.mode === "remote") {
    return {
      region: cognito.region,
      userPoolId: cognito.userPoolId,
      clientIds: cognito.clientIds,
      endpoint: cognito.endpoint,
      issuer: cognito.issuer ?? cognitoIssuer(cognito.region, cognito.userPoolId),
      jwksUri: cognito.jwksUri,
      credentials: undefined,
      close: async () => {},
    };
  }
  // Loaded only here: a production install has no cognito-local and never needs it.
  const { startEmbeddedCognito } = await loadEmbeddedCognito();
  const embedded = await startEmbeddedCognito({
    dataDir: cognito.dataDir,
    port: cognito.port,
    logger: logger.child({ component: "embedded-cognito" }),
  });
  return {
    region: embedded.region,
    userPoolId: embedded.userPoolId,
    clientIds: [embedded.clientId],
    endpoint: embedded.endpoint,
    issuer: embedded.issuer,
    jwksUri: undefined,
    // The emulator ignores signatures, but the SDK needs something to sign admin calls with.
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    describeForDevelopers: async () => {
      const { admin, alice } = embedded.demoUsers;
      const adminTokens = await embedded.signIn(admin.username, admin.password);
      const aliceTokens = await embedded.signIn(alice.username, alice.password);
      const headers = {
        admin: { Authorization: `Bearer ${adminTokens.accessToken}` },
        user: { Authorization: `Bearer ${aliceTokens.accessToken}` },
      };
      return {
        headers,
        lines: [
          `Embedded local Cognito at ${embedded.endpoint} (pool ${embedded.userPoolId}, app client ${embedded.clientId}, data in ${cognito.dataDir}/)`,
          `Demo users: ${admin.username} (group admin) and ${alice.username}, password ${admin.password}`,
          "",
          `Authorization header for ${admin.username} (admin path):`,
          `  {"Authorization": "${headers.admin.Authorization}"}`,
          "",
          `Authorization header for ${alice.username} (user path):`,
          `  {"Authorization": "${headers.user.Authorization}"}`,
        ],
      };
    },
    close: () => embedded.close(),
  };
}

/**
 * ADMIN_ONLY_ATTRIBUTES and READ_ONLY_ATTRIBUTES, when set, must name attributes the pool has: a typo
 * would otherwise protect nothing. Checked once, when the configured pool's contract first loads.
 */
function exitOnUnknownConfiguredNames(
  config: Config,
  contracts: PoolContractStore,
  userPoolId: string,
): void {
  const contract = contracts.get(userPoolId);
  const unknown = config.writePolicy.configuredNames.filter((name) => !contract?.attributes.has(name));
  if (unknown.length === 0) return;
  process.stderr.write(
    `Invalid configuration:\n  - ADMIN_ONLY_ATTRIBUTES / READ_ONLY_ATTRIBUTES name attributes user pool ${userPoolId} does not have: ${unknown.join(", ")} (names must match the pool's exactly, custom: prefix included)\n`,
  );
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({
    level: config.log.level,
    destination: await logDestination(config.log.format),
  });
  const readiness: Readiness = { ready: false, reason: "starting" };
  // Ready when both the signing keys and the configured pool's contract are in: before that every
  // token would be refused, or every write could not be checked.
  let signingKeysLoaded = false;
  let stopping = false;
  const updateReadiness = (contracts: PoolContractStore) => {
    if (stopping) return;
    const wasReady = readiness.ready;
    readiness.ready = signingKeysLoaded && contracts.defaultPoolLoaded;
    if (readiness.ready) {
      delete readiness.reason;
      if (!wasReady) logger.info("gateway ready");
    } else if (!signingKeysLoaded) readiness.reason = "signing keys not loaded";
    else readiness.reason = "the user pool's schema (DescribeUserPool) is not loaded";
  };
  let trustedDocuments: TrustedDocuments | undefined;
  if (config.trustedDocuments) {
    try {
      const { manifestPath, matchText } = config.trustedDocuments;
      trustedDocuments = await readTrustedDocuments(manifestPath, matchText);
    } catch (error) {
      throw error instanceof TrustedDocumentsError ? new StartupError(error.message) : error;
    }
    logger.info(
      { documents: trustedDocuments.byHash.size, matchText: trustedDocuments.matchText },
      "only trusted documents run",
    );
  }

  const backend = await startBackend(config, logger);
  const redis = config.quotas.redisUrl
    ? await createRedisClient(config.quotas.redisUrl, {
        commandTimeoutMs: config.quotas.redisCommandTimeoutMs,
      })
    : undefined;
  redis?.on("error", (error: Error) =>
    logger.warn({ error: error.message }, "redis unavailable: quotas fall back to per process"),
  );

  const cognitoClient = createCognitoClient({
    region: backend.region,
    endpoint: backend.endpoint,
    credentials: backend.credentials,
    maxAttempts: config.calls.maxAttempts,
    connectTimeoutMs: config.calls.connectTimeoutMs,
  });
  const accessTokenVerifier = createAccessTokenVerifier({
    issuer: backend.issuer,
    clientIds: backend.clientIds,
    jwksUri: backend.jwksUri,
  });

  const metrics = config.metrics.enabled ? createMetrics({ processMetrics: true }) : undefined;
  const governor = createQuotaGovernor({
    rates: config.quotas,
    redis,
    redisCommandTimeoutMs: config.quotas.redisCommandTimeoutMs,
    ...(redis ? { sharedBudgetObserver: sharedBudgetObserver(logger, metrics) } : {}),
  });
  const allowedUserPoolIds = config.auth.allowedUserPoolIds ?? [backend.userPoolId];
  let namesChecked = false;
  const poolContracts = createPoolContractStore({
    cognito: { client: cognitoClient, callTimeoutMs: config.calls.timeoutMs, governor },
    defaultUserPoolId: backend.userPoolId,
    userPoolIds: allowedUserPoolIds,
    clientIds: backend.clientIds,
    refreshSeconds: config.poolContract.refreshSeconds,
    logger,
    onLoad: (userPoolId, outcome) => {
      metrics?.observePoolContractLoad(userPoolId, outcome);
      if (!namesChecked && poolContracts.defaultPoolLoaded) {
        namesChecked = true;
        exitOnUnknownConfiguredNames(config, poolContracts, backend.userPoolId);
      }
      updateReadiness(poolContracts);
    },
  });
  await poolContracts.start();

  const tracing = await createTracerProvider(config.tracing);
  const developerInfo = await backend.describeForDevelopers?.();
  const app = createApp({
    cognitoClient,
    accessTokenVerifier,
    defaultUserPoolId: backend.userPoolId,
    poolContracts,
    allowedUserPoolIds,
    adminGroup: config.auth.adminGroup,
    adminScopes: config.auth.adminScopes,
    adminRecheckSeconds: config.auth.adminRecheckSeconds,
    adminOnlyAttributes: config.writePolicy.adminOnlyAttributes,
    readOnlyAttributes: config.writePolicy.readOnlyAttributes,
    maxConcurrentReads: config.calls.maxConcurrentReads,
    callTimeoutMs: config.calls.timeoutMs,
    quotaGovernor: governor,
    graphiql: config.graphql.graphiql,
    introspection: config.graphql.introspection,
    federationSdl: config.federation.sdl,
    federationRouterSecret: config.federation.routerSecret,
    maxRequestBodyBytes: config.graphql.maxRequestBodyBytes,
    documentLimits: config.graphql.limits,
    maxEntityRepresentations: config.graphql.maxEntityRepresentations,
    maxBulkItems: config.bulk.maxItems,
    corsOrigins: config.cors.origins,
    ...(trustedDocuments ? { trustedDocuments } : {}),
    readiness,
    metrics: metrics ?? false,
    ...(tracing ? { tracer: tracing.tracer } : {}),
    logger,
    environment: config.environment,
    ...(developerInfo ? { graphiqlHeaders: developerInfo.headers } : {}),
  });
  const server = await listen(app, config.server);

  // Signing keys are one half of readiness (the pool's contract the other): before they are in, every
  // token would be refused. A failed load is retried with back-off, so a pod whose keys were briefly
  // unreachable at start becomes ready.
  const { jwksUri } = accessTokenVerifier;
  logger.info({ jwksUri }, "loading signing keys");
  const keyLoading = keepLoadingSigningKeys(accessTokenVerifier, {
    loaded: () => {
      signingKeysLoaded = true;
      updateReadiness(poolContracts);
      logger.info(
        { url: `${server.url}/graphql`, userPoolId: backend.userPoolId, jwksUri },
        "signing keys loaded",
      );
    },
    failed: (error, retryInMs) => {
      if (!stopping) readiness.reason = "signing keys could not be loaded";
      logger.error(
        { error: error instanceof Error ? error.message : String(error), jwksUri, retryInMs },
        "signing keys not loaded",
      );
    },
  });

  if (developerInfo) {
    // Printed, not logged: demo tokens for pasting into GraphiQL on this machine.
    process.stdout.write(
      [
        "",
        `GraphiQL: ${server.url}/graphql`,
        ...developerInfo.lines,
        "",
        "GraphiQL opens with example operations for both mutations and both queries.",
        "",
      ].join("\n"),
    );
  }

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    keyLoading.stop();
    readiness.ready = false;
    readiness.reason = "shutting down";
    logger.info(
      { signal, graceMs: config.server.shutdownGraceMs },
      "shutting down: finishing in-flight requests",
    );
    const grace = setTimeout(() => {
      logger.warn("grace period over: closing remaining connections");
      server.server.closeAllConnections();
    }, config.server.shutdownGraceMs);
    grace.unref();
    await server.close();
    clearTimeout(grace);
    poolContracts.stop();
    await backend.close();
    cognitoClient.destroy();
    redis?.disconnect();
    await tracing?.shutdown();
    logger.info("stopped");
    process.exit(0);
  };
  // A backstop, not a design: one request's stray rejection must not take every other request down.
  process.on("unhandledRejection", (reason) => {
    logger.error({ error: reason instanceof Error ? reason.name : typeof reason }, "unhandled rejection");
  });
  // `on`, not `once`: a supervisor often forwards the signal the process group already got (npm run
  // does), and a second SIGINT with no listener would kill the draining process with status 130.
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

/** First retry of a failed key load (ms); doubles up to {@link KEY_RETRY_MAX_MS}. */
const KEY_RETRY_FIRST_MS = 500;
const KEY_RETRY_MAX_MS = 30_000;

/** Loads the signing keys, retrying with back-off until they load or `stop()` is called. */
function keepLoadingSigningKeys(
  verifier: { loadSigningKeys(): Promise<void> },
  on: { loaded(): void; failed(error: unknown, retryInMs: number): void },
): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const attempt = (delayMs: number) => {
    verifier.loadSigningKeys().then(
      () => {
        if (!stopped) on.loaded();
      },
      (error: unknown) => {
        if (stopped) return;
        on.failed(error, delayMs);
        timer = setTimeout(() => attempt(Math.min(delayMs * 2, KEY_RETRY_MAX_MS)), delayMs);
        timer.unref();
      },
    );
  };
  attempt(KEY_RETRY_FIRST_MS);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof StartupError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
