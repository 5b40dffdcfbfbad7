import { DeleteUserAttributesCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import type { CognitoDeps } from "./types.js";

/**
 * The 10 exceptions Cognito documents for DeleteUserAttributes:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUserAttributes.html#API_DeleteUserAttributes_Errors
 */
export const DELETE_USER_ATTRIBUTES_EXCEPTIONS = [
  "ForbiddenException",
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordResetRequiredException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const satisfies readonly CognitoExceptionName[];

/** Deletes attributes of the signed-in user with their own access token. */
export async function deleteUserAttributes(
  deps: CognitoDeps,
  input: { accessToken: string; subject: string; attributeNames: readonly string[] },
): Promise<void> {
  await callCognito(
    deps,
    {
      operation: "DeleteUserAttributes",
      documented: DELETE_USER_ATTRIBUTES_EXCEPTIONS,
      subject: input.subject,
    },
    new DeleteUserAttributesCommand({
      AccessToken: input.accessToken,
      UserAttributeNames: [...input.attributeNames],
    }),
  );
}
