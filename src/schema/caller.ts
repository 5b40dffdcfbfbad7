import { GraphQLError } from "graphql";
import type { VerifiedAccessToken } from "../auth/access-token-verifier.js";
import type { GatewayContext } from "../context.js";
import { userWriteSubject } from "../quota/governor.js";

/** The caller's verified token. Only reached after the permission rules admitted an authenticated caller. */
export async function callerToken(context: GatewayContext): Promise<VerifiedAccessToken> {
  const principal = await context.principal();
  if (principal.kind !== "authenticated") {
    throw new GraphQLError("Authentication required", { extensions: { code: "UNAUTHENTICATED" } });
  }
  return principal.token;
}

/**
 * The per-user write budget (the governor's `subject`) of a write to `username` in `userPoolId`: the
 * one place both write paths key it, so a user's writes share one budget whichever path sends them.
 * The operation files in src/cognito/ take it as given.
 */
export function writeSubject(userPoolId: string, username: string): string {
  return userWriteSubject(userPoolId, username);
}

/**
 * The per-user write budget of the caller's own profile, the same one admin writes to them draw on:
 * user tokens come from the default pool's issuer, and their `username` claim is the real username.
 */
export function ownWriteSubject(context: GatewayContext, caller: VerifiedAccessToken): string {
  return writeSubject(context.defaultUserPoolId, caller.username ?? caller.sub);
}
