import { GetUserAttributeVerificationCodeCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import { type CodeDeliveryDetails, type CognitoDeps, toCodeDeliveryDetails } from "./types.js";

/**
 * The 18 exceptions Cognito documents for GetUserAttributeVerificationCode:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserAttributeVerificationCode.html#API_GetUserAttributeVerificationCode_Errors
 */
export const GET_USER_ATTRIBUTE_VERIFICATION_CODE_EXCEPTIONS = [
  "CodeDeliveryFailureException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "LimitExceededException",
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

/** Sends (again) a verification code for the user's email or phone number. */
export async function getUserAttributeVerificationCode(
  deps: CognitoDeps,
  input: { accessToken: string; attributeName: string; clientMetadata: Record<string, string> | undefined },
): Promise<CodeDeliveryDetails | null> {
  const output = await callCognito(
    deps,
    {
      operation: "GetUserAttributeVerificationCode",
      documented: GET_USER_ATTRIBUTE_VERIFICATION_CODE_EXCEPTIONS,
    },
    new GetUserAttributeVerificationCodeCommand({
      AccessToken: input.accessToken,
      AttributeName: input.attributeName,
      ClientMetadata: input.clientMetadata,
    }),
  );
  return output.CodeDeliveryDetails ? toCodeDeliveryDetails(output.CodeDeliveryDetails) : null;
}
