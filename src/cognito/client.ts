import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { StandardRetryStrategy } from "@smithy/core/retry";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpHandlerOptions } from "@smithy/types";

/** Static keys for an emulator; real deployments leave credentials to the standard AWS chain. */
type StaticCredentials = { accessKeyId: string; secretAccessKey: string };

export interface CognitoClientOptions {
  region: string;
  /** Overrides the regional endpoint (emulator, fake). */
  endpoint: string | undefined;
  /** Fixed credentials for an emulator; undefined means the standard AWS credential chain. */
  credentials: StaticCredentials | undefined;
  /** Attempts per call in the SDK's standard retry mode (5xx, transient network errors; `COGNITO_MAX_ATTEMPTS`). */
  maxAttempts: number;
  /** Milliseconds to establish a TCP/TLS connection (`COGNITO_CONNECT_TIMEOUT_MS`). */
  connectTimeoutMs: number;
}

type RetryToken = Parameters<StandardRetryStrategy["refreshRetryTokenForRetry"]>[0];
type RetryErrorInfo = Parameters<StandardRetryStrategy["refreshRetryTokenForRetry"]>[1];

/**
 * The SDK's standard retry mode, except for two exceptions it counts as throttling:
 * - LimitExceededException is, for Cognito, a per-user hourly cap (verification codes, verify
 *   attempts), so a quick retry cannot succeed and only spends more of the user's allowance
 *   (https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html).
 * - TooManyRequestsException is retried by callCognito instead, after the quota governor gives the
 *   new attempt a send time of its own; the SDK would send it at once, inside a send time already
 *   given to another call.
 */
export class CognitoRetryStrategy extends StandardRetryStrategy {
  override async refreshRetryTokenForRetry(
    token: RetryToken,
    errorInfo: RetryErrorInfo,
  ): Promise<RetryToken> {
    const name = (errorInfo.error as { name?: unknown } | undefined)?.name;
    if (name === "LimitExceededException" || name === "TooManyRequestsException") {
      throw errorInfo.error;
    }
    return super.refreshRetryTokenForRetry(token, errorInfo);
  }
}

/*
 * Deadlines without per-call options. The SDK resolves a command's middleware stack on every send
 * unless it may reuse it (`cacheMiddleware`), and it may only when `send` gets no options, so the
 * deadline cannot travel as `{ abortSignal }`. Resolving took 40–70 µs of CPU per call in a profile
 * of the gateway under load. Instead the signal is keyed by the command's input, copied onto each
 * attempt's HTTP request by the innermost middleware (after retries and signing), and handed to the
 * socket handler by DeadlineHttpHandler. Each attempt still aborts when the deadline passes.
 */
const deadlineByInput = new WeakMap<object, AbortSignal>();
const deadlineByRequest = new WeakMap<object, AbortSignal>();

/** Sends `command` under `deadline`: pass the result to the client's `send`. */
export function withDeadline<Command extends { input: object }>(
  command: Command,
  deadline: AbortSignal,
): Command {
  deadlineByInput.set(command.input, deadline);
  return command;
}

class DeadlineHttpHandler extends NodeHttpHandler {
  override handle(request: Parameters<NodeHttpHandler["handle"]>[0], options: HttpHandlerOptions = {}) {
    const abortSignal = deadlineByRequest.get(request);
    return super.handle(request, abortSignal ? { ...options, abortSignal } : options);
  }
}

/**
 * The one SDK client of the process, with keep-alive sockets. Admin operations are SigV4-signed with
 * the gateway's credentials; the token-authorized operations (UpdateUserAttributes, GetUser) are
 * modelled `noAuth`, so the same client sends them unsigned with only the caller's access token in
 * the body. Each call's overall deadline is an abort signal (see call.ts and withDeadline), not a
 * socket timeout.
 */
export function createCognitoClient(options: CognitoClientOptions): CognitoIdentityProviderClient {
  const agent = { keepAlive: true, maxSockets: 64 };
  const client = new CognitoIdentityProviderClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: options.maxAttempts,
    retryStrategy: new CognitoRetryStrategy(options.maxAttempts),
    cacheMiddleware: true,
    requestHandler: new DeadlineHttpHandler({
      connectionTimeout: options.connectTimeoutMs,
      httpAgent: agent,
      httpsAgent: agent,
    }),
  });
  client.middlewareStack.add(
    (next) => (args) => {
      const deadline = deadlineByInput.get(args.input as object);
      if (deadline && args.request) deadlineByRequest.set(args.request, deadline);
      return next(args);
    },
    { step: "deserialize", priority: "low", name: "cagDeadlineMiddleware" },
  );
  return client;
}
