import { DescribeUserPoolCommand, type SchemaAttributeType } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import type { CognitoDeps } from "./types.js";

/**
 * The exceptions Cognito documents for DescribeUserPool (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPool.html#API_DescribeUserPool_Errors), less
 * UserPoolTaggingException: no GraphQL answer carries this read's errors (a failed load is logged by
 * exception name and retried), so that tagging error needs no domain type of its own.
 */
export const DESCRIBE_USER_POOL_EXCEPTIONS = [
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
] as const satisfies readonly CognitoExceptionName[];

export type AttributeDataType = "String" | "Number" | "DateTime" | "Boolean";

/** One entry of the pool's `SchemaAttributes`, with Cognito's string-typed constraints parsed. */
export interface SchemaAttribute {
  /** As the pool names it: `email`, `custom:department`, `dev:custom:clearance`. */
  name: string;
  type: AttributeDataType;
  mutable: boolean;
  required: boolean;
  developerOnly: boolean;
  /** String attributes: character bounds, when the pool sets them. */
  minLength: number | undefined;
  maxLength: number | undefined;
  /** Number attributes: value bounds, when the pool sets them. */
  minValue: number | undefined;
  maxValue: number | undefined;
}

/** What DescribeUserPool says about the pool's attributes. */
export interface UserPoolDescription {
  userPoolId: string;
  attributes: SchemaAttribute[];
  /** `UsernameAttributes`: email and/or phone_number sign in as the username. */
  usernameAttributes: string[];
  /** `AliasAttributes`: other names a user may sign in with. */
  aliasAttributes: string[];
  /** `AutoVerifiedAttributes`: Cognito sends a code when these change. */
  autoVerifiedAttributes: string[];
  /**
   * `UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate`; undefined when the
   * answer leaves the settings out (cognito-local stores them but never returns them).
   */
  attributesRequireVerificationBeforeUpdate: string[] | undefined;
}

function parseBound(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function toSchemaAttribute(attribute: SchemaAttributeType): SchemaAttribute | undefined {
  if (!attribute.Name) return undefined;
  const type = attribute.AttributeDataType;
  return {
    name: attribute.Name,
    // Cognito defaults an attribute without a declared type to String.
    type: type === "Number" || type === "DateTime" || type === "Boolean" ? type : "String",
    // SchemaAttributeType documents Mutable's default as true and the others' as false.
    mutable: attribute.Mutable ?? true,
    required: attribute.Required ?? false,
    developerOnly: attribute.DeveloperOnlyAttribute ?? false,
    minLength: parseBound(attribute.StringAttributeConstraints?.MinLength),
    maxLength: parseBound(attribute.StringAttributeConstraints?.MaxLength),
    minValue: parseBound(attribute.NumberAttributeConstraints?.MinValue),
    maxValue: parseBound(attribute.NumberAttributeConstraints?.MaxValue),
  };
}

/** Reads the pool's attribute schema and sign-in settings with the gateway's IAM credentials. */
export async function describeUserPool(
  deps: CognitoDeps,
  input: { userPoolId: string },
): Promise<UserPoolDescription> {
  const { UserPool: pool } = await callCognito(
    deps,
    { operation: "DescribeUserPool", documented: DESCRIBE_USER_POOL_EXCEPTIONS },
    new DescribeUserPoolCommand({ UserPoolId: input.userPoolId }),
  );
  return {
    userPoolId: input.userPoolId,
    attributes: (pool?.SchemaAttributes ?? []).flatMap((attribute) => toSchemaAttribute(attribute) ?? []),
    usernameAttributes: [...(pool?.UsernameAttributes ?? [])],
    aliasAttributes: [...(pool?.AliasAttributes ?? [])],
    autoVerifiedAttributes: [...(pool?.AutoVerifiedAttributes ?? [])],
    attributesRequireVerificationBeforeUpdate: pool?.UserAttributeUpdateSettings
      ? [...(pool.UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate ?? [])]
      : undefined,
  };
}
