/**
 * What every bench script that starts the built gateway (`dist/main.js`) in front of the bench's fake
 * Cognito shares: the fake's description of itself, the Dockerfile's heap limits and the environment.
 */

/** The fake Cognito as bench/fake-cognito-process.ts prints it on its first line. */
export interface BenchBackend {
  endpoint: string;
  issuer: string;
  userPoolId: string;
  region: string;
  clientId: string;
  adminToken: string;
  /** Targets and callers, taken in turn so no one user's 10-writes-per-second budget is the limit. */
  users: { username: string; token: string }[];
}

/** The Dockerfile's V8 heap limits. */
export const PRODUCTION_NODE_FLAGS = ["--max-old-space-size=96", "--max-semi-space-size=8"];

/** Keeps the SDK's Node-version notice out of every child's stderr. */
export const QUIET_SDK = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };

/** The gateway's production configuration against the fake, listening on `port`. */
export function gatewayEnvironment(backend: BenchBackend, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...QUIET_SDK,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    AWS_REGION: backend.region,
    COGNITO_USER_POOL_ID: backend.userPoolId,
    COGNITO_CLIENT_IDS: backend.clientId,
    COGNITO_ENDPOINT: backend.endpoint,
    COGNITO_ISSUER: backend.issuer,
    AWS_ACCESS_KEY_ID: "bench",
    AWS_SECRET_ACCESS_KEY: "bench",
    // The benchmark measures the gateway's own cost, not Cognito's quotas: lift the governor's rates.
    QUOTA_USER_UPDATE_RPS: "10000",
    QUOTA_PER_USER_WRITE_RPS: "1000",
    QUOTA_USER_READ_RPS: "10000",
    LOG_LEVEL: "info",
  };
}
