import { GraphQLError } from "graphql";
import { CognitoServiceError, UserNotFoundError } from "../cognito/errors.js";
import type { CognitoUser } from "../cognito/types.js";
import type { GatewayContext } from "../context.js";

/**
 * Reads are not errors-as-data: a documented Cognito exception becomes a top-level error whose
 * `extensions.code` is the exception name. Anything else stays untouched for yoga to mask.
 */
export function toReadError(error: unknown): unknown {
  if (error instanceof CognitoServiceError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, retryable: error.retryable } });
  }
  return error;
}

/** Loads a user through the request's loader; null when Cognito says the user does not exist. */
export async function loadUser(
  context: GatewayContext,
  key: { userPoolId: string; username: string },
): Promise<CognitoUser | null> {
  try {
    return await context.loaders.userByName.load(key);
  } catch (error) {
    throw toReadError(error);
  }
}

/** Loads the target of an admin write, which must exist for the payload to make sense. */
export async function loadExistingUser(
  context: GatewayContext,
  key: { userPoolId: string; username: string },
): Promise<CognitoUser> {
  const user = await loadUser(context, key);
  if (!user) throw toReadError(new UserNotFoundError("User does not exist."));
  return user;
}

/** Loads the caller with their own access token (GetUser). */
export async function loadSelf(context: GatewayContext, accessToken: string): Promise<CognitoUser> {
  try {
    return await context.loaders.userByAccessToken.load(accessToken);
  } catch (error) {
    throw toReadError(error);
  }
}
