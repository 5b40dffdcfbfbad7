import { AdminUpdateUserAttributesResult, performAdminUpdate } from "../admin-update.js";
import { ClientMetadataEntryInput, UserAttributeInput } from "../attribute-inputs.js";
import { builder } from "../builder.js";

export const AdminUpdateUserAttributesInput = builder.inputType("AdminUpdateUserAttributesInput", {
  description: "Which user to update, and how.",
  fields: (t) => ({
    userPoolId: t.id({ required: false, description: "Defaults to the gateway's configured pool." }),
    username: t.string({ description: "The username, an alias (email/phone) or the sub of a local user." }),
    userAttributes: t.field({
      type: [UserAttributeInput],
      description:
        'Attributes to write; a value of "" deletes the attribute. Admins may set `email_verified`.',
    }),
    clientMetadata: t.field({
      type: [ClientMetadataEntryInput],
      required: false,
      description: "Passed to the pool's custom message Lambda trigger. Not stored or encrypted by Cognito.",
    }),
  }),
});

builder.mutationField("adminUpdateUserAttributes", (t) =>
  t.field({
    type: AdminUpdateUserAttributesResult,
    description:
      "Admins only. Updates any user's attributes with the gateway's IAM credentials (AdminUpdateUserAttributes). Setting `email_verified`/`phone_number_verified` to `true` marks the value verified without a code.",
    args: {
      input: t.arg({
        type: AdminUpdateUserAttributesInput,
        description:
          "The user to update (username, alias or sub), the attributes to write, and optionally the pool and client metadata.",
      }),
    },
    resolve: (_root, { input }, context) =>
      performAdminUpdate(
        context,
        input.userPoolId ? String(input.userPoolId) : context.defaultUserPoolId,
        input,
      ),
  }),
);
