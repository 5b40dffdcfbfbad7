import { NotAuthorizedError } from "../cognito/errors.js";
import type { PoolContract } from "../pool/pool-contract.js";

/**
 * Who may write which attribute: the authorization half of every write and delete, answered as
 * Cognito answers it (NotAuthorizedException "A client attempted to write unauthorized attribute").
 * The shape checks (does the attribute exist, is the value right) live in src/validation/.
 */

/** The caller the write is for: the admin path (IAM) or the user path (the user's access token). */
export type WritePath = "admin" | "user";

/** Which attributes the gateway lets each path write, on top of the pool's own rules. */
export interface WritePolicy {
  /** `ADMIN_ONLY_ATTRIBUTES`: only the admin path may write these. */
  adminOnlyAttributes: ReadonlySet<string>;
  /** `READ_ONLY_ATTRIBUTES`: nobody may write these through the gateway. */
  readOnlyAttributes: ReadonlySet<string>;
}

/** Attributes commonly used for authorization decisions downstream: users must not grant them to themselves. */
export const DEFAULT_ADMIN_ONLY_ATTRIBUTES: readonly string[] = ["custom:role", "custom:tenant"];

/** Users verify email and phone with a code; only the admin path may set these flags (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html). */
export const VERIFICATION_FLAGS: ReadonlySet<string> = new Set(["email_verified", "phone_number_verified"]);

/** Everything one write is checked against: the path, the gateway's policy and the pool's contract. */
export interface WriteScope {
  path: WritePath;
  policy: WritePolicy;
  contract: PoolContract;
  /** The user path's app client (the token's `client_id`); its WriteAttributes apply. */
  clientId?: string | undefined;
}

/** Why `name` may not be written on this path, or undefined when it may. */
export function writeRefusal(name: string, scope: WriteScope): string | undefined {
  if (scope.policy.readOnlyAttributes.has(name))
    return "read-only through this gateway, per READ_ONLY_ATTRIBUTES";
  if (scope.path === "admin") return undefined;
  if (VERIFICATION_FLAGS.has(name)) return "users verify with a code, through verifyMyAttribute";
  if (scope.contract.attributes.get(name)?.developerOnly) {
    return "a developer-only attribute: only the admin path may write it";
  }
  if (scope.policy.adminOnlyAttributes.has(name)) {
    return "only administrators may write it, per ADMIN_ONLY_ATTRIBUTES";
  }
  const client = scope.clientId === undefined ? undefined : scope.contract.clients.get(scope.clientId);
  if (!client)
    return "the token's app client is not one whose permissions the gateway loaded, see COGNITO_CLIENT_IDS";
  if (!client.writable.has(name)) {
    const label = client.clientName ? `${client.clientName} (${client.clientId})` : client.clientId;
    const where = client.defaultWriteAttributes
      ? "it sets no WriteAttributes, so only the standard attributes are writable"
      : "it is not in the client's WriteAttributes";
    return `app client ${label} may not write it: ${where}; grant it by adding the attribute to WriteAttributes with UpdateUserPoolClient`;
  }
  return undefined;
}

/** Throws NotAuthorizedError naming every attribute this path may not write, each with why. */
export function checkWritePermission(names: readonly string[], scope: WriteScope): void {
  const refusals = names.flatMap((name) => {
    const reason = writeRefusal(name, scope);
    return reason ? [`${name} (${reason})`] : [];
  });
  if (refusals.length > 0) {
    throw new NotAuthorizedError(
      `A client attempted to write unauthorized attribute: ${refusals.join("; ")}`,
    );
  }
}
