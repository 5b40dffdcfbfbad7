// First, so its V8 settings hold before anything else is loaded.
import "./v8-flags.js";
import { createApp } from "./app.js";
import { createLogAuditSink } from "./audit.js";
import { createAccessTokenVerifier } from "./auth/access-token-verifier.js";
import { createCognitoClient } from "./cognito/client.js";
import { allowedUserPoolIds, type Config } from "./config.js";
import { listen, type RunningServer } from "./http-server.js";
import { createLogger, type Logger } from "./logger.js";
import { createMetrics, type Metrics } from "./observability/metrics.js";
import { createTracerProvider } from "./observability/tracer-provider.js";
import { createPoolContractStore, type PoolContractStore } from "./pool/pool-contract-store.js";
import { type Backend, startBackend } from "./process/backend.js";
import { keepLoadingSigningKeys, trackReadiness } from "./process/readiness.js";
import {
  configOrExit,
  exitOnUnknownConfiguredNames,
  loadTrustedDocuments,
  logDestination,
  StartupError,
} from "./process/startup.js";
import { createQuotaGovernor } from "./quota/governor.js";
import { createRedisClient, sharedBudgetObserver } from "./quota/redis.js";

type ReadinessTracker = ReturnType<typeof trackReadiness>;

/** The shared Redis budget when REDIS_URL is set; its outages are logged, and quotas fall back. */
async function connectRedis(quotas: Config["quotas"], logger: Logger) {
  if (!quotas.redisUrl) return undefined;
  const redis = await createRedisClient(quotas.redisUrl, { commandTimeoutMs: quotas.redisCommandTimeoutMs });
  redis.on("error", (error: Error) =>
    logger.warn({ error: error.message }, "redis unavailable: quotas fall back to per process"),
  );
  return redis;
}

/** The Cognito side of the process: the SDK client, the quota governor and the pools' contracts. */
async function connectCognito(
  config: Config,
  backend: Backend,
  observers: { logger: Logger; metrics: Metrics | undefined; tracker: ReadinessTracker },
) {
  const { logger, metrics, tracker } = observers;
  const redis = await connectRedis(config.quotas, logger);
  const cognitoClient = createCognitoClient({
    region: backend.region,
    endpoint: backend.endpoint,
    credentials: backend.credentials,
    maxAttempts: config.calls.maxAttempts,
    connectTimeoutMs: config.calls.connectTimeoutMs,
  });
  const governor = createQuotaGovernor({
    rates: config.quotas,
    redis,
    redisCommandTimeoutMs: config.quotas.redisCommandTimeoutMs,
    ...(redis ? { sharedBudgetObserver: sharedBudgetObserver(logger, metrics) } : {}),
  });
  let namesChecked = false;
  const poolContracts: PoolContractStore = createPoolContractStore({
    cognito: {
      client: cognitoClient,
      callTimeoutMs: config.calls.timeoutMs,
      maxAttempts: config.calls.maxAttempts,
      governor,
    },
    defaultUserPoolId: backend.userPoolId,
    userPoolIds: allowedUserPoolIds(config.auth, backend.userPoolId),
    clientIds: backend.clientIds,
    refreshSeconds: config.poolContract.refreshSeconds,
    logger,
    onLoad: (userPoolId, outcome) => {
      metrics?.observePoolContractLoad(userPoolId, outcome);
      if (!namesChecked && poolContracts.defaultPoolLoaded) {
        namesChecked = true;
        exitOnUnknownConfiguredNames(config.writePolicy, poolContracts, backend.userPoolId);
      }
      tracker.poolContractLoaded(poolContracts);
    },
  });
  await poolContracts.start();
  return { redis, cognitoClient, governor, poolContracts };
}

/** Printed, not logged: demo tokens for pasting into GraphiQL on this machine. */
function printDeveloperBanner(url: string, lines: string[]): void {
  process.stdout.write(
    [
      "",
      `GraphiQL: ${url}/graphql`,
      ...lines,
      "",
      "GraphiQL opens with example operations for both mutations and both queries.",
      "",
    ].join("\n"),
  );
}

/** On SIGTERM/SIGINT: drain within SHUTDOWN_GRACE_MS, then release everything and exit. */
function stopOnSignals(
  server: RunningServer,
  options: {
    graceMs: number;
    logger: Logger;
    tracker: ReadinessTracker;
    /** At once, before draining: nothing new should start. */
    halt: () => void;
    /** After draining: close what the requests used. */
    release: () => Promise<void>;
  },
): void {
  const { graceMs, logger, tracker } = options;
  const stop = async (signal: string) => {
    if (!tracker.stop()) return;
    options.halt();
    logger.info({ signal, graceMs }, "shutting down: finishing in-flight requests");
    const grace = setTimeout(() => {
      logger.warn("grace period over: closing remaining connections");
      server.server.closeAllConnections();
    }, graceMs);
    grace.unref();
    await server.close();
    clearTimeout(grace);
    await options.release();
    logger.info("stopped");
    process.exit(0);
  };
  // `on`, not `once`: a supervisor often forwards the signal the process group already got (npm run
  // does), and a second SIGINT with no listener would kill the draining process with status 130.
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

async function main(): Promise<void> {
  const config = configOrExit(process.env);
  const logger = createLogger({
    level: config.log.level,
    destination: await logDestination(config.log.format),
  });
  const tracker = trackReadiness(logger);
  const trustedDocuments = await loadTrustedDocuments(config.trustedDocuments, logger);
  const backend = await startBackend(config.cognito, logger);
  const metrics = config.metrics.enabled ? createMetrics({ processMetrics: true }) : undefined;
  const cognito = await connectCognito(config, backend, { logger, metrics, tracker });
  const accessTokenVerifier = createAccessTokenVerifier({
    issuer: backend.issuer,
    clientIds: backend.clientIds,
    jwksUri: backend.jwksUri,
  });
  const tracing = await createTracerProvider(config.tracing);
  const developerInfo = await backend.describeForDevelopers?.();
  const app = createApp(config, {
    cognitoClient: cognito.cognitoClient,
    accessTokenVerifier,
    defaultUserPoolId: backend.userPoolId,
    poolContracts: cognito.poolContracts,
    logger,
    quotaGovernor: cognito.governor,
    readiness: tracker.readiness,
    auditSink: createLogAuditSink(logger),
    metrics,
    tracer: tracing?.tracer,
    trustedDocuments,
    graphiqlHeaders: developerInfo?.headers,
  });
  const server = await listen(app, config.server);

  // Signing keys are one half of readiness (the pool's contract the other): before they are in, every
  // token would be refused. A failed load is retried with back-off, so a pod whose keys were briefly
  // unreachable at start becomes ready.
  const { jwksUri } = accessTokenVerifier;
  logger.info({ jwksUri }, "loading signing keys");
  const keyLoading = keepLoadingSigningKeys(accessTokenVerifier, {
    loaded: () => {
      tracker.signingKeysLoaded(cognito.poolContracts);
      logger.info(
        { url: `${server.url}/graphql`, userPoolId: backend.userPoolId, jwksUri },
        "signing keys loaded",
      );
    },
    failed: (error, retryInMs) => {
      tracker.signingKeysFailed();
      logger.error(
        { error: error instanceof Error ? error.message : String(error), jwksUri, retryInMs },
        "signing keys not loaded",
      );
    },
  });
  if (developerInfo) printDeveloperBanner(server.url, developerInfo.lines);

  stopOnSignals(server, {
    graceMs: config.server.shutdownGraceMs,
    logger,
    tracker,
    halt: () => keyLoading.stop(),
    release: async () => {
      cognito.poolContracts.stop();
      await backend.close();
      cognito.cognitoClient.destroy();
      cognito.redis?.disconnect();
      await tracing?.shutdown();
    },
  });
  // A backstop, not a design: one request's stray rejection must not take every other request down.
  process.on("unhandledRejection", (reason) => {
    logger.error({ error: reason instanceof Error ? reason.name : typeof reason }, "unhandled rejection");
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof StartupError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
