/**
 * What a frontend tells its user for every member of the two result unions. The `switch`es are
 * checked for exhaustiveness: when the schema gains a member, this stops compiling until it is
 * handled. Both examples (Apollo Client, urql) share them, since they get the same typed data.
 */
import type {
  FrontendAdminSetAttributeMutation,
  FrontendUpdateMyGivenNameMutation,
} from "../generated/graphql.js";

type UpdateMyResult = FrontendUpdateMyGivenNameMutation["updateMyAttributes"];
type AdminResult = FrontendAdminSetAttributeMutation["adminUpdateUserAttributes"];

/** One line for the user, and whether the write went through. */
export interface Outcome {
  ok: boolean;
  /** The union member the gateway answered with. */
  member: string;
  line: string;
}

/** Fails to compile when a union gains a member this file does not handle. */
function unhandled(member: never): never {
  throw new Error(`unhandled result: ${JSON.stringify(member)}`);
}

const later = (result: { code: string; retryAfterSeconds?: number | null }) =>
  `try again ${result.retryAfterSeconds ? `in ${result.retryAfterSeconds} s` : "later"} (${result.code})`;

export function describeUpdateMyResult(result: UpdateMyResult): Outcome {
  const member = result.__typename;
  switch (result.__typename) {
    case "UpdateMyAttributesSuccess": {
      const codes = result.codeDeliveryDetails.map(
        (details) => `${details.attributeName} → ${details.destination}`,
      );
      const sent = codes.length > 0 ? `; verification codes sent: ${codes.join(", ")}` : "";
      return {
        ok: true,
        member,
        line: `${result.user.username} now has given_name ${result.user.givenName ?? "(none)"}${sent}`,
      };
    }
    case "CognitoInvalidParameterError":
    case "CognitoNotAuthorizedError":
      return { ok: false, member, line: `refused (${result.code}): ${result.message}` };
    case "CognitoCodeDeliveryFailureError":
    case "CognitoCodeMismatchError":
    case "CognitoExpiredCodeError":
      return { ok: false, member, line: `verification problem (${result.code}): ${result.message}` };
    case "CognitoTooManyRequestsError":
      return { ok: false, member, line: later(result) };
    case "CognitoInternalError":
      return { ok: false, member, line: later(result) };
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
      return { ok: false, member, line: `Cognito refused (${result.code}): ${result.message}` };
    default:
      return unhandled(result);
  }
}

export function describeAdminResult(result: AdminResult): Outcome {
  const member = result.__typename;
  switch (result.__typename) {
    case "AdminUpdateUserAttributesSuccess":
      return {
        ok: true,
        member,
        line: `${result.user.username} now has ${result.user.attributes.length} attributes`,
      };
    case "CognitoUserNotFoundError":
      return { ok: false, member, line: `no such user (${result.code}): ${result.message}` };
    case "CognitoInvalidParameterError":
    case "CognitoNotAuthorizedError":
      return { ok: false, member, line: `refused (${result.code}): ${result.message}` };
    case "CognitoTooManyRequestsError":
      return { ok: false, member, line: later(result) };
    case "CognitoInternalError":
      return { ok: false, member, line: later(result) };
    case "CognitoAliasExistsError":
    case "CognitoInvalidEmailRoleAccessPolicyError":
    case "CognitoInvalidLambdaResponseError":
    case "CognitoInvalidSmsRoleAccessPolicyError":
    case "CognitoInvalidSmsRoleTrustRelationshipError":
    case "CognitoOperationNotEnabledError":
    case "CognitoResourceNotFoundError":
    case "CognitoUnexpectedLambdaError":
    case "CognitoUserLambdaValidationError":
      return { ok: false, member, line: `Cognito refused (${result.code}): ${result.message}` };
    default:
      return unhandled(result);
  }
}
