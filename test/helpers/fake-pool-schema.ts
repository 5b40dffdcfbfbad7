/**
 * The schema and app clients the FakeCognito's pool describes by default (DescribeUserPool,
 * DescribeUserPoolClient), in Cognito's wire shape: the standard attributes as a new pool has them
 * (cognito-contract.md §4.8a, §5.1), plus the custom attributes the tests write.
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

const boolean = (Name: string): WireSchemaAttribute => ({
  Name,
  AttributeDataType: "Boolean",
  Mutable: true,
  Required: false,
  DeveloperOnlyAttribute: false,
});

/** A new pool's standard attributes, as Cognito describes them. */
export const STANDARD_SCHEMA: readonly WireSchemaAttribute[] = [
  string("sub", {
    Mutable: false,
    Required: true,
    StringAttributeConstraints: { MinLength: "1", MaxLength: "2048" },
  }),
  ...[
    "name",
    "given_name",
    "family_name",
    "middle_name",
    "nickname",
    "preferred_username",
    "profile",
    "picture",
    "website",
    "email",
    "gender",
    "zoneinfo",
    "locale",
    "phone_number",
    "address",
  ].map((name) => string(name)),
  string("birthdate", { StringAttributeConstraints: { MinLength: "10", MaxLength: "10" } }),
  boolean("email_verified"),
  boolean("phone_number_verified"),
  {
    Name: "updated_at",
    AttributeDataType: "Number",
    Mutable: true,
    Required: false,
    DeveloperOnlyAttribute: false,
    NumberAttributeConstraints: { MinValue: "0" },
  },
  string("identities", { StringAttributeConstraints: {} }),
];

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
