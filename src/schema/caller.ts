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

/** Most subjects remembered; past it the oldest is forgotten (and hashed again when next written). */
const REMEMBERED_SUBJECTS = 10_000;
const subjects = new Map<string, string>();

/**
 * The per-user write budget (the governor's `subject`) of a write to `username` in `userPoolId`: the
 * one place both write paths key it, so a user's writes share one budget whichever path sends them.
 * The operation files in src/cognito/ take it as given. Remembered, because the subject is a hash
 * (a SHA-256 per write otherwise) and the same users write again and again.
 */
export function writeSubject(userPoolId: string, username: string): string {
  const key = `${userPoolId}\u0000${username}`;
  let subject = subjects.get(key);
  if (subject === undefined) {
    subject = userWriteSubject(userPoolId, username);
    subjects.set(key, subject);
    if (subjects.size > REMEMBERED_SUBJECTS) subjects.delete(subjects.keys().next().value as string);
  }
  return subject;
}

/** A write to the caller's own profile: who writes, and the per-user write budget it draws on. */
export interface OwnWrite {
  token: VerifiedAccessToken;
  subject: string;
}

/**
 * The caller's verified token and the per-user write budget of their own profile, the same one admin
 * writes to them draw on: user tokens come from the default pool's issuer, and their `username`
 * claim is the real username.
 */
export async function ownWrite(context: GatewayContext): Promise<OwnWrite> {
  const token = await callerToken(context);
  return { token, subject: writeSubject(context.defaultUserPoolId, token.username ?? token.sub) };
}
