import { GraphQLError, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { allow, and, deny, shield } from "./graphql-shield.js";
import {
  canReadSdl,
  hasKnownEntityTypes,
  isAdmin,
  isAllowedPool,
  isAuthenticated,
  isSignedInUser,
} from "./rules.js";

/**
 * Who may call what. Every root field is denied unless listed here; fields below the root inherit
 * the decision of the root field that reached them.
 */
export const permissions = shield(
  {
    Query: {
      "*": deny,
      me: isSignedInUser,
      attributeDefinitions: isAuthenticated,
      user: and(isAdmin, isAllowedPool),
      // Federation: the router reads the SDL (FEDERATION_SDL), and resolves User references per entity
      // (checkSelfOrAdmin).
      _service: canReadSdl,
      _entities: and(isAuthenticated, hasKnownEntityTypes),
    },
    Mutation: {
      "*": deny,
      adminUpdateUserAttributes: and(isAdmin, isAllowedPool),
      adminUpdateUsersAttributes: and(isAdmin, isAllowedPool),
      adminDeleteUserAttributes: and(isAdmin, isAllowedPool),
      updateMyAttributes: isSignedInUser,
      deleteMyAttributes: isSignedInUser,
      verifyMyAttribute: isSignedInUser,
      resendMyAttributeVerificationCode: isSignedInUser,
    },
  },
  {
    fallbackRule: allow,
    // Resolver errors (masked or typed) must reach the caller as they are, not as "Not Authorised!".
    allowExternalErrors: true,
    fallbackError: () =>
      new GraphQLError("This field is not exposed by the gateway's permissions", {
        extensions: { code: "FORBIDDEN" },
      }),
  },
);

/**
 * Applies the permissions to the root fields only. Every decision is made at the root (nested fields
 * inherit it), and shield would otherwise wrap every field of every type in an `allow` middleware:
 * measurable per field on wide payloads such as fifty federated users (bench/RESULTS.md).
 */
export function protectSchema(schema: GraphQLSchema): GraphQLSchema {
  const middleware = permissions.generate(schema) as Record<string, unknown>;
  const rootTypes = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? [type.name] : [],
  );
  return applyMiddleware(schema, Object.fromEntries(rootTypes.map((name) => [name, middleware[name]])));
}
