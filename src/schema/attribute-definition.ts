import type { SchemaAttribute } from "../cognito/describe-user-pool.js";
import { type WriteScope, writeRefusal } from "../permissions/attribute-policy.js";
import { builder } from "./builder.js";
import { callerToken } from "./caller.js";

/** One attribute of the pool, with what the caller asking may do with it. */
interface AttributeDefinition {
  attribute: SchemaAttribute;
  /** Why the caller may not write it, or undefined when they may. */
  refusal: string | undefined;
}

export const AttributeDataTypeEnum = builder.enumType("AttributeDataType", {
  description: "The type the pool declares for an attribute (SchemaAttributeType.AttributeDataType).",
  values: {
    STRING: { value: "String", description: "Text; minLength and maxLength bound it." },
    NUMBER: {
      value: "Number",
      description: "A whole number, sent as a string; minValue and maxValue bound it.",
    },
    DATE_TIME: { value: "DateTime", description: "An ISO 8601 date or date-time, sent as a string." },
    BOOLEAN: { value: "Boolean", description: 'The string "true" or "false".' },
  } as const,
});

export const AttributeDefinitionType = builder
  .objectRef<AttributeDefinition>("AttributeDefinition")
  .implement({
    description:
      "One attribute of the user pool as Cognito describes it (DescribeUserPool), and whether the caller may write it: enough to build an attribute form without hard-coding the pool.",
    fields: (t) => ({
      name: t.string({
        description: "The exact name to write, e.g. `email` or `custom:department`.",
        resolve: ({ attribute }) => attribute.name,
      }),
      type: t.field({
        type: AttributeDataTypeEnum,
        description: "What a value must look like; every value still travels as a string.",
        resolve: ({ attribute }) => attribute.type,
      }),
      mutable: t.boolean({
        description: "False when the value can be set only as the user is created.",
        resolve: ({ attribute }) => attribute.mutable,
      }),
      required: t.boolean({
        description: "Every user has a value; it can be changed but never deleted.",
        resolve: ({ attribute }) => attribute.required,
      }),
      developerOnly: t.boolean({
        description: "Only the admin path may write it, whatever the app client allows.",
        resolve: ({ attribute }) => attribute.developerOnly,
      }),
      minLength: t.int({
        nullable: true,
        description: "String attributes: the fewest characters a value may have.",
        resolve: ({ attribute }) => attribute.minLength ?? null,
      }),
      maxLength: t.int({
        nullable: true,
        description: "String attributes: the most characters a value may have.",
        resolve: ({ attribute }) => attribute.maxLength ?? null,
      }),
      minValue: t.float({
        nullable: true,
        description: "Number attributes: the smallest value allowed.",
        resolve: ({ attribute }) => attribute.minValue ?? null,
      }),
      maxValue: t.float({
        nullable: true,
        description: "Number attributes: the largest value allowed.",
        resolve: ({ attribute }) => attribute.maxValue ?? null,
      }),
      writableByMe: t.boolean({
        description:
          "Whether the caller may write it: administrators on the admin path; users through their app client's WriteAttributes and the gateway's policy.",
        resolve: ({ refusal }) => refusal === undefined,
      }),
      notWritableReason: t.string({
        nullable: true,
        description:
          "Why `writableByMe` is false, in words that say what would change it; null when it is true.",
        resolve: ({ refusal }) => refusal ?? null,
      }),
    }),
  });

/** Why an attribute cannot be changed at all, whoever asks. */
function unchangeable(attribute: SchemaAttribute): string | undefined {
  if (attribute.name === "sub") return "the user's permanent id: never written";
  if (!attribute.mutable) return "immutable in this pool (Mutable: false): set only when the user is created";
  return undefined;
}

builder.queryField("attributeDefinitions", (t) =>
  t.field({
    type: [AttributeDefinitionType],
    description:
      "Signed-in callers. Every attribute of the gateway's user pool, as Cognito describes it, with whether the caller may write it. Administrators see the admin path's view, users their app client's.",
    resolve: async (_root, _args, context) => {
      const principal = await context.principal();
      const token = await callerToken(context);
      const isAdmin = principal.kind === "authenticated" && principal.isAdmin;
      const isUser = principal.kind === "authenticated" && principal.isUser;
      const scope: WriteScope = context.writeScope(
        isAdmin ? "admin" : "user",
        context.defaultUserPoolId,
        token.clientId,
      );
      return [...scope.contract.attributes.values()].map((attribute) => ({
        attribute,
        refusal:
          unchangeable(attribute) ??
          (isAdmin || isUser
            ? writeRefusal(attribute.name, scope)
            : "machine clients without an admin scope write nothing"),
      }));
    },
  }),
);
