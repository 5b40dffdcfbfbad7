import type { SchemaAttribute } from "../cognito/describe-user-pool.js";
import { InvalidParameterError } from "../cognito/errors.js";
import { checkWritePermission, type WriteScope } from "../permissions/attribute-policy.js";
import { nearestAttributeNames, type PoolContract } from "../pool/pool-contract.js";
import { attributeValueProblem, characterCount } from "./attribute-values.js";

/**
 * Checks input the way Cognito would, against the pool's own contract (src/pool/), before anything
 * is sent. Limits from the API Reference (AdminUpdateUserAttributes, UpdateUserAttributes) and
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html. Messages name the field or attribute and the
 * rule, never a value: values can be personal data.
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

/** A list can name each of the pool's attributes once at most; longer is refused before any check. */
function listLengthProblem(field: string, length: number, contract: PoolContract): string | undefined {
  const most = contract.attributes.size;
  if (length === 0) return `${field} must name at least one attribute`;
  if (length > most) {
    return `${field} holds ${length} items, but user pool ${contract.userPoolId} has ${most} attributes and each may be named once`;
  }
  return undefined;
}

// Cognito's name pattern admits letters, marks, symbols, numbers, punctuation and whitespace only.
const ALLOWED_NAME_CHARACTERS = /^[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+$/u;

/** Long names are cut in messages so an error never echoes a megabyte back. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Whether the pool has an attribute of exactly this name (no trimming, case folding or Unicode
 * normalisation: Cognito compares names as they are). Returns the problem, or undefined.
 */
function nameProblem(name: string, contract: PoolContract): string | undefined {
  const length = characterCount(name);
  if (length < 1 || length > MAX_ATTRIBUTE_NAME_LENGTH) {
    return `Attribute name ${quote(name)} must be 1 to ${MAX_ATTRIBUTE_NAME_LENGTH} characters long, prefix included (it has ${length})`;
  }
  if (!ALLOWED_NAME_CHARACTERS.test(name)) {
    return `Attribute name ${quote(name)} contains control characters, which Cognito does not allow`;
  }
  if (contract.attributes.has(name)) return undefined;
  const nearest = nearestAttributeNames(contract, name);
  const suggestion =
    nearest.length > 0
      ? `the nearest it has: ${nearest.map((candidate) => quote(candidate)).join(", ")}`
      : "see the attributeDefinitions query for the ones it has";
  const customHint = /^(dev:)?custom:/.test(name)
    ? "; a custom attribute must be added to the pool (AddCustomAttributes) before it can be written"
    : "";
  return `Attribute ${quote(name)} does not exist in user pool ${contract.userPoolId}: ${suggestion}${customHint}`;
}

/** Problems with changing (writing or, with an empty value, deleting) an attribute the pool has. */
function changeProblem(attribute: SchemaAttribute, value: string): string | undefined {
  if (attribute.name === "sub") return SUB_PROBLEM;
  if (!attribute.mutable) {
    return `Attribute ${quote(attribute.name)} cannot be updated: the pool declares it immutable (Mutable: false), so it is set only when the user is created`;
  }
  if (value === "") {
    return attribute.required
      ? `Attribute ${quote(attribute.name)} is required by the pool and cannot be deleted; write a new value instead`
      : undefined;
  }
  const valueProblem = attributeValueProblem(attribute, value);
  return valueProblem ? `Value of attribute ${quote(attribute.name)} ${valueProblem}` : undefined;
}

/** At most this many problems are listed in one message; the rest are counted. */
const MAX_LISTED_PROBLEMS = 10;

function refuse(problems: readonly string[]): never {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  throw new InvalidParameterError(
    more > 0 ? `${listed.join("; ")}; and ${more} more problems` : listed.join("; "),
  );
}

/**
 * Checks a write against the pool's contract and the path's permissions before it costs a request
 * against the UserUpdate quota (25 per second per account, not adjustable). Throws
 * `InvalidParameterError` listing every problem, then `NotAuthorizedError`
 * for attributes this path may not write; returns normally when Cognito may be called.
 */
export function checkAttributeWrite(
  attributes: readonly { name: string; value: string }[],
  scope: WriteScope,
): void {
  const tooMany = listLengthProblem("userAttributes", attributes.length, scope.contract);
  if (tooMany) refuse([tooMany]);
  const names = attributes.map(({ name }) => name);
  checkNames(names, "userAttributes", scope.contract);
  checkNotSub(names);
  // Who may write comes before what is written, as Cognito answers an unwritable attribute with
  // NotAuthorizedException whatever its value.
  checkWritePermission(names, scope);
  const problems = attributes.flatMap(({ name, value }) => {
    const valueLength = characterCount(value);
    if (valueLength > MAX_ATTRIBUTE_VALUE_LENGTH) {
      return [
        `Value of attribute ${quote(name)} must be at most ${MAX_ATTRIBUTE_VALUE_LENGTH} characters (it has ${valueLength})`,
      ];
    }
    return changeProblem(scope.contract.attributes.get(name) as SchemaAttribute, value) ?? [];
  });
  if (problems.length > 0) refuse(problems);
}

/** Checks a delete: each attribute must exist, be writable on this path, mutable and not required. */
export function checkAttributeDeletion(names: readonly string[], scope: WriteScope): void {
  const tooMany = listLengthProblem("attributeNames", names.length, scope.contract);
  if (tooMany) refuse([tooMany]);
  checkNames(names, "attributeNames", scope.contract);
  checkNotSub(names);
  checkWritePermission(names, scope);
  const problems = names.flatMap(
    (name) => changeProblem(scope.contract.attributes.get(name) as SchemaAttribute, "") ?? [],
  );
  if (problems.length > 0) refuse(problems);
}

/** `sub` first, whoever asks: no permission could ever allow it, so no grant is worth suggesting. */
function checkNotSub(names: readonly string[]): void {
  if (names.includes("sub")) refuse([SUB_PROBLEM]);
}

const SUB_PROBLEM = `Attribute "sub" is the user's permanent id: it can never be written or deleted`;

/** Every name must be the pool's, and named once. */
function checkNames(names: readonly string[], field: string, contract: PoolContract): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      problems.push(`Attribute ${quote(name)} is named more than once in ${field}; send each attribute once`);
      continue;
    }
    seen.add(name);
    const problem = nameProblem(name, contract);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) refuse(problems);
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

// `UsernameType`'s pattern: letters, marks, symbols, numbers and punctuation; no whitespace or controls.
const USERNAME_CHARACTERS = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

export function checkUsername(username: string): void {
  const length = characterCount(username);
  if (length < 1 || length > MAX_USERNAME_LENGTH) {
    throw new InvalidParameterError(
      `username must be 1 to ${MAX_USERNAME_LENGTH} characters long (it has ${length})`,
    );
  }
  if (!USERNAME_CHARACTERS.test(username)) {
    throw new InvalidParameterError(
      "username must not contain whitespace or control characters (Cognito's UsernameType); send the username, alias or sub exactly as stored, without spaces around it",
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
