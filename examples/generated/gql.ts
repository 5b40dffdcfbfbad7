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
    "\n  mutation ExampleAdminSetDepartment($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          department: attribute(name: \"custom:department\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n": typeof types.ExampleAdminSetDepartmentDocument,
    "\n  mutation ExampleUpdateMyName($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n": typeof types.ExampleUpdateMyNameDocument,
    "\n  query ExampleMe {\n    me {\n      username\n      attributes {\n        name\n        value\n      }\n    }\n  }\n": typeof types.ExampleMeDocument,
    "\n  query FrontendMyProfile {\n    me {\n      sub\n      username\n      givenName: attribute(name: \"given_name\")\n    }\n  }\n": typeof types.FrontendMyProfileDocument,
    "\n  mutation FrontendUpdateMyGivenName($givenName: String!) {\n    updateMyAttributes(input: { userAttributes: [{ name: \"given_name\", value: $givenName }] }) {\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          destination\n        }\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n": typeof types.FrontendUpdateMyGivenNameDocument,
    "\n  mutation FrontendAdminSetAttribute($username: String!, $name: String!, $value: String!) {\n    adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: $name, value: $value }] }\n    ) {\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n": typeof types.FrontendAdminSetAttributeDocument,
};
const documents: Documents = {
    "\n  mutation ExampleAdminSetDepartment($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          department: attribute(name: \"custom:department\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n": types.ExampleAdminSetDepartmentDocument,
    "\n  mutation ExampleUpdateMyName($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n": types.ExampleUpdateMyNameDocument,
    "\n  query ExampleMe {\n    me {\n      username\n      attributes {\n        name\n        value\n      }\n    }\n  }\n": types.ExampleMeDocument,
    "\n  query FrontendMyProfile {\n    me {\n      sub\n      username\n      givenName: attribute(name: \"given_name\")\n    }\n  }\n": types.FrontendMyProfileDocument,
    "\n  mutation FrontendUpdateMyGivenName($givenName: String!) {\n    updateMyAttributes(input: { userAttributes: [{ name: \"given_name\", value: $givenName }] }) {\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          destination\n        }\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n": types.FrontendUpdateMyGivenNameDocument,
    "\n  mutation FrontendAdminSetAttribute($username: String!, $name: String!, $value: String!) {\n    adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: $name, value: $value }] }\n    ) {\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n": types.FrontendAdminSetAttributeDocument,
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
export function graphql(source: "\n  mutation ExampleAdminSetDepartment($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          department: attribute(name: \"custom:department\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleAdminSetDepartment($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          department: attribute(name: \"custom:department\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleUpdateMyName($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleUpdateMyName($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleMe {\n    me {\n      username\n      attributes {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExampleMe {\n    me {\n      username\n      attributes {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontendMyProfile {\n    me {\n      sub\n      username\n      givenName: attribute(name: \"given_name\")\n    }\n  }\n"): (typeof documents)["\n  query FrontendMyProfile {\n    me {\n      sub\n      username\n      givenName: attribute(name: \"given_name\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FrontendUpdateMyGivenName($givenName: String!) {\n    updateMyAttributes(input: { userAttributes: [{ name: \"given_name\", value: $givenName }] }) {\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          destination\n        }\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FrontendUpdateMyGivenName($givenName: String!) {\n    updateMyAttributes(input: { userAttributes: [{ name: \"given_name\", value: $givenName }] }) {\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          destination\n        }\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FrontendAdminSetAttribute($username: String!, $name: String!, $value: String!) {\n    adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: $name, value: $value }] }\n    ) {\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FrontendAdminSetAttribute($username: String!, $name: String!, $value: String!) {\n    adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: $name, value: $value }] }\n    ) {\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;