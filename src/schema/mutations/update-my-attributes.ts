import type { CodeDeliveryDetails } from "../../cognito/types.js";
import {
  UPDATE_USER_ATTRIBUTES_EXCEPTIONS,
  updateUserAttributes,
} from "../../cognito/update-user-attributes.js";
import { checkAttributeWrite, toClientMetadata } from "../../validation/attribute-writes.js";
import { ClientMetadataEntryInput, UserAttributeInput } from "../attribute-inputs.js";
import { builder } from "../builder.js";
import { CodeDeliveryDetailsType } from "../code-delivery-details.js";
import { errorTypesFor } from "../cognito-error.js";
import { ownWrite } from "../caller.js";
import { loadSelf } from "../reads.js";
import { isKind } from "../result-kind.js";
import { UserType } from "../user.js";

interface UpdateMyAttributesSuccess {
  kind: "UpdateMyAttributesSuccess";
  accessToken: string;
  codeDeliveryDetails: CodeDeliveryDetails[];
}

const UpdateMyAttributesSuccessType = builder
  .objectRef<UpdateMyAttributesSuccess>("UpdateMyAttributesSuccess")
  .implement({
    description: "Cognito accepted the update.",
    isTypeOf: (value) => isKind(value, "UpdateMyAttributesSuccess"),
    fields: (t) => ({
      user: t.field({
        type: UserType,
        description:
          "The signed-in user as Cognito holds it after the update (GetUser). A changed email or phone that needs verification shows once verified.",
        resolve: (success, _args, context) => loadSelf(context, success.accessToken),
      }),
      codeDeliveryDetails: t.field({
        type: [CodeDeliveryDetailsType],
        description:
          "Where verification codes were sent for changed email addresses or phone numbers; empty when nothing needs verifying.",
        resolve: (success) => success.codeDeliveryDetails,
      }),
    }),
  });

export const UpdateMyAttributesResult = builder.errorUnion("UpdateMyAttributesResult", {
  description:
    "The success payload, or one type per exception Cognito documents for UpdateUserAttributes. Invalid input is refused before Cognito is called.",
  types: [UpdateMyAttributesSuccessType, ...errorTypesFor(UPDATE_USER_ATTRIBUTES_EXCEPTIONS)],
});

export const UpdateMyAttributesInput = builder.inputType("UpdateMyAttributesInput", {
  description: "The signed-in user's own attribute changes.",
  fields: (t) => ({
    userAttributes: t.field({
      type: [UserAttributeInput],
      description:
        'Attributes to write; a value of "" deletes the attribute. `email_verified` and `phone_number_verified` are refused: verify with a code instead.',
    }),
    clientMetadata: t.field({
      type: [ClientMetadataEntryInput],
      required: false,
      description: "Passed to the pool's custom message Lambda trigger. Not stored or encrypted by Cognito.",
    }),
  }),
});

builder.mutationField("updateMyAttributes", (t) =>
  t.field({
    type: UpdateMyAttributesResult,
    description:
      "Signed-in users. Updates the caller's own attributes with their access token (UpdateUserAttributes); no IAM credentials are involved.",
    args: {
      input: t.arg({
        type: UpdateMyAttributesInput,
        description:
          "The caller's attributes to write, and optionally client metadata for the pool's Lambda triggers.",
      }),
    },
    resolve: async (_root, { input }, context) => {
      const { token: caller, subject } = await ownWrite(context);
      checkAttributeWrite(
        input.userAttributes,
        context.writeScope("user", context.defaultUserPoolId, caller.clientId),
      );
      const clientMetadata = toClientMetadata(input.clientMetadata);
      const accessToken = caller.raw;

      const codeDeliveryDetails = await updateUserAttributes(context.cognito, {
        accessToken,
        subject,
        attributes: input.userAttributes,
        clientMetadata,
      });
      context.loaders.forgetUsers();
      return { kind: "UpdateMyAttributesSuccess" as const, accessToken, codeDeliveryDetails };
    },
  }),
);
