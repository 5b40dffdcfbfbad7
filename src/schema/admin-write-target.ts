import { UserNotFoundError } from "../cognito/errors.js";
import type { GatewayContext } from "../context.js";
import { writeSubject } from "./caller.js";

/** Where an admin write goes: the username to send, and the per-user write budget it draws on. */
export interface AdminWriteTarget {
  username: string;
  subject: string;
}

/**
 * A local user's `sub` is a UUID (a standard attribute:
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
 * Any case: reading costs only a read.
 */
const UUID_SHAPED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether Cognito could take `name` for a user whose username is something else, given the pool's
 * UsernameAttributes and AliasAttributes (DescribeUserPool). Cognito's `Username` parameter accepts
 * the username, any alias value, or a local user's sub
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateUserAttributes.html), so `name` can differ from the username it reaches only if it could be an alias value or a sub:
 * - an email alias (or email username attribute) value is an email address, which holds an "@";
 * - a phone one is E.164, "+" then digits (the attributes page above), so it starts with "+";
 * - a preferred_username alias can be any string, so with one every name may be an alias;
 * - a sub is a UUID.
 * Any other name is the username itself, or nobody's (then the write answers UserNotFoundException).
 */
export function mayNameAnotherUsername(name: string, signInAttributes: ReadonlySet<string>): boolean {
  if (UUID_SHAPED.test(name)) return true;
  if (signInAttributes.has("preferred_username")) return true;
  if (signInAttributes.has("email") && name.includes("@")) return true;
  return signInAttributes.has("phone_number") && name.startsWith("+");
}

/**
 * The real username an admin write goes to, and its per-user write budget. Two reasons it must be the
 * username and not whatever the caller named the user by:
 * - Cognito limits writes per user, so the budget is keyed by the username; keyed by the name as
 *   given, one user addressed by username, sub and alias would get three budgets and three times the
 *   rate Cognito allows.
 * - A write that changes an alias attribute would orphan the very alias the caller used, so the
 *   write and the read-back of its payload use the username.
 * When the pool's contract shows the name can only be the username (`mayNameAnotherUsername`), it is
 * used as given and nothing is read: a missing user is then Cognito's own UserNotFoundException from
 * the write, the same union member. Otherwise the target is read first (AdminGetUser, through the
 * request's loader; one UserRead token, 120/s, against UserUpdate's 25/s), and UserNotFoundError is
 * thrown without writing when nobody answers to the name.
 */
export async function adminWriteTarget(
  context: GatewayContext,
  key: { userPoolId: string; username: string },
): Promise<AdminWriteTarget> {
  const { signInAttributes } = context.poolContract(key.userPoolId);
  let username = key.username;
  if (mayNameAnotherUsername(key.username, signInAttributes)) {
    const user = await context.loaders.userByName.load(key);
    if (!user) throw new UserNotFoundError("User does not exist.");
    username = user.username;
  }
  return { username, subject: writeSubject(key.userPoolId, username) };
}
