/**
 * The documents the two frontend examples (Apollo Client and urql) send, typed by codegen
 * (`npm run codegen` → examples/generated/). Each also gets a sha256 hash and a line in
 * examples/generated/persisted-documents.json, the manifest a gateway with TRUSTED_DOCUMENTS runs.
 */
import { graphql } from "../generated/index.js";

export const MyProfile = graphql(`
  query FrontendMyProfile {
    me {
      sub
      username
      givenName: attribute(name: "given_name")
    }
  }
`);

export const UpdateMyGivenName = graphql(`
  mutation FrontendUpdateMyGivenName($givenName: String!) {
    updateMyAttributes(input: { userAttributes: [{ name: "given_name", value: $givenName }] }) {
      ... on UpdateMyAttributesSuccess {
        user {
          sub
          username
          givenName: attribute(name: "given_name")
        }
        codeDeliveryDetails {
          attributeName
          destination
        }
      }
      ... on CognitoTooManyRequestsError {
        retryAfterSeconds
      }
      ... on CognitoError {
        code
        message
        retryable
      }
    }
  }
`);

/** The README's admin example: the admin path, with a Cognito verdict as data. */
export const AdminSetAttribute = graphql(`
  mutation FrontendAdminSetAttribute($username: String!, $name: String!, $value: String!) {
    adminUpdateUserAttributes(
      input: { username: $username, userAttributes: [{ name: $name, value: $value }] }
    ) {
      ... on AdminUpdateUserAttributesSuccess {
        user {
          sub
          username
          attributes {
            name
            value
          }
        }
      }
      ... on CognitoTooManyRequestsError {
        retryAfterSeconds
      }
      ... on CognitoError {
        code
        message
        retryable
      }
    }
  }
`);
