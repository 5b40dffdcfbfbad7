import {
  ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS,
  adminUpdateUserAttributes,
} from "../cognito/admin-update-user-attributes.js";
import type { GatewayContext } from "../context.js";
import {
  checkAttributeWrite,
  checkUsername,
  checkUserPoolId,
  toClientMetadata,
} from "../validation/attribute-writes.js";
import { adminWriteTarget } from "./admin-write-target.js";
import { builder } from "./builder.js";
import { errorTypesFor } from "./cognito-error.js";
import { loadExistingUser } from "./reads.js";
import { isKind } from "./result-kind.js";
import { UserType } from "./user.js";

/*
 * The admin write path the single (adminUpdateUserAttributes) and the bulk
 * (adminUpdateUsersAttributes) mutation share: one update's checks, call and audit, and the result
 * union each item of either answers with. Each mutation file keeps only its input and root field.
 */

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
  const { username, subject } = await adminWriteTarget(context, { userPoolId, username: update.username });

  await context.auditedWrite(
    { action: "AdminUpdateUserAttributes", userPoolId, username, attributeNames },
    () =>
      adminUpdateUserAttributes(context.cognito, {
        userPoolId,
        username,
        subject,
        attributes: update.userAttributes,
        clientMetadata,
      }),
  );
  context.loaders.forgetUsers();
  return { kind: "AdminUpdateUserAttributesSuccess", userPoolId, username };
}
