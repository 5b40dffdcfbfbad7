import { AdminUpdateUserAttributesCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import { type CognitoDeps, toAttributeTypes, type UserAttribute } from "./types.js";

/**
 * The 14 exceptions Cognito documents for AdminUpdateUserAttributes:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateUserAttributes.html#API_AdminUpdateUserAttributes_Errors
 */
export const ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS = [
  "AliasExistsException",
  "InternalErrorException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UserLambdaValidationException",
  "UserNotFoundException",
] as const satisfies readonly CognitoExceptionName[];

export interface AdminUpdateUserAttributesInput {
  userPoolId: string;
  /** The username, an alias (email, phone) or the sub of a local user. */
  username: string;
  /** The target's per-user write budget (`adminWriteTarget`). */
  subject: string;
  /** A blank value deletes the attribute. */
  attributes: readonly UserAttribute[];
  clientMetadata: Record<string, string> | undefined;
}

/** Updates any user's attributes with the gateway's IAM credentials (SigV4). */
export async function adminUpdateUserAttributes(
  deps: CognitoDeps,
  input: AdminUpdateUserAttributesInput,
): Promise<void> {
  await callCognito(
    deps,
    {
      operation: "AdminUpdateUserAttributes",
      documented: ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS,
      subject: input.subject,
    },
    new AdminUpdateUserAttributesCommand({
      UserPoolId: input.userPoolId,
      Username: input.username,
      UserAttributes: toAttributeTypes(input.attributes),
      ClientMetadata: input.clientMetadata,
    }),
  );
}
