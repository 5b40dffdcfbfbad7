import { AdminListGroupsForUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import type { CognitoDeps } from "./types.js";

/**
 * The exceptions Cognito documents for AdminListGroupsForUser, with `OperationNotEnabledException`,
 * which Cognito's current API model lists for every operation:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListGroupsForUser.html#API_AdminListGroupsForUser_Errors
 */
export const ADMIN_LIST_GROUPS_FOR_USER_EXCEPTIONS = [
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UserNotFoundException",
] as const satisfies readonly CognitoExceptionName[];

/** Pages read at most: a user in more than 600 groups is not someone to guess about. */
const MAX_PAGES = 10;

/**
 * The groups `username` belongs to now, read with the gateway's IAM credentials (UserResourceRead
 * quota): one call per page of 60 groups, at most 10 pages.
 */
export async function adminListGroupsForUser(
  deps: CognitoDeps,
  input: { userPoolId: string; username: string },
): Promise<string[]> {
  const groups: string[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const output = await callCognito(
      deps,
      { operation: "AdminListGroupsForUser", documented: ADMIN_LIST_GROUPS_FOR_USER_EXCEPTIONS },
      new AdminListGroupsForUserCommand({
        UserPoolId: input.userPoolId,
        Username: input.username,
        Limit: 60,
        NextToken: nextToken,
      }),
    );
    for (const group of output.Groups ?? []) if (group.GroupName) groups.push(group.GroupName);
    nextToken = output.NextToken;
    if (!nextToken) break;
  }
  return groups;
}
