import {
  ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS,
  adminUpdateUserAttributes,
} from "../../cognito/admin-update-user-attributes.js";
import { UserNotFoundError } from "../../cognito/errors.js";
import {
  checkAttributeWrite,
  checkUsername,
  checkUserPoolId,
  toClientMetadata,
} from "../../validation/attribute-writes.js";
import { ClientMetadataEntryInput, UserAttributeInput } from "../attribute-inputs.js";
import { builder } from "../builder.js";
import { errorTypesFor } from "../cognito-error.js";
import { loadUser, UserType } from "../user.js";

interface AdminUpdateUserAttributesSuccess {
  userPoolId: string;
  username: string;
}

const AdminUpdateUserAttributesSuccessType = builder
  .objectRef<AdminUpdateUserAttributesSuccess>("AdminUpdateUserAttributesSuccess")
  .implement({
    description: "Cognito accepted the update.",
    isTypeOf: (value) =>
      typeof value === "object" && value !== null && "userPoolId" in value && "username" in value,
    fields: (t) => ({
      user: t.field({
        type: UserType,
        description:
          "The user as Cognito holds it after the update (AdminGetUser). An email or phone change that needs verification shows once verified.",
        resolve: async (success, _args, context) => {
          const user = await loadUser(context, success);
          if (!user) throw new UserNotFoundError("User does not exist.");
          return user;
        },
      }),
    }),
  });

export const AdminUpdateUserAttributesResult = builder.errorUnion("AdminUpdateUserAttributesResult", {
  description:
    "The success payload, or one type per exception Cognito documents for AdminUpdateUserAttributes. Invalid input is refused as CognitoInvalidParameterError before Cognito is called.",
  types: [AdminUpdateUserAttributesSuccessType, ...errorTypesFor(ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS)],
});

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
    args: { input: t.arg({ type: AdminUpdateUserAttributesInput }) },
    resolve: async (_root, { input }, context) => {
      const userPoolId = input.userPoolId ? String(input.userPoolId) : context.defaultUserPoolId;
      checkUserPoolId(userPoolId);
      checkUsername(input.username);
      checkAttributeWrite(input.userAttributes, "admin", context.writePolicy);
      const clientMetadata = toClientMetadata(input.clientMetadata);

      await adminUpdateUserAttributes(context.cognito, {
        userPoolId,
        username: input.username,
        attributes: input.userAttributes,
        clientMetadata,
      });
      context.loaders.forgetUsers();
      return { userPoolId, username: input.username };
    },
  }),
);
