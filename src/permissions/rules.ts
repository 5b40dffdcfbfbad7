import { GraphQLError } from "graphql";
import { perFieldRule, perRequestRule } from "./graphql-shield.js";
import type { Principal } from "../auth/principal.js";
import type { GatewayContext } from "../context.js";
import { isWellFormedUserPoolId } from "../validation/attribute-writes.js";

/**
 * Permission rules. Each answers `true` or the GraphQLError the caller sees: UNAUTHENTICATED when
 * there is no usable token, FORBIDDEN when the token is fine but not allowed here. Cached per request
 * because every rule starts from the same principal.
 */

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

function authenticationProblem(principal: Principal): GraphQLError | undefined {
  switch (principal.kind) {
    case "anonymous":
      return unauthenticated("Authentication required: send 'Authorization: Bearer <Cognito access token>'");
    case "invalid":
      return unauthenticated(principal.reason);
    case "unavailable":
      // Not UNAUTHENTICATED: the token may be fine, and signing in again would not help.
      return new GraphQLError(principal.reason, {
        extensions: { code: "SIGNING_KEYS_UNAVAILABLE", retryable: true },
      });
    case "authenticated":
      return undefined;
  }
}

/**
 * A verified access token whose `cognito:groups` holds the admin group, which Cognito confirmed
 * within the recheck interval (see src/auth/admin-confirmation.ts), or a machine token with an admin scope.
 */
export const isAdmin = perRequestRule(async (_parent, _args, context: GatewayContext) => {
  const principal = await context.principal();
  const problem = authenticationProblem(principal);
  if (problem) return problem;
  if (principal.kind === "authenticated" && principal.isAdmin) return true;
  return forbidden(
    (principal.kind === "authenticated" ? principal.adminDenial : undefined) ??
      "This operation is for administrators: the access token is not in the admin group",
  );
});

/** A verified user access token carrying the `aws.cognito.signin.user.admin` scope. */
export const isSignedInUser = perRequestRule(async (_parent, _args, context: GatewayContext) => {
  const principal = await context.principal();
  const problem = authenticationProblem(principal);
  if (problem) return problem;
  if (principal.kind === "authenticated" && principal.isUser) return true;
  return forbidden(
    "This operation is for signed-in users: the access token lacks the aws.cognito.signin.user.admin scope",
  );
});

/** Any verified access token: a user or a machine client. Entity reads decide per entity below. */
export const isAuthenticated = perRequestRule(async (_parent, _args, context: GatewayContext) => {
  return authenticationProblem(await context.principal()) ?? true;
});

/**
 * Who may read the subgraph SDL (`_service`): anyone with `FEDERATION_SDL=public`; otherwise a caller
 * with a verified access token, or a router presenting the configured secret (`x-router-secret`).
 */
export const canReadSdl = perRequestRule(async (_parent, _args, context: GatewayContext) => {
  const { sdl } = context.federation;
  if (sdl.access === "public" || sdl.routerSecret === "matches") return true;
  if (sdl.routerSecret === "wrong") {
    return unauthenticated(
      "The x-router-secret header does not match the gateway's FEDERATION_ROUTER_SECRET",
    );
  }
  const principal = await context.principal();
  if (principal.kind === "anonymous") {
    return unauthenticated(
      "The subgraph SDL is not public here (FEDERATION_SDL=token): send 'Authorization: Bearer <Cognito access token>' or the router's x-router-secret header",
    );
  }
  return authenticationProblem(principal) ?? true;
});

/**
 * Per-entity check for federation references, where one request asks for many users: an admin may
 * read anyone, a user only themselves. Returns the error for this entity, or undefined when allowed.
 */
export function checkSelfOrAdmin(principal: Principal, sub: string): GraphQLError | undefined {
  const problem = authenticationProblem(principal);
  if (problem) return problem;
  if (principal.kind !== "authenticated") return undefined;
  if (principal.isAdmin || (principal.isUser && principal.token.sub === sub)) return undefined;
  return forbidden("Only an administrator or the user themselves may read this user's attributes");
}

/**
 * The admin path acts only on allow-listed pools, so a stolen admin token cannot aim the gateway's
 * IAM credentials at any other pool in the account (confused deputy). Reads `userPoolId` from the
 * field's arguments or its `input`; absent means the default pool.
 */
export const isAllowedPool = perFieldRule(
  async (
    _parent,
    args: { userPoolId?: unknown; input?: { userPoolId?: unknown } },
    context: GatewayContext,
  ) => {
    const requested = args.input?.userPoolId ?? args.userPoolId;
    if (requested === undefined || requested === null) return true;
    // A malformed id can never reach Cognito: input validation answers it as InvalidParameter.
    if (!isWellFormedUserPoolId(String(requested))) return true;
    if (context.allowedUserPoolIds.has(String(requested))) return true;
    return forbidden(
      `The gateway is not allowed to act on user pool ${JSON.stringify(String(requested).slice(0, 60))}`,
    );
  },
);

/** The entity types this subgraph resolves. */
const ENTITY_TYPES: ReadonlySet<string> = new Set(["User"]);

/**
 * Federation references must name an entity this subgraph owns. Refused up front: a foreign
 * `__typename` makes the federation library abandon the list half-way, with the other references'
 * answers left pending.
 */
export const hasKnownEntityTypes = perFieldRule(async (_parent, args: { representations?: unknown }) => {
  const representations = Array.isArray(args.representations) ? args.representations : [];
  const unknown = representations
    .map((representation: unknown) =>
      typeof representation === "object" && representation !== null
        ? (representation as { __typename?: unknown }).__typename
        : undefined,
    )
    .filter((typename) => typeof typename !== "string" || !ENTITY_TYPES.has(typename));
  if (unknown.length === 0) return true;
  return new GraphQLError(
    `_entities resolves only ${[...ENTITY_TYPES].join(", ")} references; got __typename ${JSON.stringify(String(unknown[0]).slice(0, 60))}`,
    { extensions: { code: "BAD_USER_INPUT" } },
  );
});
