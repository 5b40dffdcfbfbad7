import { UpdateUserAttributesCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import {
  type CodeDeliveryDetails,
  type CognitoDeps,
  toAttributeTypes,
  toCodeDeliveryDetails,
  type UserAttribute,
} from "./types.js";

/**
 * The 20 exceptions Cognito documents for UpdateUserAttributes:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html#API_UpdateUserAttributes_Errors
 */
export const UPDATE_USER_ATTRIBUTES_EXCEPTIONS = [
  "AliasExistsException",
  "CodeDeliveryFailureException",
  "CodeMismatchException",
  "ExpiredCodeException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordResetRequiredException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UserLambdaValidationException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const satisfies readonly CognitoExceptionName[];

export interface UpdateUserAttributesInput {
  /** The caller's own access token; Cognito authorizes the call with it, not with IAM. */
  accessToken: string;
  /** The caller's per-user write budget (`ownWrite`). */
  subject: string;
  attributes: readonly UserAttribute[];
  clientMetadata: Record<string, string> | undefined;
}

/**
 * Updates the signed-in user's own attributes. Returns where verification codes went when an email
 * or phone number changed in a pool that verifies them.
 */
export async function updateUserAttributes(
  deps: CognitoDeps,
  input: UpdateUserAttributesInput,
): Promise<CodeDeliveryDetails[]> {
  const output = await callCognito(
    deps,
    {
      operation: "UpdateUserAttributes",
      documented: UPDATE_USER_ATTRIBUTES_EXCEPTIONS,
      subject: input.subject,
    },
    new UpdateUserAttributesCommand({
      AccessToken: input.accessToken,
      UserAttributes: toAttributeTypes(input.attributes),
      ClientMetadata: input.clientMetadata,
    }),
  );
  return (output.CodeDeliveryDetailsList ?? []).map(toCodeDeliveryDetails);
}
