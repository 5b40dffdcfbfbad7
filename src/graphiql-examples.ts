/**
 * The operations GraphiQL opens with, one tab each, so a newcomer can run both paths straight away.
 * Written against the embedded demo pool (users `admin` and `alice`).
 */

const RESULT_ERRORS = `... on CognitoError {
      code
      message
      retryable
    }`;

export const ADMIN_UPDATE_EXAMPLE = `# Admin path: the gateway calls AdminUpdateUserAttributes with its own IAM credentials.
# Needs an access token of a member of the admin group (filled in below for the demo admin).
mutation AdminSetDepartment {
  adminUpdateUserAttributes(
    input: {
      username: "alice"
      userAttributes: [{ name: "custom:department", value: "research" }]
    }
  ) {
    __typename
    ... on AdminUpdateUserAttributesSuccess {
      user {
        username
        department: attribute(name: "custom:department")
        attributes {
          name
          value
        }
      }
    }
    ${RESULT_ERRORS}
  }
}
`;

export const UPDATE_MY_ATTRIBUTES_EXAMPLE = `# User path: the gateway forwards the caller's access token to UpdateUserAttributes (no IAM).
mutation UpdateMyName {
  updateMyAttributes(
    input: { userAttributes: [{ name: "given_name", value: "Alice" }] }
  ) {
    __typename
    ... on UpdateMyAttributesSuccess {
      user {
        username
        givenName: attribute(name: "given_name")
      }
      codeDeliveryDetails {
        attributeName
        deliveryMedium
        destination
      }
    }
    ${RESULT_ERRORS}
  }
}
`;

export const ME_EXAMPLE = `# The signed-in user, read with their own access token (GetUser).
query Me {
  me {
    sub
    username
    attributes {
      name
      value
    }
  }
}
`;

export const ATTRIBUTE_DEFINITIONS_EXAMPLE = `# The pool's attributes as Cognito describes them, and which ones you may write.
# Run it with alice's header (the user path, her app client's WriteAttributes), then with the admin's.
query AttributeDefinitions {
  attributeDefinitions {
    name
    type
    mutable
    required
    minLength
    maxLength
    minValue
    maxValue
    writableByMe
    notWritableReason
  }
}
`;

export const USER_EXAMPLE = `# Admins only: any user by username, email alias or sub (AdminGetUser).
query UserByName {
  user(username: "alice") {
    sub
    username
    enabled
    status
    attributes {
      name
      value
    }
  }
}
`;

export const VERIFY_MY_ATTRIBUTE_EXAMPLE = `# After changing your email, confirm it with the code Cognito sent (VerifyUserAttribute).
# With the embedded Cognito, codes land in .cognito-local/deliveries.jsonl.
mutation VerifyMyEmail {
  verifyMyAttribute(input: { attributeName: "email", code: "123456" }) {
    __typename
    ... on VerifyMyAttributeSuccess {
      user {
        email: attribute(name: "email")
        emailVerified: attribute(name: "email_verified")
      }
    }
    ${RESULT_ERRORS}
  }
}
`;

export const RESEND_CODE_EXAMPLE = `# Send a new verification code (GetUserAttributeVerificationCode).
mutation ResendEmailCode {
  resendMyAttributeVerificationCode(input: { attributeName: "email" }) {
    __typename
    ... on ResendMyAttributeVerificationCodeSuccess {
      codeDeliveryDetails {
        attributeName
        deliveryMedium
        destination
      }
    }
    ${RESULT_ERRORS}
  }
}
`;

export const DELETE_MY_ATTRIBUTES_EXAMPLE = `# Delete your own attributes (DeleteUserAttributes).
mutation DeleteMyGivenName {
  deleteMyAttributes(input: { attributeNames: ["given_name"] }) {
    __typename
    ... on DeleteMyAttributesSuccess {
      user {
        attributes {
          name
          value
        }
      }
    }
    ${RESULT_ERRORS}
  }
}
`;

export const ADMIN_DELETE_EXAMPLE = `# Admins: delete any user's attributes (AdminDeleteUserAttributes).
mutation AdminDeleteDepartment {
  adminDeleteUserAttributes(input: { username: "alice", attributeNames: ["custom:department"] }) {
    __typename
    ... on AdminDeleteUserAttributesSuccess {
      user {
        username
        department: attribute(name: "custom:department")
      }
    }
    ${RESULT_ERRORS}
  }
}
`;

export const ADMIN_BULK_UPDATE_EXAMPLE = `# Admins: update many users; one result per item, in input order.
mutation AdminBulkDepartments {
  adminUpdateUsersAttributes(
    input: {
      updates: [
        { username: "alice", userAttributes: [{ name: "custom:department", value: "research" }] }
        { username: "admin", userAttributes: [{ name: "custom:department", value: "operations" }] }
      ]
    }
  ) {
    __typename
    ... on AdminUpdateUsersAttributesSuccess {
      results {
        __typename
        ... on AdminUpdateUserAttributesSuccess {
          user {
            username
            department: attribute(name: "custom:department")
          }
        }
        ${RESULT_ERRORS}
      }
    }
    ${RESULT_ERRORS}
  }
}
`;

export interface GraphiQLHeaders {
  admin: Record<string, string> | undefined;
  user: Record<string, string> | undefined;
}

export function graphiqlTabs(headers: GraphiQLHeaders) {
  const json = (value: Record<string, string> | undefined) => (value ? JSON.stringify(value, null, 2) : null);
  return [
    { query: ADMIN_UPDATE_EXAMPLE, headers: json(headers.admin) },
    { query: UPDATE_MY_ATTRIBUTES_EXAMPLE, headers: json(headers.user) },
    { query: ME_EXAMPLE, headers: json(headers.user) },
    { query: ATTRIBUTE_DEFINITIONS_EXAMPLE, headers: json(headers.user) },
    { query: USER_EXAMPLE, headers: json(headers.admin) },
    { query: VERIFY_MY_ATTRIBUTE_EXAMPLE, headers: json(headers.user) },
    { query: RESEND_CODE_EXAMPLE, headers: json(headers.user) },
    { query: DELETE_MY_ATTRIBUTES_EXAMPLE, headers: json(headers.user) },
    { query: ADMIN_DELETE_EXAMPLE, headers: json(headers.admin) },
    { query: ADMIN_BULK_UPDATE_EXAMPLE, headers: json(headers.admin) },
  ];
}
