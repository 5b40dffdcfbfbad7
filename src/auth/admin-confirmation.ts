import { adminListGroupsForUser } from "../cognito/admin-list-groups-for-user.js";
import { DeadlineExceededError } from "../cognito/call.js";
import { CognitoServiceError } from "../cognito/errors.js";
import { getUser } from "../cognito/get-user.js";
import type { CognitoDeps } from "../cognito/types.js";
import type { VerifiedAccessToken } from "./access-token-verifier.js";
import type { Principal } from "./principal.js";

/** What Cognito says about an admin user's token right now. */
export type AdminConfirmation =
  | { kind: "confirmed" }
  /** Cognito refuses the token itself (revoked, signed out, user disabled or deleted): UNAUTHENTICATED. */
  | { kind: "rejected"; reason: string }
  /** The token is good but its user is no longer in the admin group: FORBIDDEN. */
  | { kind: "not-admin"; reason: string }
  /** Cognito could not be asked (throttled, down, too slow): FORBIDDEN, and asked again next time. */
  | { kind: "unconfirmed"; reason: string };

export interface AdminConfirmer {
  /**
   * Cognito's current word on an admin user token, asked at most once per recheck interval per token
   * (concurrent requests share one question). Never throws: anything but a clear yes denies.
   */
  confirm(token: VerifiedAccessToken, cognito: CognitoDeps): Promise<AdminConfirmation>;
}

export interface AdminConfirmerOptions {
  /** The pool user tokens come from (the default pool: its issuer is the one the verifier trusts). */
  userPoolId: string;
  adminGroup: string;
  /** How long an answer is trusted, in seconds; 0 asks on every call. */
  recheckSeconds: number;
}

/** Most tokens remembered at once; older answers are dropped first. */
const CACHE_SIZE = 1_000;

/**
 * GetUser answers these for a token Cognito no longer honours: revoked or signed out
 * (NotAuthorized "Access Token has been revoked"), a disabled user (NotAuthorized "User is disabled."),
 * a deleted one (UserNotFound), or one who must reset their password or confirm first.
 */
const TOKEN_REJECTIONS: ReadonlySet<string> = new Set([
  "NotAuthorizedException",
  "UserNotFoundException",
  "PasswordResetRequiredException",
  "UserNotConfirmedException",
]);

/**
 * Re-confirms admin user tokens with Cognito: the admin path acts with the gateway's IAM credentials
 * and never shows the token to Cognito, so without this a revoked token, or one whose user was
 * disabled, deleted or removed from the admin group, would keep working until it expires. Costs one
 * GetUser (UserRead) and one AdminListGroupsForUser (UserResourceRead) per token per interval.
 */
export function createAdminConfirmer(options: AdminConfirmerOptions): AdminConfirmer {
  const answers = new Map<string, { answer: Promise<AdminConfirmation>; askedAt: number }>();
  const intervalMs = options.recheckSeconds * 1000;

  async function ask(token: VerifiedAccessToken, cognito: CognitoDeps): Promise<AdminConfirmation> {
    let username: string;
    try {
      username = (await getUser(cognito, { accessToken: token.raw })).username;
    } catch (error) {
      if (error instanceof CognitoServiceError && TOKEN_REJECTIONS.has(error.code)) {
        return {
          kind: "rejected",
          reason: `Invalid access token: Cognito no longer accepts it (${error.code}: ${error.message})`,
        };
      }
      return unconfirmed(error);
    }
    let groups: string[];
    try {
      groups = await adminListGroupsForUser(cognito, { userPoolId: options.userPoolId, username });
    } catch (error) {
      return unconfirmed(error);
    }
    if (groups.includes(options.adminGroup)) return { kind: "confirmed" };
    return {
      kind: "not-admin",
      reason: `This operation is for administrators: Cognito says the user is no longer in the ${options.adminGroup} group`,
    };
  }

  return {
    confirm(token, cognito) {
      const now = Date.now();
      const cached = answers.get(token.raw);
      if (cached && now - cached.askedAt < intervalMs) return cached.answer;
      answers.delete(token.raw);
      const answer = ask(token, cognito);
      answers.set(token.raw, { answer, askedAt: now });
      if (answers.size > CACHE_SIZE) answers.delete(answers.keys().next().value as string);
      // A failure to ask is not an answer: the next request asks again rather than waiting out the
      // interval (and while this one is pending, concurrent requests share it).
      void answer.then((settled) => {
        if (settled.kind === "unconfirmed" && answers.get(token.raw)?.answer === answer) {
          answers.delete(token.raw);
        }
      });
      return answer;
    },
  };
}

function unconfirmed(error: unknown): AdminConfirmation {
  const cause =
    error instanceof CognitoServiceError
      ? error.code
      : error instanceof DeadlineExceededError
        ? "Cognito did not answer in time"
        : "Cognito could not be reached";
  return {
    kind: "unconfirmed",
    reason: `This operation is for administrators, and Cognito could not confirm this admin token just now (${cause}); try again`,
  };
}

/**
 * The principal as Cognito sees it now: an admin user token Cognito no longer accepts becomes an
 * invalid principal, and one it cannot confirm as an admin keeps its user rights only. Machine
 * tokens have no user for Cognito to look at and are returned as they are (README: revocation).
 */
export async function confirmedPrincipal(
  principal: Principal,
  confirmer: AdminConfirmer | undefined,
  cognito: CognitoDeps,
): Promise<Principal> {
  if (!confirmer || principal.kind !== "authenticated" || !principal.isAdmin) return principal;
  if (principal.token.username === undefined) return principal;
  const confirmation = await confirmer.confirm(principal.token, cognito);
  switch (confirmation.kind) {
    case "confirmed":
      return principal;
    case "rejected":
      return { kind: "invalid", reason: confirmation.reason };
    case "not-admin":
    case "unconfirmed":
      return { ...principal, isAdmin: false, adminDenial: confirmation.reason };
  }
}
