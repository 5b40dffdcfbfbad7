import { createRequire } from "node:module";
import { cognitoIssuer } from "../auth/access-token-verifier.js";
import type { Config } from "../config.js";
import type { GraphiQLHeaders } from "../graphiql-examples.js";
import type { Logger } from "../logger.js";
import { StartupError } from "./startup.js";

/** The resolved Cognito backend: real Cognito, or the embedded emulator once it runs. */
export interface Backend {
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
  return import("../local/embedded-cognito.js");
}

type EmbeddedCognito = Awaited<
  ReturnType<Awaited<ReturnType<typeof loadEmbeddedCognito>>["startEmbeddedCognito"]>
>;

/** The demo users' tokens for GraphiQL's tabs, and the banner that prints them for pasting. */
async function describeEmbedded(
  embedded: EmbeddedCognito,
  dataDir: string,
): Promise<{ headers: GraphiQLHeaders; lines: string[] }> {
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
      `Embedded local Cognito at ${embedded.endpoint} (pool ${embedded.userPoolId}, app client ${embedded.clientId}, data in ${dataDir}/)`,
      `Demo users: ${admin.username} (group admin) and ${alice.username}, password ${admin.password}`,
      "",
      `Authorization header for ${admin.username} (admin path):`,
      `  {"Authorization": "${headers.admin.Authorization}"}`,
      "",
      `Authorization header for ${alice.username} (user path):`,
      `  {"Authorization": "${headers.user.Authorization}"}`,
    ],
  };
}

/** Real Cognito as configured, or the embedded local Cognito started on its port. */
export async function startBackend(cognito: Config["cognito"], logger: Logger): Promise<Backend> {
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
    describeForDevelopers: () => describeEmbedded(embedded, cognito.dataDir),
    close: () => embedded.close(),
  };
}
