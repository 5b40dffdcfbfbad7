import {
  ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS,
  adminUpdateUserAttributes,
} from "../../cognito/admin-update-user-attributes.js";
import type { GatewayContext } from "../../context.js";
import {
  checkAttributeWrite,
  checkUsername,
  checkUserPoolId,
  toClientMetadata,
} from "../../validation/attribute-writes.js";
import { ClientMetadataEntryInput, UserAttributeInput } from "../attribute-inputs.js";
import { builder } from "../builder.js";
import { errorTypesFor } from "../cognito-error.js";
import { adminWriteTarget, isKind, loadExistingUser, UserType } from "../user.js";

interface AdminUpdateUserAttributesSuccess {
  kind: "AdminUpdateUserAttributesSuccess";
  userPoolId: string;
  username: string;
}

const AdminUpdateUserAttributesSuccessType = builder
  .objectRef<AdminUpdateUserAttributesSuccess>("AdminUpdateUserAttributesSuccess")
  .implement({
    description: "Cognito accepted the update.",
    isTypeOf: (value) => isKind(value, "AdminUpdateUserAttributesSuccess"),
    fields: (t) => ({
      user: t.field({
        type: UserType,
        description:
          "The user as Cognito holds it after the update (AdminGetUser). An email or phone change that needs verification shows once verified.",
        resolve: (success, _args, context) => loadExistingUser(context, success),
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

export interface AdminUpdate {
  username: string;
  userAttributes: readonly { name: string; value: string }[];
  clientMetadata?: readonly { key: string; value: string }[] | null | undefined;
}

/**
 * Checks, sends and audits one admin update. Throws the domain error for anything Cognito (or the
 * gateway's own checks) refuse; the single and the bulk mutation both run through here.
 */
export async function performAdminUpdate(
  context: GatewayContext,
  userPoolId: string,
  update: AdminUpdate,
): Promise<AdminUpdateUserAttributesSuccess> {
  checkUserPoolId(userPoolId);
  checkUsername(update.username);
  checkAttributeWrite(update.userAttributes, context.writeScope("admin", userPoolId));
  const clientMetadata = toClientMetadata(update.clientMetadata);
  const attributeNames = update.userAttributes.map(({ name }) => name);
  const username = await adminWriteTarget(context, { userPoolId, username: update.username });

  await context.auditedWrite(
    { action: "AdminUpdateUserAttributes", userPoolId, username, attributeNames },
    () =>
      adminUpdateUserAttributes(context.cognito, {
        userPoolId,
        username,
        attributes: update.userAttributes,
        clientMetadata,
      }),
  );
  context.loaders.forgetUsers();
  return { kind: "AdminUpdateUserAttributesSuccess", userPoolId, username };
}

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
