import { InvalidParameterError, NotAuthorizedError } from "../cognito/errors.js";

/**
 * Checks a write the way Cognito would, before it costs a request against the UserUpdate quota
 * (25 per second per account, not adjustable). Limits from cognito-contract.md §4 and §5.
 * Messages name the field or attribute and the rule, never a value: values can be personal data.
 */

/** `AttributeNameType`: 1–32 characters, prefix included. */
export const MAX_ATTRIBUTE_NAME_LENGTH = 32;
/** `AttributeValueType`: at most 2048 characters; empty deletes the attribute. */
export const MAX_ATTRIBUTE_VALUE_LENGTH = 2048;
/** `UsernameType`: 1–128 characters. */
export const MAX_USERNAME_LENGTH = 128;
/** `UserPoolIdType`: 1–55 characters of the form `<region>_<id>`. */
export const USER_POOL_ID_PATTERN = /^[\w-]+_[0-9a-zA-Z]+$/;
export const MAX_USER_POOL_ID_LENGTH = 55;
/** `ClientMetadataType` keys and values are `StringType`: at most 131072 characters. */
export const MAX_CLIENT_METADATA_LENGTH = 131_072;

/** Standard OIDC attributes and Cognito's own, the names that need no prefix (§5.1). */
export const STANDARD_ATTRIBUTES: ReadonlySet<string> = new Set([
  "address",
  "birthdate",
  "email",
  "email_verified",
  "family_name",
  "gender",
  "given_name",
  "identities",
  "locale",
  "middle_name",
  "name",
  "nickname",
  "phone_number",
  "phone_number_verified",
  "picture",
  "preferred_username",
  "profile",
  "sub",
  "updated_at",
  "website",
  "zoneinfo",
]);

/** Users verify email and phone with a code; only the admin path may set these flags (§5.4). */
export const VERIFICATION_FLAGS: ReadonlySet<string> = new Set(["email_verified", "phone_number_verified"]);

// Cognito's name pattern admits letters, marks, symbols, numbers, punctuation and whitespace only.
const ALLOWED_NAME_CHARACTERS = /^[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+$/u;

// `CustomAttributeNameType` (§6): what a custom attribute can be created as, before its prefix. A
// name outside it cannot exist behind `custom:` either, so it gets no such suggestion.
const CUSTOM_ATTRIBUTE_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,20}$/u;

/** Cognito's length limits count Unicode characters (code points), not UTF-16 units. */
function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Long names are cut in messages so an error never echoes a megabyte back. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function attributeNameProblem(name: string): string | undefined {
  const length = characterCount(name);
  if (length < 1 || length > MAX_ATTRIBUTE_NAME_LENGTH) {
    return `Attribute name ${quote(name)} must be 1 to ${MAX_ATTRIBUTE_NAME_LENGTH} characters long, prefix included (it has ${length})`;
  }
  if (!ALLOWED_NAME_CHARACTERS.test(name)) {
    return `Attribute name ${quote(name)} contains control characters, which Cognito does not allow`;
  }
  if (!STANDARD_ATTRIBUTES.has(name) && !name.startsWith("custom:") && !name.startsWith("dev:")) {
    const hint = CUSTOM_ATTRIBUTE_NAME.test(name)
      ? `custom attributes need the prefix: use ${quote(`custom:${name}`)}`
      : "custom attributes need the custom: prefix, and no custom attribute can have this name (1 to 20 characters without whitespace)";
    return `Attribute ${quote(name)} is not a standard attribute; ${hint}`;
  }
  return undefined;
}

/** The caller the write is for: users may not set the verification flags themselves. */
export type WritePath = "admin" | "user";

/** Which attributes the gateway lets each path write, on top of Cognito's own rules. */
export interface WritePolicy {
  /** Only the admin path may write these (e.g. `custom:role`, `custom:tenant`). */
  adminOnlyAttributes: ReadonlySet<string>;
  /** Nobody may write these through the gateway. */
  readOnlyAttributes: ReadonlySet<string>;
}

/** Attributes commonly used for authorization decisions downstream: users must not grant them to themselves. */
export const DEFAULT_ADMIN_ONLY_ATTRIBUTES: readonly string[] = ["custom:role", "custom:tenant"];

/**
 * Throws `InvalidParameterError` listing every problem in `attributes`, or `NotAuthorizedError` when
 * the caller may not write an attribute (a user and the verification flags, as Cognito answers, or
 * the gateway's write policy); returns normally when Cognito may be called.
 */
export function checkAttributeWrite(
  attributes: readonly { name: string; value: string }[],
  path: WritePath,
  policy: WritePolicy,
): void {
  const problems: string[] = [];
  if (attributes.length === 0) {
    problems.push("userAttributes must name at least one attribute");
  }
  const seen = new Set<string>();
  for (const { name, value } of attributes) {
    if (seen.has(name)) {
      problems.push(
        `Attribute ${quote(name)} is named more than once in userAttributes; send each attribute once`,
      );
      continue;
    }
    seen.add(name);
    const nameProblem = attributeNameProblem(name);
    if (nameProblem) problems.push(nameProblem);
    const valueLength = characterCount(value);
    if (valueLength > MAX_ATTRIBUTE_VALUE_LENGTH) {
      problems.push(
        `Value of attribute ${quote(name)} must be at most ${MAX_ATTRIBUTE_VALUE_LENGTH} characters (it has ${valueLength})`,
      );
    }
  }
  if (problems.length > 0) throw new InvalidParameterError(problems.join("; "));
  checkWritePolicy(
    attributes.map(({ name }) => name),
    path,
    policy,
  );
}

/** Checks a delete: the same naming rules and write policy as an update. */
export function checkAttributeDeletion(names: readonly string[], path: WritePath, policy: WritePolicy): void {
  const problems: string[] = [];
  if (names.length === 0) problems.push("attributeNames must name at least one attribute");
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      problems.push(
        `Attribute ${quote(name)} is named more than once in attributeNames; send each attribute once`,
      );
      continue;
    }
    seen.add(name);
    const nameProblem = attributeNameProblem(name);
    if (nameProblem) problems.push(nameProblem);
  }
  if (problems.length > 0) throw new InvalidParameterError(problems.join("; "));
  checkWritePolicy(names, path, policy);
}

/** Attributes Cognito verifies with a code. */
export const VERIFIABLE_ATTRIBUTES: ReadonlySet<string> = new Set(["email", "phone_number"]);

export function checkVerifiableAttribute(attributeName: string): void {
  if (!VERIFIABLE_ATTRIBUTES.has(attributeName)) {
    throw new InvalidParameterError(
      `attributeName ${quote(attributeName)} cannot be verified with a code: use "email" or "phone_number"`,
    );
  }
}

/** `ConfirmationCodeType`: 1–2048 characters without whitespace. */
export function checkConfirmationCode(code: string): void {
  if (code.length < 1 || code.length > 2048 || /\s/.test(code)) {
    throw new InvalidParameterError("code must be 1 to 2048 characters without whitespace");
  }
}

/** The authorization half of a write, shared by updates and deletes. */
export function checkWritePolicy(names: readonly string[], path: WritePath, policy: WritePolicy): void {
  const readOnly = names.filter((name) => policy.readOnlyAttributes.has(name));
  if (readOnly.length > 0) {
    throw new NotAuthorizedError(
      `A client attempted to write unauthorized attribute: ${readOnly.join(", ")} (read-only through this gateway)`,
    );
  }
  if (path === "admin") return;
  const flags = names.filter((name) => VERIFICATION_FLAGS.has(name));
  if (flags.length > 0) {
    throw new NotAuthorizedError(
      `A client attempted to write unauthorized attribute: ${flags.join(", ")} (users verify with a code)`,
    );
  }
  const adminOnly = names.filter((name) => policy.adminOnlyAttributes.has(name));
  if (adminOnly.length > 0) {
    throw new NotAuthorizedError(
      `A client attempted to write unauthorized attribute: ${adminOnly.join(", ")} (only administrators may write it)`,
    );
  }
}

export function checkUsername(username: string): void {
  const length = [...username].length;
  if (length < 1 || length > MAX_USERNAME_LENGTH) {
    throw new InvalidParameterError(
      `username must be 1 to ${MAX_USERNAME_LENGTH} characters long (it has ${length})`,
    );
  }
}

export function isWellFormedUserPoolId(userPoolId: string): boolean {
  return userPoolId.length <= MAX_USER_POOL_ID_LENGTH && USER_POOL_ID_PATTERN.test(userPoolId);
}

export function checkUserPoolId(userPoolId: string): void {
  if (!isWellFormedUserPoolId(userPoolId)) {
    throw new InvalidParameterError(
      `userPoolId ${quote(userPoolId)} does not match Cognito's pattern <region>_<id> (for example us-east-1_AbCdEf123), at most ${MAX_USER_POOL_ID_LENGTH} characters`,
    );
  }
}

export interface ClientMetadataEntry {
  key: string;
  value: string;
}

/** Turns the list into Cognito's map, refusing repeated keys (a map would silently keep the last). */
export function toClientMetadata(
  entries: readonly ClientMetadataEntry[] | null | undefined,
): Record<string, string> | undefined {
  if (!entries) return undefined;
  const problems: string[] = [];
  // No prototype: a key named "__proto__" is data like any other and must reach Cognito.
  const metadata: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const { key, value } of entries) {
    if (Object.hasOwn(metadata, key)) {
      problems.push(`clientMetadata key ${quote(key)} is given more than once`);
      continue;
    }
    if (characterCount(key) > MAX_CLIENT_METADATA_LENGTH) {
      problems.push(
        `clientMetadata key ${quote(key)} must be at most ${MAX_CLIENT_METADATA_LENGTH} characters`,
      );
    }
    const valueLength = characterCount(value);
    if (valueLength > MAX_CLIENT_METADATA_LENGTH) {
      problems.push(
        `clientMetadata value for key ${quote(key)} must be at most ${MAX_CLIENT_METADATA_LENGTH} characters (it has ${valueLength})`,
      );
    }
    metadata[key] = value;
  }
  if (problems.length > 0) throw new InvalidParameterError(problems.join("; "));
  return metadata;
}
