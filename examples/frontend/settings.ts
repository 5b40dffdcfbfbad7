/**
 * What both frontend examples need to know, from the environment (`npm start` prints the pool and
 * app client of the embedded Cognito):
 *
 *   GATEWAY_URL            default http://127.0.0.1:4000/graphql
 *   COGNITO_USER_POOL_ID   the pool (embedded: local_…)
 *   COGNITO_CLIENT_ID      the app client (no secret)
 *   COGNITO_ENDPOINT       embedded: http://127.0.0.1:9339; unset for AWS
 *   EXAMPLE_USER           default alice      EXAMPLE_ADMIN  default admin
 *   EXAMPLE_PASSWORD       default Passw0rd!demo (the demo users' password)
 */
import type { UserPoolSettings } from "./sign-in.js";

export interface ExampleSettings {
  gatewayUrl: string;
  pool: UserPoolSettings;
  user: string;
  admin: string;
  password: string;
}

export function exampleSettings(env: Record<string, string | undefined>): ExampleSettings {
  const userPoolId = env.COGNITO_USER_POOL_ID;
  const clientId = env.COGNITO_CLIENT_ID;
  if (!userPoolId || !clientId) {
    throw new Error(
      "Set COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID (npm start prints both) and, for the embedded " +
        "Cognito, COGNITO_ENDPOINT",
    );
  }
  return {
    gatewayUrl: env.GATEWAY_URL ?? "http://127.0.0.1:4000/graphql",
    pool: { userPoolId, clientId, endpoint: env.COGNITO_ENDPOINT || undefined },
    user: env.EXAMPLE_USER ?? "alice",
    admin: env.EXAMPLE_ADMIN ?? "admin",
    password: env.EXAMPLE_PASSWORD ?? "Passw0rd!demo",
  };
}

/** The hash codegen embedded in a typed document (`persistedDocuments` in codegen.yml). */
export function documentHash(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== "string") throw new Error("document has no hash: run npm run codegen");
  return hash;
}
