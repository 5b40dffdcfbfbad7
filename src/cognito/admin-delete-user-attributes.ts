import { AdminDeleteUserAttributesCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import type { CognitoDeps } from "./types.js";

/**
 * The 7 exceptions Cognito documents for AdminDeleteUserAttributes:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDeleteUserAttributes.html#API_AdminDeleteUserAttributes_Errors
 */
export const ADMIN_DELETE_USER_ATTRIBUTES_EXCEPTIONS = [
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UserNotFoundException",
] as const satisfies readonly CognitoExceptionName[];

/** Deletes any user's attributes with the gateway's IAM credentials. */
export async function adminDeleteUserAttributes(
  deps: CognitoDeps,
  input: {
    userPoolId: string;
    username: string;
    /** The target's per-user write budget (`adminWriteTarget`). */
    subject: string;
    attributeNames: readonly string[];
  },
): Promise<void> {
  await callCognito(
    deps,
    {
      operation: "AdminDeleteUserAttributes",
      documented: ADMIN_DELETE_USER_ATTRIBUTES_EXCEPTIONS,
      subject: input.subject,
    },
    new AdminDeleteUserAttributesCommand({
      UserPoolId: input.userPoolId,
      Username: input.username,
      UserAttributeNames: [...input.attributeNames],
    }),
  );
}
