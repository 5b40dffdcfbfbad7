/**
 * The one error boundary between the AWS SDK and the gateway. Every exception Cognito documents for
 * the operations we call becomes a domain error named after it (`UserNotFoundException` →
 * `UserNotFoundError`); anything else is rethrown untouched so that yoga masks it.
 */

/**
 * Meaning of each exception, from Cognito's API model (each operation's Errors section in the API
 * Reference, e.g. https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html#API_UpdateUserAttributes_Errors).
 */
export const COGNITO_EXCEPTIONS = {
  AliasExistsException:
    "The email address or phone number is already used as an alias by a different user in this user pool.",
  CodeDeliveryFailureException: "Cognito could not deliver the verification code.",
  CodeMismatchException: "The verification code does not match what Cognito expected.",
  ExpiredCodeException: "The verification code has expired.",
  ForbiddenException: "The AWS WAF web ACL associated with the user pool blocked the request.",
  InternalErrorException: "Cognito encountered an internal error. Retrying later may succeed.",
  InvalidEmailRoleAccessPolicyException:
    "Cognito is not allowed to use the user pool's email identity (SES).",
  InvalidLambdaResponseException: "A Lambda trigger of the user pool returned an invalid response.",
  InvalidParameterException: "A parameter of the request is invalid; the message says which and why.",
  InvalidSmsRoleAccessPolicyException: "The user pool's SMS role is not allowed to publish with Amazon SNS.",
  InvalidSmsRoleTrustRelationshipException:
    "The user pool's SMS role does not trust cognito-idp.amazonaws.com or its external ID does not match.",
  LimitExceededException: "A per-user limit was exceeded (for example verification codes per hour).",
  NotAuthorizedException:
    "The caller is not authorized: a bad, expired or revoked token, a missing scope, or an attribute the client may not write.",
  OperationNotEnabledException: "The operation is not available for this user pool or in this Region.",
  PasswordResetRequiredException: "The user must reset their password first.",
  ResourceNotFoundException: "The user pool or app client does not exist.",
  TooManyRequestsException:
    "Too many requests for this operation: Cognito throttled the call. Retry with back-off.",
  UnexpectedLambdaException: "Cognito encountered an unexpected exception with a Lambda trigger.",
  UserLambdaValidationException: "A Lambda trigger of the user pool rejected the request.",
  UserNotConfirmedException: "The user has not confirmed their account.",
  UserNotFoundException: "The user does not exist.",
} as const;

/** The exact name Cognito puts in `__type`, for example `UserNotFoundException`. */
export type CognitoExceptionName = keyof typeof COGNITO_EXCEPTIONS;

/** Throttling and Cognito's own faults are worth retrying; every other exception needs a change first. */
const RETRYABLE: ReadonlySet<CognitoExceptionName> = new Set([
  "TooManyRequestsException",
  "InternalErrorException",
]);

/** A documented Cognito exception, carried as data. `code` is Cognito's exception name. */
export abstract class CognitoServiceError extends Error {
  abstract readonly code: CognitoExceptionName;
  /** Set when the gateway's quota governor refused the call before sending it: when to try again. */
  retryAfterSeconds: number | undefined = undefined;

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

export type CognitoErrorClass = new (message: string) => CognitoServiceError;

/**
 * `UserNotFoundException` → `UserNotFoundError`; `InternalErrorException` → `InternalError` (it already
 * ends in Error). The GraphQL type adds the `Cognito` prefix.
 */
export function errorClassName(exception: CognitoExceptionName): string {
  const base = exception.replace(/Exception$/, "");
  return base.endsWith("Error") ? base : `${base}Error`;
}

function defineError<Name extends CognitoExceptionName>(exception: Name): CognitoErrorClass {
  const errorClass = class extends CognitoServiceError {
    readonly code = exception;
  };
  Object.defineProperty(errorClass, "name", { value: errorClassName(exception) });
  return errorClass;
}

/** One class per documented exception, keyed by the exception name. */
export const cognitoErrorClasses = Object.fromEntries(
  (Object.keys(COGNITO_EXCEPTIONS) as CognitoExceptionName[]).map((name) => [name, defineError(name)]),
) as Record<CognitoExceptionName, CognitoErrorClass>;

// Named exports for the errors the gateway itself raises, so call sites read like Cognito's docs.
export const InvalidParameterError = cognitoErrorClasses.InvalidParameterException;
export const NotAuthorizedError = cognitoErrorClasses.NotAuthorizedException;
export const UserNotFoundError = cognitoErrorClasses.UserNotFoundException;
export const TooManyRequestsError = cognitoErrorClasses.TooManyRequestsException;
export const ResourceNotFoundError = cognitoErrorClasses.ResourceNotFoundException;

/** The SDK's service exceptions carry the `__type` as `name` and a `$metadata`/`$fault` pair. */
interface SdkServiceException {
  name: string;
  message: string;
  $fault: "client" | "server";
}

function isSdkServiceException(error: unknown): error is SdkServiceException {
  return error instanceof Error && "$fault" in error && "$metadata" in error;
}

/**
 * Three (JWS) or five (JWE) base64url segments joined by dots: a JWT. Either it opens with a JSON
 * header (`eyJ`, base64url of `{"`), or every segment is long; short dotted words (`user.email`,
 * host names) are not token-shaped.
 */
const TOKEN_SHAPED =
  /(?<![\w=-])(?:eyJ[\w-]*(?:\.[\w-]*={0,2}){2,4}|[\w-]{16,}={0,2}(?:\.[\w-]{16,}={0,2}){2,4})(?![\w=-])/g;

/**
 * Replaces anything token-shaped in a message with `[token]`. Cognito's messages are passed on to the
 * caller, and an emulator (moto) puts the access token itself in NotAuthorizedException's message.
 */
export function scrubTokens(message: string): string {
  return message.replace(TOKEN_SHAPED, "[token]");
}

/**
 * Maps an SDK error to the domain error for `exception`s the operation documents. Returns the error
 * untouched when it is not one of them: an undocumented name, a transport failure or a non-JSON
 * answer must reach yoga's masking, not pose as a Cognito verdict.
 */
export function toCognitoError(error: unknown, documented: readonly CognitoExceptionName[]): unknown {
  if (!isSdkServiceException(error)) return error;
  const name = error.name as CognitoExceptionName;
  if (!documented.includes(name)) {
    // Still untouched in kind, but its message reaches the log: no token there either.
    error.message = scrubTokens(error.message);
    return error;
  }
  const message =
    error.message && error.message !== "UnknownError" ? error.message : COGNITO_EXCEPTIONS[name];
  return new cognitoErrorClasses[name](scrubTokens(message));
}
