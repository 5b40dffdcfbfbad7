import type {
  CognitoIdentityProviderClientResolvedConfig,
  ServiceInputTypes,
  ServiceOutputTypes,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Command } from "@smithy/types";
import type { CognitoOperation } from "../quota/categories.js";
import { withDeadline } from "./client.js";
import {
  type CognitoExceptionName,
  CognitoServiceError,
  TooManyRequestsError,
  toCognitoError,
} from "./errors.js";
import type { CognitoDeps } from "./types.js";

/** Cognito did not answer within the call's deadline (governor wait, SDK retries and all). */
export class DeadlineExceededError extends Error {
  constructor(
    readonly operation: CognitoOperation,
    readonly deadlineMs: number,
  ) {
    super(`Cognito did not answer ${operation} within ${deadlineMs} ms`);
    this.name = "DeadlineExceededError";
  }
}

/** How a call ended, for metrics and traces: `ok`, a Cognito exception name, `deadline` or `error`. */
export type CallOutcome = "ok" | CognitoExceptionName | "deadline" | "error";

/** Observes every Cognito call (metrics, tracing). Must not throw. */
export interface CognitoCallObserver {
  onCall(operation: CognitoOperation): { end(outcome: CallOutcome): void };
}

export interface CognitoCall {
  operation: CognitoOperation;
  /** The exceptions Cognito documents for the operation: these become domain errors. */
  documented: readonly CognitoExceptionName[];
  /** Whose profile a write touches, for the per-user write budget. */
  subject?: string | undefined;
}

/** Any command of the Cognito client, typed by what `send` resolves it to. */
type CognitoCommand<Input extends ServiceInputTypes, Output extends ServiceOutputTypes> = Command<
  ServiceInputTypes,
  Input,
  ServiceOutputTypes,
  Output,
  CognitoIdentityProviderClientResolvedConfig
>;

/** Cognito's own throttle; the governor's refusals carry retryAfterSeconds and are final. */
const isBackendThrottle = (error: unknown): boolean =>
  error instanceof TooManyRequestsError && error.retryAfterSeconds === undefined;

/**
 * Sends one Cognito command: waits for quota, bounds the whole call by the deadline, and translates
 * documented exceptions. Every operation file goes through here so each rule lives in one place.
 *
 * A TooManyRequestsException from Cognito is retried here, not by the SDK (CognitoRetryStrategy
 * passes it up): each new attempt first waits for its own send time from the governor, like any
 * other call. An SDK retry would go out at once, in a send time the governor has given to another
 * call, and get that one throttled too. When the governor cannot find a send time before the
 * deadline, the caller hears TooManyRequests with retryAfterSeconds, not a deadline error.
 */
export async function callCognito<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>(
  deps: CognitoDeps,
  call: CognitoCall,
  command: CognitoCommand<Input, Output>,
): Promise<Output> {
  const deadlineAt = Date.now() + deps.callTimeoutMs;
  const span = deps.observer?.onCall(call.operation);
  let outcome: CallOutcome = "error";
  try {
    const caller = await deps.quotaCaller?.();
    for (let attempt = 1; ; attempt++) {
      await deps.governor.acquire(call.operation, { subject: call.subject, caller }, deadlineAt);
      try {
        const output = await sendBefore(deps, call, command, deadlineAt);
        outcome = "ok";
        return output;
      } catch (error) {
        if (attempt < deps.maxAttempts && isBackendThrottle(error)) continue;
        throw error;
      }
    }
  } catch (error) {
    if (error instanceof DeadlineExceededError) outcome = "deadline";
    else if (error instanceof CognitoServiceError) outcome = error.code;
    throw error;
  } finally {
    span?.end(outcome);
  }
}

/** One send of `command` (the SDK's own retries of 5xx and network errors included), ending by `deadlineAt`. */
async function sendBefore<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>(
  deps: CognitoDeps,
  call: CognitoCall,
  command: CognitoCommand<Input, Output>,
  deadlineAt: number,
): Promise<Output> {
  // A timer cleared when the call ends, rather than AbortSignal.timeout, whose timer and signal
  // outlive a finished call until the deadline (thousands of them under load).
  const deadline = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  try {
    // Aborting ends the attempt on the wire; settling here as well ends the call even while the SDK
    // sleeps between retries, which the abort signal cannot interrupt (see withDeadline).
    return await new Promise<Output>((resolve, reject) => {
      timer = setTimeout(
        () => {
          deadline.abort();
          reject(deadline.signal.reason);
        },
        Math.max(1, deadlineAt - Date.now()),
      );
      deps.client.send(withDeadline(command, deadline.signal)).then(resolve, reject);
    });
  } catch (error) {
    if (deadline.signal.aborted) throw new DeadlineExceededError(call.operation, deps.callTimeoutMs);
    throw toCognitoError(error, call.documented);
  } finally {
    clearTimeout(timer);
  }
}
