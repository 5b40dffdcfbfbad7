import {
  VERIFY_USER_ATTRIBUTE_EXCEPTIONS,
  verifyUserAttribute,
} from "../../cognito/verify-user-attribute.js";
import { checkConfirmationCode, checkVerifiableAttribute } from "../../validation/attribute-writes.js";
import { builder } from "../builder.js";
import { errorTypesFor } from "../cognito-error.js";
import { ownWrite } from "../caller.js";
import { loadSelf } from "../reads.js";
import { isKind } from "../result-kind.js";
import { UserType } from "../user.js";

interface VerifyMyAttributeSuccess {
  kind: "VerifyMyAttributeSuccess";
  accessToken: string;
}

const VerifyMyAttributeSuccessType = builder
  .objectRef<VerifyMyAttributeSuccess>("VerifyMyAttributeSuccess")
  .implement({
    description: "The code matched: the attribute is verified, and a pending new value is now current.",
    isTypeOf: (value) => isKind(value, "VerifyMyAttributeSuccess"),
    fields: (t) => ({
      user: t.field({
        type: UserType,
        description: "The signed-in user after verification (GetUser), e.g. with `email_verified` true.",
        resolve: (success, _args, context) => loadSelf(context, success.accessToken),
      }),
    }),
  });

export const VerifyMyAttributeResult = builder.errorUnion("VerifyMyAttributeResult", {
  description: "The success payload, or one type per exception Cognito documents for VerifyUserAttribute.",
  types: [VerifyMyAttributeSuccessType, ...errorTypesFor(VERIFY_USER_ATTRIBUTE_EXCEPTIONS)],
});

export const VerifyMyAttributeInput = builder.inputType("VerifyMyAttributeInput", {
  description: "The code Cognito sent for an email address or phone number.",
  fields: (t) => ({
    attributeName: t.string({ description: "`email` or `phone_number`." }),
    code: t.string({ description: "The verification code from the message." }),
  }),
});

builder.mutationField("verifyMyAttribute", (t) =>
  t.field({
    type: VerifyMyAttributeResult,
    description:
      "Signed-in users. Confirms a changed email or phone number with the code Cognito sent (VerifyUserAttribute), completing `updateMyAttributes`.",
    args: {
      input: t.arg({
        type: VerifyMyAttributeInput,
        description: "The attribute to verify (`email` or `phone_number`) and the code Cognito sent for it.",
      }),
    },
    resolve: async (_root, { input }, context) => {
      checkVerifiableAttribute(input.attributeName);
      checkConfirmationCode(input.code);
      const { token: caller, subject } = await ownWrite(context);
      await verifyUserAttribute(context.cognito, {
        accessToken: caller.raw,
        subject,
        attributeName: input.attributeName,
        code: input.code,
      });
      context.loaders.forgetUsers();
      return { kind: "VerifyMyAttributeSuccess" as const, accessToken: caller.raw };
    },
  }),
);
