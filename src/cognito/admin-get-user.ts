import { AdminGetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import { type CognitoDeps, type CognitoUser, toCognitoUser } from "./types.js";

/**
 * The 7 exceptions Cognito documents for AdminGetUser:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html#API_AdminGetUser_Errors
 */
export const ADMIN_GET_USER_EXCEPTIONS = [
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UserNotFoundException",
] as const satisfies readonly CognitoExceptionName[];

/** Reads any user by username, alias or sub with the gateway's IAM credentials. */
export async function adminGetUser(
  deps: CognitoDeps,
  input: { userPoolId: string; username: string },
): Promise<CognitoUser> {
  const output = await callCognito(
    deps,
    { operation: "AdminGetUser", documented: ADMIN_GET_USER_EXCEPTIONS },
    new AdminGetUserCommand({ UserPoolId: input.userPoolId, Username: input.username }),
  );
  return toCognitoUser(output);
}
