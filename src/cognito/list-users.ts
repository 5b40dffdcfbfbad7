import { ListUsersCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import { type CognitoDeps, type CognitoUser, toCognitoUser } from "./types.js";

/**
 * The 6 exceptions Cognito documents for ListUsers:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html#API_ListUsers_Errors
 */
export const LIST_USERS_EXCEPTIONS = [
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
] as const satisfies readonly CognitoExceptionName[];

/** Quotes a filter value the way ListUsers expects: backslash before `"` and `\`. */
function filterValue(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

/**
 * Finds the user whose `sub` is `sub`, or null. ListUsers is eventually consistent and counts against
 * the UserList quota (30 per second, not adjustable), so callers try AdminGetUser first.
 */
export async function findUserBySub(
  deps: CognitoDeps,
  input: { userPoolId: string; sub: string },
): Promise<CognitoUser | null> {
  const output = await callCognito(
    deps,
    { operation: "ListUsers", documented: LIST_USERS_EXCEPTIONS },
    new ListUsersCommand({
      UserPoolId: input.userPoolId,
      Filter: `sub = ${filterValue(input.sub)}`,
      Limit: 1,
    }),
  );
  const found = output.Users?.[0];
  if (!found) return null;
  return toCognitoUser({ ...found, UserAttributes: found.Attributes });
}
