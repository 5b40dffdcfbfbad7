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
import {
  readTrustedDocuments,
  type TrustedDocuments,
  TrustedDocumentsError,
} from "./plugins/use-trusted-documents.js";
import { createQuotaGovernor } from "./quota/governor.js";

/** The resolved Cognito backend: real Cognito, or the embedded emulator once it runs. */
interface Backend {
  region: string;
  userPoolId: string;
  clientIds: string[];
  endpoint: string | undefined;
  issuer: string;
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
  // ioredis loads only when replicas share their quota budget.
  const redis = config.quotas.redisUrl
    ? new (await import("ioredis")).Redis(config.quotas.redisUrl, {
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
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
  });

  const tracing = await createTracerProvider(config.tracing);
  const developerInfo = await backend.describeForDevelopers?.();
  const app = createApp({
    cognitoClient,
    accessTokenVerifier,
    defaultUserPoolId: backend.userPoolId,
    allowedUserPoolIds: config.auth.allowedUserPoolIds ?? [backend.userPoolId],
    adminGroup: config.auth.adminGroup,
    adminScopes: config.auth.adminScopes,
    adminOnlyAttributes: config.writePolicy.adminOnlyAttributes,
    readOnlyAttributes: config.writePolicy.readOnlyAttributes,
    maxConcurrentReads: config.calls.maxConcurrentReads,
    callTimeoutMs: config.calls.timeoutMs,
    quotaGovernor: createQuotaGovernor({ rates: config.quotas, redis }),
    graphiql: config.graphql.graphiql,
    introspection: config.graphql.introspection,
    maxRequestBodyBytes: config.graphql.maxRequestBodyBytes,
    documentLimits: config.graphql.limits,
    maxBulkItems: config.bulk.maxItems,
    corsOrigins: config.cors.origins,
    ...(trustedDocuments ? { trustedDocuments } : {}),
    readiness,
    metrics: config.metrics.enabled ? createMetrics({ processMetrics: true }) : false,
    ...(tracing ? { tracer: tracing.tracer } : {}),
    logger,
    environment: config.environment,
    ...(developerInfo ? { graphiqlHeaders: developerInfo.headers } : {}),
  });
  const server = await listen(app, config.server);

  // Ready once the signing keys are in: before that every token would be refused.
  accessTokenVerifier.loadSigningKeys().then(
    () => {
      readiness.ready = true;
      delete readiness.reason;
      logger.info({ url: `${server.url}/graphql`, userPoolId: backend.userPoolId }, "gateway ready");
    },
    (error: unknown) => {
      readiness.reason = "signing keys could not be loaded";
      logger.error(
        { error: error instanceof Error ? error.message : String(error) },
        "signing keys not loaded",
      );
    },
  );

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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
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
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof StartupError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
