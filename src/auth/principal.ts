import type { AccessTokenVerifier, VerifiedAccessToken } from "./access-token-verifier.js";

/** The scope Cognito requires for a user's own-profile operations (cognito-contract.md §8.2). */
export const USER_SELF_SERVICE_SCOPE = "aws.cognito.signin.user.admin";

/** Who is calling, decided once per request from the `Authorization` header. */
export type Principal =
  | { kind: "anonymous" }
  /** A token was sent but failed verification; `reason` is safe to show the caller. */
  | { kind: "invalid"; reason: string }
  | { kind: "authenticated"; token: VerifiedAccessToken; isAdmin: boolean; isUser: boolean };

export interface PrincipalPolicy {
  /** Members of this Cognito group are admins. */
  adminGroup: string;
  /** Client-credentials tokens holding any of these scopes are admins (machine callers). */
  adminScopes: readonly string[];
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
  const match = BEARER.exec(authorization);
  if (!match?.[1]) {
    return { kind: "invalid", reason: "The Authorization header must be 'Bearer <access token>'" };
  }
  let token: VerifiedAccessToken;
  try {
    token = await verifier.verify(match[1]);
  } catch (error) {
    return {
      kind: "invalid",
      reason: `Invalid access token: ${error instanceof Error ? error.message : "rejected"}`,
    };
  }
  // Client-credentials tokens have no username and cannot carry the self-service scope (§8.3).
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
