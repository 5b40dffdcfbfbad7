import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  FetchError,
  JwksNotAvailableInCacheError,
  JwtExpiredError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtNotBeforeError,
  JwtWithoutValidKidError,
  KidNotFoundInJwksError,
} from "aws-jwt-verify/error";
import {
  type AccessTokenVerifier,
  SigningKeysUnavailableError,
  TokenWithoutExpiryError,
  type VerifiedAccessToken,
} from "./access-token-verifier.js";

/** The scope Cognito requires for a user's own-profile operations (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html). */
export const USER_SELF_SERVICE_SCOPE = "aws.cognito.signin.user.admin";

/** Who is calling, decided once per request from the `Authorization` header. */
export type Principal =
  | { kind: "anonymous" }
  /** A token was sent but failed verification; `reason` is safe to show the caller. */
  | { kind: "invalid"; reason: string }
  /** The token could not be checked because the signing keys could not be fetched: retry later. */
  | { kind: "unavailable"; reason: string }
  | {
      kind: "authenticated";
      token: VerifiedAccessToken;
      isAdmin: boolean;
      isUser: boolean;
      /** Why an admin token is not treated as one (Cognito no longer confirms it); safe to show. */
      adminDenial?: string;
    };

export interface PrincipalPolicy {
  /** Members of this Cognito group are admins. */
  adminGroup: string;
  /** Client-credentials tokens holding any of these scopes are admins (machine callers). */
  adminScopes: readonly string[];
}

/**
 * A fixed reason per kind of rejection. The library's own messages can quote parser internals or
 * token contents, which a caller has no use for and an attacker might.
 */
function rejectionReason(error: unknown): string {
  if (error instanceof JwtExpiredError) return "the token has expired";
  if (error instanceof TokenWithoutExpiryError) return error.message;
  if (error instanceof JwtNotBeforeError) return "the token is not valid yet (nbf)";
  if (error instanceof CognitoJwtInvalidTokenUseError) {
    return "wrong token use: send the access token, not the ID token";
  }
  if (error instanceof CognitoJwtInvalidClientIdError) {
    return "the token was issued to an app client this gateway does not accept";
  }
  if (error instanceof JwtInvalidIssuerError)
    return "the token was issued by another user pool (issuer not allowed)";
  if (
    error instanceof JwtInvalidSignatureError ||
    error instanceof JwtInvalidSignatureAlgorithmError ||
    error instanceof KidNotFoundInJwksError ||
    error instanceof JwtWithoutValidKidError
  ) {
    return "the signature does not verify against the user pool's keys";
  }
  if (error instanceof FetchError || error instanceof JwksNotAvailableInCacheError) {
    return "the user pool's signing keys are unavailable right now; try again";
  }
  return "the token is malformed or its claims are not those of a Cognito access token";
}

const BEARER = /^Bearer[ ]+([A-Za-z0-9\-_=.]+)[ ]*$/i;

/**
 * Resolves the principal behind an `Authorization` header. Verification failures become an
 * `invalid` principal rather than an exception, so permission rules can answer UNAUTHENTICATED.
 */
export async function resolvePrincipal(
  authorization: string | null,
  verifier: AccessTokenVerifier,
  policy: PrincipalPolicy,
): Promise<Principal> {
  if (authorization === null || authorization.trim() === "") return { kind: "anonymous" };
  // Several headers arrive joined with ", " (see src/http-server.ts); no bearer token holds a comma.
  if (authorization.includes(",")) {
    return {
      kind: "invalid",
      reason:
        "Send one Authorization header: this request carries several, and which one counts would be a guess",
    };
  }
  const match = BEARER.exec(authorization);
  if (!match?.[1]) {
    return { kind: "invalid", reason: "The Authorization header must be 'Bearer <access token>'" };
  }
  let token: VerifiedAccessToken;
  try {
    token = await verifier.verify(match[1]);
  } catch (error) {
    if (error instanceof SigningKeysUnavailableError) {
      return {
        kind: "unavailable",
        reason: "Signing keys unavailable: the gateway cannot check access tokens right now; try again",
      };
    }
    return {
      kind: "invalid",
      reason: `Invalid access token: ${rejectionReason(error)}`,
    };
  }
  // Client-credentials tokens have no username and cannot carry the self-service scope (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html).
  const isMachine = token.username === undefined;
  return {
    kind: "authenticated",
    token,
    isAdmin: isMachine
      ? token.scopes.some((scope) => policy.adminScopes.includes(scope))
      : token.groups.includes(policy.adminGroup),
    isUser: !isMachine && token.scopes.includes(USER_SELF_SERVICE_SCOPE),
  };
}
