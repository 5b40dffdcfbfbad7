import { createApp } from "./app.js";
import { cognitoIssuer, createAccessTokenVerifier } from "./auth/access-token-verifier.js";
import { createCognitoClient } from "./cognito/client.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import type { GraphiQLHeaders } from "./graphiql-examples.js";
import { listen } from "./http-server.js";
import { createLogger, type Logger } from "./logger.js";

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
  // Loaded only here: a production install has no cognito-local and never reaches this line.
  const { startEmbeddedCognito } = await import("./local/embedded-cognito.js");
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
          `Embedded local Cognito at ${embedded.endpoint} (pool ${embedded.userPoolId}, data in ${cognito.dataDir}/)`,
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
  const logger = createLogger({ level: config.log.level });
  const backend = await startBackend(config, logger);

  const cognitoClient = createCognitoClient({
    region: backend.region,
    endpoint: backend.endpoint,
    credentials: backend.credentials,
  });
  const accessTokenVerifier = createAccessTokenVerifier({
    issuer: backend.issuer,
    clientIds: backend.clientIds,
  });
  await accessTokenVerifier.loadSigningKeys();

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
    maxConcurrentReads: config.reads.maxConcurrent,
    graphiql: config.graphql.graphiql,
    introspection: config.graphql.introspection,
    maxRequestBodyBytes: config.graphql.maxRequestBodyBytes,
    documentLimits: config.graphql.limits,
    logger,
    environment: config.environment,
    ...(developerInfo ? { graphiqlHeaders: developerInfo.headers } : {}),
  });
  const server = await listen(app, config.server);
  logger.info({ url: `${server.url}/graphql`, userPoolId: backend.userPoolId }, "gateway listening");

  if (developerInfo) {
    // Printed, not logged: these demo tokens are for pasting into GraphiQL on this machine.
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
    logger.info({ signal }, "shutting down");
    await server.close();
    await backend.close();
    cognitoClient.destroy();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

await main();
