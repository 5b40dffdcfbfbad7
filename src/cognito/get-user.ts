import { GetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import { type CognitoDeps, type CognitoUser, toCognitoUser } from "./types.js";

/**
 * The 10 exceptions Cognito documents for GetUser:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html#API_GetUser_Errors
 */
export const GET_USER_EXCEPTIONS = [
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

/** Reads the signed-in user with their own access token. Only attributes their app client may read. */
export async function getUser(deps: CognitoDeps, input: { accessToken: string }): Promise<CognitoUser> {
  const output = await callCognito(
    deps,
    { operation: "GetUser", documented: GET_USER_EXCEPTIONS },
    new GetUserCommand({ AccessToken: input.accessToken }),
  );
  return toCognitoUser(output);
}
