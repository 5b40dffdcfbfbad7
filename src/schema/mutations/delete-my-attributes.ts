import {
  DELETE_USER_ATTRIBUTES_EXCEPTIONS,
  deleteUserAttributes,
} from "../../cognito/delete-user-attributes.js";
import { checkAttributeDeletion } from "../../validation/attribute-writes.js";
import { builder } from "../builder.js";
import { errorTypesFor } from "../cognito-error.js";
import { ownWrite } from "../caller.js";
import { loadSelf } from "../reads.js";
import { isKind } from "../result-kind.js";
import { UserType } from "../user.js";

interface DeleteMyAttributesSuccess {
  kind: "DeleteMyAttributesSuccess";
  accessToken: string;
}

const DeleteMyAttributesSuccessType = builder
  .objectRef<DeleteMyAttributesSuccess>("DeleteMyAttributesSuccess")
  .implement({
    description: "Cognito deleted the attributes.",
    isTypeOf: (value) => isKind(value, "DeleteMyAttributesSuccess"),
    fields: (t) => ({
      user: t.field({
        type: UserType,
        description: "The signed-in user after the deletion (GetUser).",
        resolve: (success, _args, context) => loadSelf(context, success.accessToken),
      }),
    }),
  });

export const DeleteMyAttributesResult = builder.errorUnion("DeleteMyAttributesResult", {
  description: "The success payload, or one type per exception Cognito documents for DeleteUserAttributes.",
  types: [DeleteMyAttributesSuccessType, ...errorTypesFor(DELETE_USER_ATTRIBUTES_EXCEPTIONS)],
});

export const DeleteMyAttributesInput = builder.inputType("DeleteMyAttributesInput", {
  description: "Attributes to delete from the signed-in user.",
  fields: (t) => ({
    attributeNames: t.stringList({ description: "e.g. `given_name` or `custom:department`." }),
  }),
});

builder.mutationField("deleteMyAttributes", (t) =>
  t.field({
    type: DeleteMyAttributesResult,
    description:
      "Signed-in users. Deletes the caller's own attributes with their access token (DeleteUserAttributes). Same write policy as `updateMyAttributes`.",
    args: {
      input: t.arg({
        type: DeleteMyAttributesInput,
        description: "The names of the caller's attributes to delete.",
      }),
    },
    resolve: async (_root, { input }, context) => {
      const { token: caller, subject } = await ownWrite(context);
      checkAttributeDeletion(
        input.attributeNames,
        context.writeScope("user", context.defaultUserPoolId, caller.clientId),
      );
      await deleteUserAttributes(context.cognito, {
        accessToken: caller.raw,
        subject,
        attributeNames: input.attributeNames,
      });
      context.loaders.forgetUsers();
      return { kind: "DeleteMyAttributesSuccess" as const, accessToken: caller.raw };
    },
  }),
);
