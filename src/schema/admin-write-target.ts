import { UserNotFoundError } from "../cognito/errors.js";
import type { GatewayContext } from "../context.js";

/**
 * The real username an admin write goes to, read first (AdminGetUser, through the request's loader)
 * whatever the caller named the user by: username, email or phone alias, or sub. Two reasons:
 * - Cognito limits writes per user, so the per-user write budget (`userWriteSubject`) is keyed by the
 *   username; keyed by the name as given, one user addressed by username, sub and alias would get
 *   three budgets and three times the rate Cognito allows.
 * - A write that changes an alias attribute would orphan the very alias the caller used, so the
 *   write and the read-back of its payload use the username.
 * The read costs one UserRead token (120/s) per write, against UserUpdate's 25/s.
 * Throws UserNotFoundError (a union member) without writing when nobody answers to the name.
 */
export async function adminWriteTarget(
  context: GatewayContext,
  key: { userPoolId: string; username: string },
): Promise<string> {
  const user = await context.loaders.userByName.load(key);
  if (!user) throw new UserNotFoundError("User does not exist.");
  return user.username;
}
