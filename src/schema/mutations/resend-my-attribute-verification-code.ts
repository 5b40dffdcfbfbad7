import {
  GET_USER_ATTRIBUTE_VERIFICATION_CODE_EXCEPTIONS,
  getUserAttributeVerificationCode,
} from "../../cognito/get-user-attribute-verification-code.js";
import type { CodeDeliveryDetails } from "../../cognito/types.js";
import { checkVerifiableAttribute, toClientMetadata } from "../../validation/attribute-writes.js";
import { ClientMetadataEntryInput } from "../attribute-inputs.js";
import { builder } from "../builder.js";
import { CodeDeliveryDetailsType } from "../code-delivery-details.js";
import { errorTypesFor } from "../cognito-error.js";
import { callerToken } from "../caller.js";
import { isKind } from "../result-kind.js";

interface ResendMyAttributeVerificationCodeSuccess {
  kind: "ResendMyAttributeVerificationCodeSuccess";
  codeDeliveryDetails: CodeDeliveryDetails | null;
}

const ResendSuccessType = builder
  .objectRef<ResendMyAttributeVerificationCodeSuccess>("ResendMyAttributeVerificationCodeSuccess")
  .implement({
    description: "Cognito sent a new verification code.",
    isTypeOf: (value) => isKind(value, "ResendMyAttributeVerificationCodeSuccess"),
    fields: (t) => ({
      codeDeliveryDetails: t.field({
        type: CodeDeliveryDetailsType,
        nullable: true,
        description: "Where the code went, as Cognito reports it; null when Cognito does not say.",
        resolve: (success) => success.codeDeliveryDetails,
      }),
    }),
  });

export const ResendMyAttributeVerificationCodeResult = builder.errorUnion(
  "ResendMyAttributeVerificationCodeResult",
  {
    description:
      "The success payload, or one type per exception Cognito documents for GetUserAttributeVerificationCode.",
    types: [ResendSuccessType, ...errorTypesFor(GET_USER_ATTRIBUTE_VERIFICATION_CODE_EXCEPTIONS)],
  },
);

export const ResendMyAttributeVerificationCodeInput = builder.inputType(
  "ResendMyAttributeVerificationCodeInput",
  {
    description: "Which attribute to send a new code for.",
    fields: (t) => ({
      attributeName: t.string({ description: "`email` or `phone_number`." }),
      clientMetadata: t.field({
        type: [ClientMetadataEntryInput],
        required: false,
        description:
          "Passed to the pool's custom message Lambda trigger. Not stored or encrypted by Cognito.",
      }),
    }),
  },
);

builder.mutationField("resendMyAttributeVerificationCode", (t) =>
  t.field({
    type: ResendMyAttributeVerificationCodeResult,
    description:
      "Signed-in users. Sends a new verification code for the caller's email or phone number (GetUserAttributeVerificationCode). Cognito allows 5 per user per hour.",
    args: {
      input: t.arg({
        type: ResendMyAttributeVerificationCodeInput,
        description:
          "The attribute (`email` or `phone_number`) to send a new code for, and optionally client metadata.",
      }),
    },
    resolve: async (_root, { input }, context) => {
      checkVerifiableAttribute(input.attributeName);
      const clientMetadata = toClientMetadata(input.clientMetadata);
      const caller = await callerToken(context);
      const codeDeliveryDetails = await getUserAttributeVerificationCode(context.cognito, {
        accessToken: caller.raw,
        attributeName: input.attributeName,
        clientMetadata,
      });
      return { kind: "ResendMyAttributeVerificationCodeSuccess" as const, codeDeliveryDetails };
    },
  }),
);
