/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Federation_AdminUpdateUserAttributes($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.Federation_AdminUpdateUserAttributesDocument,
    "\n  mutation Federation_UpdateMyAttributes($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.Federation_UpdateMyAttributesDocument,
    "\n  mutation AdminUpdateIt_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n": typeof types.AdminUpdateIt_UpdateDocument,
    "\n  query AdminUpdateIt_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n      username\n      email: attribute(name: \"email\")\n      enabled\n      status\n    }\n  }\n": typeof types.AdminUpdateIt_UserDocument,
    "\n  mutation AuthenticationIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AuthenticationIt_UpdateMineDocument,
    "\n  mutation AuthenticationIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AuthenticationIt_AdminUpdateDocument,
    "\n  query AuthenticationIt_Me {\n    me {\n      sub\n      username\n      department: attribute(name: \"custom:department\")\n    }\n  }\n": typeof types.AuthenticationIt_MeDocument,
    "\n  query AuthenticationIt_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": typeof types.AuthenticationIt_UserDocument,
    "\n  mutation CognitoExceptions_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.CognitoExceptions_AdminUpdateDocument,
    "\n  mutation CognitoExceptions_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.CognitoExceptions_UpdateMineDocument,
    "\n  mutation InputValidation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InputValidation_AdminUpdateDocument,
    "\n  mutation InputValidation_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InputValidation_UpdateMineDocument,
    "\n  query ReadErrors_User($username: String!) {\n    user(username: $username) {\n      username\n      attribute(name: \"email\")\n    }\n  }\n": typeof types.ReadErrors_UserDocument,
    "\n  query ReadErrors_Me {\n    me {\n      username\n    }\n  }\n": typeof types.ReadErrors_MeDocument,
    "\n  mutation ReadErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": typeof types.ReadErrors_AdminUpdateDocument,
    "\n  mutation ReadErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": typeof types.ReadErrors_UpdateMineDocument,
    "\n  mutation UnexpectedErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UnexpectedErrors_AdminUpdateDocument,
    "\n  mutation UnexpectedErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UnexpectedErrors_UpdateMineDocument,
    "\n  query UnexpectedErrors_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": typeof types.UnexpectedErrors_UserDocument,
    "\n  query UnexpectedErrors_Me {\n    me {\n      username\n    }\n  }\n": typeof types.UnexpectedErrors_MeDocument,
    "\n  mutation UpdateMyAttributesIt_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateMyAttributesIt_UpdateDocument,
    "\n  query UpdateMyAttributesIt_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n      department: attribute(name: \"custom:department\")\n    }\n  }\n": typeof types.UpdateMyAttributesIt_MeDocument,
    "\n  mutation UserLoaders_AdminUpdateTwice($username: String!) {\n    first: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"First\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n    second: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"Second\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n  }\n": typeof types.UserLoaders_AdminUpdateTwiceDocument,
};
const documents: Documents = {
    "\n  mutation Federation_AdminUpdateUserAttributes($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.Federation_AdminUpdateUserAttributesDocument,
    "\n  mutation Federation_UpdateMyAttributes($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.Federation_UpdateMyAttributesDocument,
    "\n  mutation AdminUpdateIt_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n": types.AdminUpdateIt_UpdateDocument,
    "\n  query AdminUpdateIt_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n      username\n      email: attribute(name: \"email\")\n      enabled\n      status\n    }\n  }\n": types.AdminUpdateIt_UserDocument,
    "\n  mutation AuthenticationIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.AuthenticationIt_UpdateMineDocument,
    "\n  mutation AuthenticationIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.AuthenticationIt_AdminUpdateDocument,
    "\n  query AuthenticationIt_Me {\n    me {\n      sub\n      username\n      department: attribute(name: \"custom:department\")\n    }\n  }\n": types.AuthenticationIt_MeDocument,
    "\n  query AuthenticationIt_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": types.AuthenticationIt_UserDocument,
    "\n  mutation CognitoExceptions_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.CognitoExceptions_AdminUpdateDocument,
    "\n  mutation CognitoExceptions_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.CognitoExceptions_UpdateMineDocument,
    "\n  mutation InputValidation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.InputValidation_AdminUpdateDocument,
    "\n  mutation InputValidation_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.InputValidation_UpdateMineDocument,
    "\n  query ReadErrors_User($username: String!) {\n    user(username: $username) {\n      username\n      attribute(name: \"email\")\n    }\n  }\n": types.ReadErrors_UserDocument,
    "\n  query ReadErrors_Me {\n    me {\n      username\n    }\n  }\n": types.ReadErrors_MeDocument,
    "\n  mutation ReadErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": types.ReadErrors_AdminUpdateDocument,
    "\n  mutation ReadErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": types.ReadErrors_UpdateMineDocument,
    "\n  mutation UnexpectedErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.UnexpectedErrors_AdminUpdateDocument,
    "\n  mutation UnexpectedErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.UnexpectedErrors_UpdateMineDocument,
    "\n  query UnexpectedErrors_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": types.UnexpectedErrors_UserDocument,
    "\n  query UnexpectedErrors_Me {\n    me {\n      username\n    }\n  }\n": types.UnexpectedErrors_MeDocument,
    "\n  mutation UpdateMyAttributesIt_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n": types.UpdateMyAttributesIt_UpdateDocument,
    "\n  query UpdateMyAttributesIt_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n      department: attribute(name: \"custom:department\")\n    }\n  }\n": types.UpdateMyAttributesIt_MeDocument,
    "\n  mutation UserLoaders_AdminUpdateTwice($username: String!) {\n    first: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"First\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n    second: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"Second\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n  }\n": types.UserLoaders_AdminUpdateTwiceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Federation_AdminUpdateUserAttributes($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Federation_AdminUpdateUserAttributes($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Federation_UpdateMyAttributes($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Federation_UpdateMyAttributes($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateIt_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateIt_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUpdateIt_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n      username\n      email: attribute(name: \"email\")\n      enabled\n      status\n    }\n  }\n"): (typeof documents)["\n  query AdminUpdateIt_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n      username\n      email: attribute(name: \"email\")\n      enabled\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthenticationIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AuthenticationIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthenticationIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthenticationIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthenticationIt_Me {\n    me {\n      sub\n      username\n      department: attribute(name: \"custom:department\")\n    }\n  }\n"): (typeof documents)["\n  query AuthenticationIt_Me {\n    me {\n      sub\n      username\n      department: attribute(name: \"custom:department\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthenticationIt_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"): (typeof documents)["\n  query AuthenticationIt_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CognitoExceptions_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CognitoExceptions_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CognitoExceptions_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CognitoExceptions_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputValidation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InputValidation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputValidation_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InputValidation_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadErrors_User($username: String!) {\n    user(username: $username) {\n      username\n      attribute(name: \"email\")\n    }\n  }\n"): (typeof documents)["\n  query ReadErrors_User($username: String!) {\n    user(username: $username) {\n      username\n      attribute(name: \"email\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadErrors_Me {\n    me {\n      username\n    }\n  }\n"): (typeof documents)["\n  query ReadErrors_Me {\n    me {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnexpectedErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnexpectedErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnexpectedErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnexpectedErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnexpectedErrors_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"): (typeof documents)["\n  query UnexpectedErrors_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnexpectedErrors_Me {\n    me {\n      username\n    }\n  }\n"): (typeof documents)["\n  query UnexpectedErrors_Me {\n    me {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyAttributesIt_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyAttributesIt_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpdateMyAttributesIt_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n      department: attribute(name: \"custom:department\")\n    }\n  }\n"): (typeof documents)["\n  query UpdateMyAttributesIt_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n      department: attribute(name: \"custom:department\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserLoaders_AdminUpdateTwice($username: String!) {\n    first: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"First\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n    second: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"Second\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserLoaders_AdminUpdateTwice($username: String!) {\n    first: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"First\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n    second: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"Second\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;