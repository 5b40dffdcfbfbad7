import { readFileSync } from "node:fs";
import { type GraphQLUnionType, isObjectType, isUnionType } from "graphql";
import { describe, expect, it } from "vitest";
import { ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS } from "../../../src/cognito/admin-update-user-attributes.js";
import { COGNITO_EXCEPTIONS } from "../../../src/cognito/errors.js";
import { UPDATE_USER_ATTRIBUTES_EXCEPTIONS } from "../../../src/cognito/update-user-attributes.js";
import { schema } from "../../../src/schema/index.js";
import { printFederationAdditionsSdl, printSubgraphSdl } from "../../../src/schema/print.js";

function members(unionName: string): string[] {
  const type = schema.getType(unionName);
  expect(isUnionType(type), `${unionName} is a union`).toBe(true);
  return (type as GraphQLUnionType)
    .getTypes()
    .map((member) => member.name)
    .sort();
}

describe("result unions", () => {
  it("AdminUpdateUserAttributesResult holds the success type and exactly Cognito's 14 documented exceptions", () => {
    expect(members("AdminUpdateUserAttributesResult")).toEqual(
      [
        "AdminUpdateUserAttributesSuccess",
        "CognitoAliasExistsError",
        "CognitoInternalError",
        "CognitoInvalidEmailRoleAccessPolicyError",
        "CognitoInvalidLambdaResponseError",
        "CognitoInvalidParameterError",
        "CognitoInvalidSmsRoleAccessPolicyError",
        "CognitoInvalidSmsRoleTrustRelationshipError",
        "CognitoNotAuthorizedError",
        "CognitoOperationNotEnabledError",
        "CognitoResourceNotFoundError",
        "CognitoTooManyRequestsError",
        "CognitoUnexpectedLambdaError",
        "CognitoUserLambdaValidationError",
        "CognitoUserNotFoundError",
      ].sort(),
    );
    expect(ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS).toHaveLength(14);
  });

  it("UpdateMyAttributesResult holds the success type and exactly Cognito's 20 documented exceptions", () => {
    expect(members("UpdateMyAttributesResult")).toEqual(
      [
        "UpdateMyAttributesSuccess",
        "CognitoAliasExistsError",
        "CognitoCodeDeliveryFailureError",
        "CognitoCodeMismatchError",
        "CognitoExpiredCodeError",
        "CognitoForbiddenError",
        "CognitoInternalError",
        "CognitoInvalidEmailRoleAccessPolicyError",
        "CognitoInvalidLambdaResponseError",
        "CognitoInvalidParameterError",
        "CognitoInvalidSmsRoleAccessPolicyError",
        "CognitoInvalidSmsRoleTrustRelationshipError",
        "CognitoNotAuthorizedError",
        "CognitoOperationNotEnabledError",
        "CognitoPasswordResetRequiredError",
        "CognitoResourceNotFoundError",
        "CognitoTooManyRequestsError",
        "CognitoUnexpectedLambdaError",
        "CognitoUserLambdaValidationError",
        "CognitoUserNotConfirmedError",
        "CognitoUserNotFoundError",
      ].sort(),
    );
    expect(UPDATE_USER_ATTRIBUTES_EXCEPTIONS).toHaveLength(20);
  });

  it("every error type implements CognitoError and has a description", () => {
    for (const exception of Object.keys(COGNITO_EXCEPTIONS)) {
      const name = `Cognito${exception.replace(/Exception$/, "").replace(/(?<!Error)$/, "Error")}`;
      const type = schema.getType(name);
      expect(type, name).toBeDefined();
      expect(type?.description, name).toBeTruthy();
      expect(isObjectType(type) && type.getInterfaces().map((face) => face.name), name).toEqual([
        "CognitoError",
      ]);
    }
  });
});

describe("schema artifact", () => {
  it.each([
    { file: "schema.graphql", print: printSubgraphSdl },
    { file: "federation.graphql", print: printFederationAdditionsSdl },
  ])(
    "schema/$file matches the built schema (run `npm run schema:print` after a change)",
    ({ file, print }) => {
      const committed = readFileSync(new URL(`../../../schema/${file}`, import.meta.url), "utf8");
      expect(committed).toBe(print());
    },
  );

  it("every type and field in the SDL carries a description", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || type.name.startsWith("_") || type.name.startsWith("link__")) continue;
      if (["String", "Boolean", "ID", "Int", "Float"].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith("_")) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          // GraphiQL shows an argument's description where the caller types it (the mutations' `input`).
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
