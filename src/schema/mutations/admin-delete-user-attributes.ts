import {
  ADMIN_DELETE_USER_ATTRIBUTES_EXCEPTIONS,
  adminDeleteUserAttributes,
} from "../../cognito/admin-delete-user-attributes.js";
import { checkAttributeDeletion, checkUsername, checkUserPoolId } from "../../validation/attribute-writes.js";
import { builder } from "../builder.js";
import { errorTypesFor } from "../cognito-error.js";
import { adminWriteTarget } from "../admin-write-target.js";
import { loadExistingUser } from "../reads.js";
import { isKind } from "../result-kind.js";
import { UserType } from "../user.js";

interface AdminDeleteUserAttributesSuccess {
  kind: "AdminDeleteUserAttributesSuccess";
  userPoolId: string;
  username: string;
}

const AdminDeleteUserAttributesSuccessType = builder
  .objectRef<AdminDeleteUserAttributesSuccess>("AdminDeleteUserAttributesSuccess")
  .implement({
    description: "Cognito deleted the attributes.",
    isTypeOf: (value) => isKind(value, "AdminDeleteUserAttributesSuccess"),
    fields: (t) => ({
      user: t.field({
        type: UserType,
        description: "The user as Cognito holds it after the deletion (AdminGetUser).",
        resolve: (success, _args, context) => loadExistingUser(context, success),
      }),
    }),
  });

export const AdminDeleteUserAttributesResult = builder.errorUnion("AdminDeleteUserAttributesResult", {
  description:
    "The success payload, or one type per exception Cognito documents for AdminDeleteUserAttributes.",
  types: [AdminDeleteUserAttributesSuccessType, ...errorTypesFor(ADMIN_DELETE_USER_ATTRIBUTES_EXCEPTIONS)],
});

export const AdminDeleteUserAttributesInput = builder.inputType("AdminDeleteUserAttributesInput", {
  description: "Which user, and which of their attributes to delete.",
  fields: (t) => ({
    userPoolId: t.id({ required: false, description: "Defaults to the gateway's configured pool." }),
    username: t.string({ description: "The username, an alias (email/phone) or the sub of a local user." }),
    attributeNames: t.stringList({ description: "e.g. `given_name` or `custom:department`." }),
  }),
});

builder.mutationField("adminDeleteUserAttributes", (t) =>
  t.field({
    type: AdminDeleteUserAttributesResult,
    description:
      "Admins only. Deletes any user's attributes with the gateway's IAM credentials (AdminDeleteUserAttributes).",
    args: {
      input: t.arg({
        type: AdminDeleteUserAttributesInput,
        description:
          "The user (username, alias or sub) and the names of the attributes to delete, and optionally the pool.",
      }),
    },
    resolve: async (_root, { input }, context) => {
      const userPoolId = input.userPoolId ? String(input.userPoolId) : context.defaultUserPoolId;
      checkUserPoolId(userPoolId);
      checkUsername(input.username);
      checkAttributeDeletion(input.attributeNames, context.writeScope("admin", userPoolId));
      const { username, subject } = await adminWriteTarget(context, { userPoolId, username: input.username });
      await context.auditedWrite(
        { action: "AdminDeleteUserAttributes", userPoolId, username, attributeNames: input.attributeNames },
        () =>
          adminDeleteUserAttributes(context.cognito, {
            userPoolId,
            username,
            subject,
            attributeNames: input.attributeNames,
          }),
      );
      context.loaders.forgetUsers();
      return { kind: "AdminDeleteUserAttributesSuccess" as const, userPoolId, username };
    },
  }),
);
