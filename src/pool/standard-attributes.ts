import type { SchemaAttribute } from "../cognito/describe-user-pool.js";

/**
 * The standard attributes every user pool has (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html, and DescribeUserPool's SchemaAttributes), with the settings a
 * new pool gives them. Cognito lists them in DescribeUserPool's SchemaAttributes, where a pool's own
 * settings (a required email, say) override these; a backend that leaves them out (moto does) still
 * fronts a pool that has them, so they are never unknown names.
 */
/** A mutable, optional String attribute of Cognito's default length (0–2048), with `overrides`. */
export const stringAttribute = (name: string, overrides: Partial<SchemaAttribute> = {}): SchemaAttribute => ({
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
  stringAttribute(name, { type: "Boolean", minLength: undefined, maxLength: undefined });

export const STANDARD_ATTRIBUTES: readonly SchemaAttribute[] = [
  stringAttribute("sub", { mutable: false, required: true, minLength: 1 }),
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
  ].map((name) => stringAttribute(name)),
  boolean("email_verified"),
  stringAttribute("gender"),
  stringAttribute("birthdate", { minLength: 10, maxLength: 10 }),
  stringAttribute("zoneinfo"),
  stringAttribute("locale"),
  stringAttribute("phone_number"),
  boolean("phone_number_verified"),
  stringAttribute("address"),
  stringAttribute("updated_at", { type: "Number", minLength: undefined, maxLength: undefined, minValue: 0 }),
];
