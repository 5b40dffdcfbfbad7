import { STANDARD_ATTRIBUTES } from "../../src/pool/standard-attributes.js";

/**
 * The schema and app clients the FakeCognito's pool describes by default (DescribeUserPool,
 * DescribeUserPoolClient), in Cognito's wire shape: the standard attributes as a new pool has them
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html), plus the custom attributes the tests write.
 */

export interface WireSchemaAttribute {
  Name: string;
  AttributeDataType: "String" | "Number" | "DateTime" | "Boolean";
  Mutable: boolean;
  Required: boolean;
  DeveloperOnlyAttribute: boolean;
  StringAttributeConstraints?: { MinLength?: string; MaxLength?: string };
  NumberAttributeConstraints?: { MinValue?: string; MaxValue?: string };
}

const string = (Name: string, overrides: Partial<WireSchemaAttribute> = {}): WireSchemaAttribute => ({
  Name,
  AttributeDataType: "String",
  Mutable: true,
  Required: false,
  DeveloperOnlyAttribute: false,
  StringAttributeConstraints: { MinLength: "0", MaxLength: "2048" },
  ...overrides,
});

/**
 * A new pool's standard attributes, as Cognito describes them: the documented list the gateway also
 * knows (src/pool/standard-attributes.ts), in DescribeUserPool's wire shape.
 */
export const STANDARD_SCHEMA: readonly WireSchemaAttribute[] = STANDARD_ATTRIBUTES.map((attribute) => ({
  Name: attribute.name,
  AttributeDataType: attribute.type,
  Mutable: attribute.mutable,
  Required: attribute.required,
  DeveloperOnlyAttribute: attribute.developerOnly,
  ...(attribute.type === "String"
    ? {
        StringAttributeConstraints: {
          ...(attribute.minLength === undefined ? {} : { MinLength: String(attribute.minLength) }),
          ...(attribute.maxLength === undefined ? {} : { MaxLength: String(attribute.maxLength) }),
        },
      }
    : {}),
  ...(attribute.type === "Number"
    ? {
        NumberAttributeConstraints: {
          ...(attribute.minValue === undefined ? {} : { MinValue: String(attribute.minValue) }),
          ...(attribute.maxValue === undefined ? {} : { MaxValue: String(attribute.maxValue) }),
        },
      }
    : {}),
}));

/** The custom attributes the tests write; `custom:tenant` and `custom:role` are admin-only by default. */
export const TEST_CUSTOM_SCHEMA: readonly WireSchemaAttribute[] = [
  string("custom:department", { StringAttributeConstraints: { MinLength: "0", MaxLength: "256" } }),
  string("custom:tenant"),
  string("custom:role"),
  string("custom:clearance"),
  string("custom:employee_id"),
  string("custom:secret_note"),
  // The longest name a custom attribute can have (CustomAttributeNameType: 20 characters).
  string(`custom:${"n".repeat(20)}`),
  string("dev:custom:mydev", { DeveloperOnlyAttribute: true }),
];

export const DEFAULT_FAKE_SCHEMA: readonly WireSchemaAttribute[] = [
  ...STANDARD_SCHEMA,
  ...TEST_CUSTOM_SCHEMA,
];

/** One app client as DescribeUserPoolClient answers it (`UserPoolClient`). */
export interface WireAppClient {
  ClientName?: string;
  ReadAttributes?: string[];
  WriteAttributes?: string[];
}

/**
 * The default client may write every mutable attribute but the verification flags and developer-only
 * ones, so tests of the gateway's own policy are not masked by the client's.
 */
export function allWritingClient(
  schema: readonly WireSchemaAttribute[] = DEFAULT_FAKE_SCHEMA,
): WireAppClient {
  return {
    ClientName: "fake-web-client",
    WriteAttributes: schema
      .filter((attribute) => attribute.Mutable && !attribute.DeveloperOnlyAttribute)
      .map((attribute) => attribute.Name)
      .filter((name) => !["email_verified", "phone_number_verified", "identities"].includes(name)),
  };
}
