import type { GraphQLSchema } from "graphql";
import { and, deny, permissionsShield, protectRootFields } from "./graphql-shield.js";
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
export const permissions = permissionsShield({
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
});

/** The schema with the permissions applied to its root fields (graphql-shield.ts says how and why). */
export function protectSchema(schema: GraphQLSchema): GraphQLSchema {
  return protectRootFields(schema, permissions);
}
