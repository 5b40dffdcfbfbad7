import { createRequire } from "node:module";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import type { IRules } from "graphql-shield";
import type { GatewayContext } from "../context.js";

/*
 * Every place this project bends graphql-shield, and why. The permission map (shield.ts) and the
 * rules (rules.ts) use shield only through this file; ESLint keeps `graphql-shield` imports here.
 */

/**
 * Loaded through its CommonJS build. Its ES module build imports `isUndefined` from `util`, which
 * Node 23 removed, so it fails to load on Node 24; the CommonJS build only looks the function up
 * inside `chain` and `race`, which this project does not use.
 */
const shieldModule = createRequire(import.meta.url)("graphql-shield") as typeof import("graphql-shield");

export const { allow, and, deny } = shieldModule;

type RuleFunction<Args> = (
  parent: unknown,
  args: Args,
  context: GatewayContext,
) => Promise<true | GraphQLError>;

/**
 * A rule that depends on the caller only, decided once per request. Shield's default is `no_cache`
 * (run again for every field that names it); `contextual` keeps the first answer in the request's
 * context (`context._shield.cache`, keyed by the rule alone), so `and(isAdmin, isAllowedPool)` on
 * three aliased mutations checks the principal once.
 *
 * Rules answer `true` or the GraphQLError the caller sees, and never throw: shield turns a thrown
 * error (and a plain `false`) into its fallback error, which would hide why the caller was refused.
 */
export function perRequestRule<Args = unknown>(check: RuleFunction<Args>) {
  return shieldModule.rule({ cache: "contextual" })(check);
}

/**
 * A rule that reads the field's arguments, decided for each field. Not `contextual`: that cache is
 * keyed by the rule alone, so two aliased fields aiming at different pools would share the first
 * field's answer. Not `strict` either: it hashes parent and arguments (object-hash) on every field
 * to build its key, more work than these checks.
 */
export function perFieldRule<Args = unknown>(check: RuleFunction<Args>) {
  return shieldModule.rule({ cache: "no_cache" })(check);
}

/**
 * Shield's options, each different from its default for a reason:
 * - `allowExternalErrors`: by default shield catches what a resolver throws and answers
 *   "Not Authorised!" instead, so a typed Cognito error (or the masked unexpected error) would
 *   reach the caller as a permission refusal.
 * - `fallbackError`: the default is a bare `Error("Not Authorised!")` with no code; a refusal the
 *   rules did not word themselves (a rule that threw or answered `false`) gets a FORBIDDEN code.
 * - `fallbackRule: allow` (shield's default, stated): fields with no rule of their own are allowed,
 *   which is safe because `"*": deny` closes each root type and nested fields inherit the root
 *   decision (see `protectRootFields`).
 * - `debug: false` (the default, stated): with it on, shield rethrows what a rule throws, unmasked.
 */
const SHIELD_OPTIONS = {
  fallbackRule: allow,
  allowExternalErrors: true,
  debug: false,
  fallbackError: () =>
    new GraphQLError("This field is not exposed by the gateway's permissions", {
      extensions: { code: "FORBIDDEN" },
    }),
};

/** The permission map as shield middleware, with this project's options. */
export function permissionsShield(rules: IRules) {
  return shieldModule.shield(rules, SHIELD_OPTIONS);
}

/**
 * Applies the permissions to the root fields only. Every decision is made at the root (nested fields
 * inherit it), and shield would otherwise wrap every field of every type in an `allow` middleware:
 * measurable per field on wide payloads such as fifty federated users (bench/RESULTS.md).
 *
 * Federation's `_entities` is one root field for many references, so a root rule can only say "a
 * verified caller asking for known types"; who may read which user is checked per reference in the
 * entity resolver (`checkSelfOrAdmin`, src/schema/user.ts), so one refused reference is that
 * entity's error and the others still resolve.
 *
 * A refusal at the root is a top-level error with the field null, not a member of the payload
 * union: the unions carry Cognito's answers (errors as data), the refusal says the call never ran.
 */
export function protectRootFields(schema: GraphQLSchema, permissions: ReturnType<typeof permissionsShield>) {
  const middleware = permissions.generate(schema) as Record<string, unknown>;
  const rootTypes = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? [type.name] : [],
  );
  return applyMiddleware(schema, Object.fromEntries(rootTypes.map((name) => [name, middleware[name]])));
}
