import { VerifyUserAttributeCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import type { CognitoDeps } from "./types.js";

/**
 * The 14 exceptions Cognito documents for VerifyUserAttribute:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifyUserAttribute.html#API_VerifyUserAttribute_Errors
 */
export const VERIFY_USER_ATTRIBUTE_EXCEPTIONS = [
  "AliasExistsException",
  "CodeMismatchException",
  "ExpiredCodeException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidParameterException",
  "LimitExceededException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordResetRequiredException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const satisfies readonly CognitoExceptionName[];

/**
 * Confirms an email or phone number with the code Cognito sent. Marks it verified and, in pools that
 * keep the original value until then, makes the pending value current.
 */
export async function verifyUserAttribute(
  deps: CognitoDeps,
  input: { accessToken: string; subject: string; attributeName: string; code: string },
): Promise<void> {
  await callCognito(
    deps,
    {
      operation: "VerifyUserAttribute",
      documented: VERIFY_USER_ATTRIBUTE_EXCEPTIONS,
      subject: input.subject,
    },
    new VerifyUserAttributeCommand({
      AccessToken: input.accessToken,
      AttributeName: input.attributeName,
      Code: input.code,
    }),
  );
}
