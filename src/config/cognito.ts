import type { ParsedEnvironment } from "./environment.js";

/** Loopback listen addresses: 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * Only the Cognito variables opt into real Cognito: AWS_REGION alone is common in a developer's
 * shell. Whether all three are set is checked on the raw environment (see loadConfig in src/config.ts).
 */
export function wantsRealCognito(env: {
  COGNITO_USER_POOL_ID?: unknown;
  COGNITO_CLIENT_IDS?: unknown;
}): boolean {
  // Raw values are strings; parsed ones are undefined when blank (a list is an array).
  const isSet = (value: unknown) => value !== undefined && (typeof value !== "string" || value.trim() !== "");
  return isSet(env.COGNITO_USER_POOL_ID) || isSet(env.COGNITO_CLIENT_IDS);
}

/** Where the gateway finds Cognito: the embedded emulator, or real Cognito as configured. */
export function cognitoBackend(env: ParsedEnvironment) {
  if (!wantsRealCognito(env)) {
    return {
      /** No Cognito configuration was given: start the embedded local Cognito (development only). */
      mode: "embedded" as const,
      /** `LOCAL_COGNITO_PORT`: the emulator's port on 127.0.0.1. Default 9339; 0 picks a free port. */
      port: env.LOCAL_COGNITO_PORT,
      /** `LOCAL_COGNITO_DATA_DIR`: the emulator's pools and users, kept across restarts. Default `.cognito-local`. */
      dataDir: env.LOCAL_COGNITO_DATA_DIR,
    };
  }
  return {
    mode: "remote" as const,
    /** `AWS_REGION`: the user pool's Region. */
    region: env.AWS_REGION ?? "",
    /** `COGNITO_USER_POOL_ID`: the default user pool. */
    userPoolId: env.COGNITO_USER_POOL_ID ?? "",
    /** `COGNITO_CLIENT_IDS` (comma-separated): app clients whose access tokens are accepted. */
    clientIds: env.COGNITO_CLIENT_IDS ?? [],
    /** `COGNITO_ENDPOINT`: overrides the Cognito API endpoint (emulators, fakes). */
    endpoint: env.COGNITO_ENDPOINT,
    /**
     * `COGNITO_ISSUER`: overrides the expected token issuer; signing keys are then read from
     * `<issuer>/.well-known/jwks.json`. Default `https://cognito-idp.<region>.amazonaws.com/<pool>`.
     */
    issuer: env.COGNITO_ISSUER,
    /**
     * `COGNITO_JWKS_URI`: where the signing keys are read, for a backend that issues real-form tokens
     * but serves its keys elsewhere (moto: `<endpoint>/<pool>/.well-known/jwks.json`).
     * Default `<issuer>/.well-known/jwks.json`.
     */
    jwksUri: env.COGNITO_JWKS_URI,
  };
}
