import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";

/** Static keys for an emulator; real deployments leave credentials to the standard AWS chain. */
type StaticCredentials = { accessKeyId: string; secretAccessKey: string };

export interface CognitoClientOptions {
  region: string;
  /** Overrides the regional endpoint (emulator, fake). */
  endpoint: string | undefined;
  /** Fixed credentials for an emulator; undefined means the standard AWS credential chain. */
  credentials: StaticCredentials | undefined;
  /** Attempts per call in the SDK's standard retry mode (throttling, 5xx, transient network errors). Default 3. */
  maxAttempts?: number;
  /** Milliseconds to establish a TCP/TLS connection. Default 1000. */
  connectTimeoutMs?: number;
}

/**
 * The one SDK client of the process, with keep-alive sockets. Admin operations are SigV4-signed with
 * the gateway's credentials; the token-authorized operations (UpdateUserAttributes, GetUser) are
 * modelled `noAuth`, so the same client sends them unsigned with only the caller's access token in
 * the body. Each call's overall deadline is an abort signal (see call.ts), not a socket timeout.
 */
export function createCognitoClient(options: CognitoClientOptions): CognitoIdentityProviderClient {
  const agent = { keepAlive: true, maxSockets: 64 };
  return new CognitoIdentityProviderClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    retryMode: "standard",
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: {
      connectionTimeout: options.connectTimeoutMs ?? 1_000,
      httpAgent: agent,
      httpsAgent: agent,
    },
  });
}
