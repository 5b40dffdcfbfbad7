import { GraphQLError } from "graphql";
import type { VerifiedAccessToken } from "../auth/access-token-verifier.js";
import { CognitoServiceError, UserNotFoundError } from "../cognito/errors.js";
import type { CognitoUser, UserAttribute } from "../cognito/types.js";
import type { GatewayContext } from "../context.js";
import { checkSelfOrAdmin } from "../permissions/rules.js";
import { userWriteSubject } from "../quota/governor.js";
import { checkUsername, checkUserPoolId } from "../validation/attribute-writes.js";
import { builder } from "./builder.js";

export const UserAttributeType = builder.objectRef<UserAttribute>("UserAttribute").implement({
  description: "One attribute as Cognito holds it. Every value is a string; booleans read `true`/`false`.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "e.g. `email` or `custom:department`." }),
    value: t.exposeString("value", {
      description: "The value as a string; never empty (a blank write deletes).",
    }),
  }),
});

export const UserType = builder.objectRef<CognitoUser>("User").implement({
  description: "A Cognito user as Cognito holds it at the time of the read.",
  fields: (t) => ({
    sub: t.exposeID("sub", { description: "The user's immutable unique id (the `sub` attribute)." }),
    username: t.exposeString("username", {
      description: "The username, which never changes. Sign-in aliases are attributes.",
    }),
    attributes: t.field({
      type: [UserAttributeType],
      description:
        "Every attribute the read returned. Read with the user's own token, only those their app client may read.",
      resolve: (user) => user.attributes,
    }),
    attribute: t.string({
      nullable: true,
      description: "The value of one attribute by name, or null when the user has none.",
      args: { name: t.arg.string({ description: "e.g. `email` or `custom:department`." }) },
      resolve: (user, { name }) =>
        user.attributes.find((attribute) => attribute.name === name)?.value ?? null,
    }),
    enabled: t.boolean({
      nullable: true,
      description:
        "Whether the user may sign in. Null when read with the user's own token (GetUser omits it).",
      resolve: (user) => user.enabled ?? null,
    }),
    status: t.string({
      nullable: true,
      description:
        "Cognito's UserStatus, e.g. CONFIRMED or FORCE_CHANGE_PASSWORD. Null on the user's own read.",
      resolve: (user) => user.status ?? null,
    }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the user was created. Null on the user's own read.",
      resolve: (user) => user.createdAt ?? null,
    }),
    lastModifiedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the user was last modified. Null on the user's own read.",
      resolve: (user) => user.lastModifiedAt ?? null,
    }),
  }),
});

builder.asEntity(UserType, {
  key: builder.selection<{ sub: string }>("sub"),
  resolveReference: async ({ sub }, context) => {
    const principal = await context.principal();
    const denied = checkSelfOrAdmin(principal, sub);
    if (denied) throw denied;
    // A user reading themselves gets what their app client may read (GetUser), as with `me`.
    if (principal.kind === "authenticated" && !principal.isAdmin)
      return loadSelf(context, principal.token.raw);
    try {
      return await context.loaders.userBySub.load({ userPoolId: context.defaultUserPoolId, sub });
    } catch (error) {
      throw toReadError(error);
    }
  },
});

/**
 * Reads are not errors-as-data: a documented Cognito exception becomes a top-level error whose
 * `extensions.code` is the exception name. Anything else stays untouched for yoga to mask.
 */
export function toReadError(error: unknown): unknown {
  if (error instanceof CognitoServiceError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, retryable: error.retryable } });
  }
  return error;
}

/** Loads a user through the request's loader; null when Cognito says the user does not exist. */
export async function loadUser(
  context: GatewayContext,
  key: { userPoolId: string; username: string },
): Promise<CognitoUser | null> {
  try {
    return await context.loaders.userByName.load(key);
  } catch (error) {
    throw toReadError(error);
  }
}

/** Loads the target of an admin write, which must exist for the payload to make sense. */
export async function loadExistingUser(
  context: GatewayContext,
  key: { userPoolId: string; username: string },
): Promise<CognitoUser> {
  const user = await loadUser(context, key);
  if (!user) throw toReadError(new UserNotFoundError("User does not exist."));
  return user;
}

/**
 * The real username an admin write goes to, read first (AdminGetUser, through the request's loader)
 * whatever the caller named the user by: username, email or phone alias, or sub. Two reasons:
 * - Cognito limits writes per user, so the per-user write budget (`userWriteSubject`) is keyed by the
 *   username; keyed by the name as given, one user addressed by username, sub and alias would get
 *   three budgets and three times the rate Cognito allows.
 * - A write that changes an alias attribute would orphan the very alias the caller used, so the
 *   write and the read-back of its payload use the username.
 * The read costs one UserRead token (120/s) per write, against UserUpdate's 25/s.
 * Throws UserNotFoundError (a union member) without writing when nobody answers to the name.
 */
export async function adminWriteTarget(
  context: GatewayContext,
  key: { userPoolId: string; username: string },
): Promise<string> {
  const user = await context.loaders.userByName.load(key);
  if (!user) throw new UserNotFoundError("User does not exist.");
  return user.username;
}

/**
 * The per-user write budget of the caller's own profile, the same one admin writes to them draw on:
 * user tokens come from the default pool's issuer, and their `username` claim is the real username.
 */
export function ownWriteSubject(context: GatewayContext, caller: VerifiedAccessToken): string {
  return userWriteSubject(context.defaultUserPoolId, caller.username ?? caller.sub);
}

/** Success payloads carry a `kind` so union members with similar shapes never get confused. */
export function isKind(value: unknown, kind: string): boolean {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === kind;
}

/** Loads the caller with their own access token (GetUser). */
export async function loadSelf(context: GatewayContext, accessToken: string): Promise<CognitoUser> {
  try {
    return await context.loaders.userByAccessToken.load(accessToken);
  } catch (error) {
    throw toReadError(error);
  }
}

/** The caller's verified token. Only reached after the permission rules admitted an authenticated caller. */
export async function callerToken(context: GatewayContext): Promise<VerifiedAccessToken> {
  const principal = await context.principal();
  if (principal.kind !== "authenticated") {
    throw new GraphQLError("Authentication required", { extensions: { code: "UNAUTHENTICATED" } });
  }
  return principal.token;
}

builder.queryFields((t) => ({
  me: t.field({
    type: UserType,
    nullable: true,
    description: "The signed-in user, read from Cognito with their own access token (GetUser).",
    resolve: async (_root, _args, context) => loadSelf(context, (await callerToken(context)).raw),
  }),
  user: t.field({
    type: UserType,
    nullable: true,
    description:
      "Admins only: any user of an allowed pool (AdminGetUser). Null when the user does not exist.",
    args: {
      userPoolId: t.arg.id({ required: false, description: "Defaults to the gateway's configured pool." }),
      username: t.arg.string({ description: "The username, an alias (email/phone) or the sub." }),
    },
    resolve: async (_root, args, context) => {
      const userPoolId = args.userPoolId ? String(args.userPoolId) : context.defaultUserPoolId;
      try {
        checkUserPoolId(userPoolId);
        checkUsername(args.username);
      } catch (error) {
        throw toReadError(error);
      }
      return loadUser(context, { userPoolId, username: args.username });
    },
  }),
}));
