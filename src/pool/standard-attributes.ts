import type { SchemaAttribute } from "../cognito/describe-user-pool.js";

/**
 * The standard attributes every user pool has (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html, and DescribeUserPool's SchemaAttributes), with the settings a
 * new pool gives them. Cognito lists them in DescribeUserPool's SchemaAttributes, where a pool's own
 * settings (a required email, say) override these; a backend that leaves them out (moto does) still
 * fronts a pool that has them, so they are never unknown names.
 */
const string = (name: string, overrides: Partial<SchemaAttribute> = {}): SchemaAttribute => ({
  name,
  type: "String",
  mutable: true,
  required: false,
  developerOnly: false,
  minLength: 0,
  maxLength: 2048,
  minValue: undefined,
  maxValue: undefined,
  ...overrides,
});

const boolean = (name: string): SchemaAttribute =>
  string(name, { type: "Boolean", minLength: undefined, maxLength: undefined });

export const STANDARD_ATTRIBUTES: readonly SchemaAttribute[] = [
  string("sub", { mutable: false, required: true, minLength: 1 }),
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
  ].map((name) => string(name)),
  boolean("email_verified"),
  string("gender"),
  string("birthdate", { minLength: 10, maxLength: 10 }),
  string("zoneinfo"),
  string("locale"),
  string("phone_number"),
  boolean("phone_number_verified"),
  string("address"),
  string("updated_at", { type: "Number", minLength: undefined, maxLength: undefined, minValue: 0 }),
];
