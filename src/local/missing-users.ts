import type { Router } from "cognito-local/lib/server/Router.js";
import type { CognitoService } from "cognito-local/lib/services/cognitoService.js";

/** Admin writes Cognito documents `UserNotFoundException` for, which cognito-local answers otherwise. */
const ADMIN_WRITES = new Set(["AdminUpdateUserAttributes", "AdminDeleteUserAttributes"]);

/** cognito-local's error for a missing user (`UserNotFoundException`), as its own targets throw it. */
type UserNotFound = new (message?: string) => Error;

/**
 * Makes the embedded emulator answer an admin write to a user who does not exist as Cognito does,
 * with `UserNotFoundException` (AdminUpdateUserAttributes and AdminDeleteUserAttributes in the API
 * Reference); cognito-local answers `NotAuthorizedException`, which would tell someone trying the
 * quick start that the gateway's IAM identity lacks a permission. Only the answer to a missing user
 * changes: the user is looked up as cognito-local's own target then looks it up again (aliases
 * included, see alias-lookup.ts), and everything else is its target's.
 */
export function withMissingUsersAnswered(
  route: Router,
  cognito: CognitoService,
  userNotFound: UserNotFound,
): Router {
  return (target) => {
    const handler = route(target);
    if (!ADMIN_WRITES.has(target)) return handler;
    return async (ctx, req: { UserPoolId?: string; Username?: string }) => {
      if (req.UserPoolId && req.Username) {
        const pool = await cognito.getUserPool(ctx, req.UserPoolId);
        if (!(await pool.getUserByUsername(ctx, req.Username))) {
          throw new userNotFound("User does not exist.");
        }
      }
      return handler(ctx, req);
    };
  };
}
