import { createHash } from "node:crypto";

/**
 * The `subject` of a write to one user's profile. Cognito limits writes per user whichever path sends
 * them, so the admin path and the user path key the same way: pool and the real username (the admin
 * path reads the user first when the name it was given could be an alias or a sub,
 * `adminWriteTarget`; the user path takes the token's `username` claim). Lower-cased, because a case-insensitive pool (the console's default) takes
 * `Alice` and `alice` for one user; in a case-sensitive pool, two users who differ only in case then
 * share a budget, which makes them wait but never gets them throttled. Hashed, so usernames and email
 * aliases never sit in Redis keys.
 */
export function userWriteSubject(userPoolId: string, username: string): string {
  return createHash("sha256").update(`${userPoolId}/${username.toLowerCase()}`).digest("base64url");
}
