/**
 * A small typed client: calls both mutations (and `me`) against a running gateway and handles every
 * member of each result union. The documents are typed by the project's codegen (`npm run codegen`
 * writes examples/generated/), so a schema change that adds or renames a member fails to compile here.
 *
 *   GATEWAY_URL=http://127.0.0.1:4000/graphql ADMIN_TOKEN=… USER_TOKEN=… npm run example
 */
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "./generated/index.js";
import type { ExampleAdminSetDepartmentMutation, ExampleUpdateMyNameMutation } from "./generated/graphql.js";

const AdminSetDepartment = graphql(`
  mutation ExampleAdminSetDepartment($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on AdminUpdateUserAttributesSuccess {
        user {
          username
          department: attribute(name: "custom:department")
        }
      }
      ... on CognitoError {
        code
        message
        retryable
      }
    }
  }
`);

const UpdateMyName = graphql(`
  mutation ExampleUpdateMyName($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on UpdateMyAttributesSuccess {
        user {
          username
          givenName: attribute(name: "given_name")
        }
        codeDeliveryDetails {
          attributeName
          destination
        }
      }
      ... on CognitoError {
        code
        message
        retryable
      }
    }
  }
`);

const Me = graphql(`
  query ExampleMe {
    me {
      username
      attributes {
        name
        value
      }
    }
  }
`);

interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function request<Data, Variables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  token: string,
): Promise<Data> {
  const url = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000/graphql";
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as GraphQLResponse<Data>;
  if (body.errors?.length || !body.data) {
    // Top-level errors are not Cognito verdicts: authentication, permissions, limits, or an outage.
    const reasons = (body.errors ?? []).map(
      (error) => `${error.extensions?.code ?? "ERROR"}: ${error.message}`,
    );
    throw new Error(`request failed: ${reasons.join("; ") || `HTTP ${response.status}`}`);
  }
  return body.data;
}

/** Fails to compile when a union gains a member this client does not handle. */
function unhandled(member: never): never {
  throw new Error(`unhandled result: ${JSON.stringify(member)}`);
}

type AdminResult = ExampleAdminSetDepartmentMutation["adminUpdateUserAttributes"];
type UserResult = ExampleUpdateMyNameMutation["updateMyAttributes"];

/** Every union member, by name: what the client tells its user. Returns whether it succeeded. */
function describeAdminResult(result: AdminResult): boolean {
  switch (result.__typename) {
    case "AdminUpdateUserAttributesSuccess":
      console.log(
        `admin: ${result.user.username} is now in department ${result.user.department ?? "(none)"}`,
      );
      return true;
    case "CognitoUserNotFoundError":
      console.log(`admin: no such user (${result.message})`);
      return false;
    case "CognitoInvalidParameterError":
      console.log(`admin: invalid input: ${result.message}`);
      return false;
    case "CognitoNotAuthorizedError":
      console.log(`admin: not allowed: ${result.message}`);
      return false;
    case "CognitoTooManyRequestsError":
    case "CognitoInternalError":
      console.log(`admin: try again later (${result.code}, retryable: ${result.retryable})`);
      return false;
    case "CognitoAliasExistsError":
    case "CognitoInvalidEmailRoleAccessPolicyError":
    case "CognitoInvalidLambdaResponseError":
    case "CognitoInvalidSmsRoleAccessPolicyError":
    case "CognitoInvalidSmsRoleTrustRelationshipError":
    case "CognitoOperationNotEnabledError":
    case "CognitoResourceNotFoundError":
    case "CognitoUnexpectedLambdaError":
    case "CognitoUserLambdaValidationError":
      console.log(`admin: Cognito refused: ${result.code}: ${result.message}`);
      return false;
    default:
      return unhandled(result);
  }
}

function describeUserResult(result: UserResult): boolean {
  switch (result.__typename) {
    case "UpdateMyAttributesSuccess": {
      const codes = result.codeDeliveryDetails.map(
        (details) => `${details.attributeName} → ${details.destination}`,
      );
      console.log(
        `user: ${result.user.username} now has given_name ${result.user.givenName ?? "(none)"}` +
          (codes.length > 0 ? `; verification codes sent: ${codes.join(", ")}` : ""),
      );
      return true;
    }
    case "CognitoInvalidParameterError":
    case "CognitoNotAuthorizedError":
      console.log(`user: refused: ${result.message}`);
      return false;
    case "CognitoCodeDeliveryFailureError":
    case "CognitoCodeMismatchError":
    case "CognitoExpiredCodeError":
      console.log(`user: verification problem: ${result.code}`);
      return false;
    case "CognitoTooManyRequestsError":
    case "CognitoInternalError":
      console.log(`user: try again later (${result.code}, retryable: ${result.retryable})`);
      return false;
    case "CognitoAliasExistsError":
    case "CognitoForbiddenError":
    case "CognitoInvalidEmailRoleAccessPolicyError":
    case "CognitoInvalidLambdaResponseError":
    case "CognitoInvalidSmsRoleAccessPolicyError":
    case "CognitoInvalidSmsRoleTrustRelationshipError":
    case "CognitoOperationNotEnabledError":
    case "CognitoPasswordResetRequiredError":
    case "CognitoResourceNotFoundError":
    case "CognitoUnexpectedLambdaError":
    case "CognitoUserLambdaValidationError":
    case "CognitoUserNotConfirmedError":
    case "CognitoUserNotFoundError":
      console.log(`user: Cognito refused: ${result.code}: ${result.message}`);
      return false;
    default:
      return unhandled(result);
  }
}

async function main(): Promise<void> {
  const adminToken = process.env.ADMIN_TOKEN;
  const userToken = process.env.USER_TOKEN;
  if (!adminToken || !userToken) {
    throw new Error("Set ADMIN_TOKEN and USER_TOKEN (npm start prints both) and, if needed, GATEWAY_URL");
  }
  const target = process.env.TARGET_USERNAME ?? "alice";

  const admin = await request(
    AdminSetDepartment,
    { input: { username: target, userAttributes: [{ name: "custom:department", value: "research" }] } },
    adminToken,
  );
  const user = await request(
    UpdateMyName,
    { input: { userAttributes: [{ name: "given_name", value: "Alice" }] } },
    userToken,
  );
  const me = await request(Me, {}, userToken);
  console.log(`me: ${me.me?.username ?? "(nobody)"} with ${me.me?.attributes.length ?? 0} attributes`);

  // A refused write is a handled outcome too: the client shows the member it got.
  const refused = await request(
    AdminSetDepartment,
    { input: { username: target, userAttributes: [{ name: "department", value: "x" }] } },
    adminToken,
  );

  // Each outcome is printed, whatever the others were.
  const adminOk = describeAdminResult(admin.adminUpdateUserAttributes);
  const userOk = describeUserResult(user.updateMyAttributes);
  const refusedAsExpected =
    !describeAdminResult(refused.adminUpdateUserAttributes) &&
    refused.adminUpdateUserAttributes.__typename === "CognitoInvalidParameterError";
  const ok = adminOk && userOk;
  process.exitCode = ok && refusedAsExpected ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
