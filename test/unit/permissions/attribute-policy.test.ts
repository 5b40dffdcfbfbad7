import { describe, expect, it } from "vitest";
import type { SchemaAttribute } from "../../../src/cognito/describe-user-pool.js";
import { NotAuthorizedError } from "../../../src/cognito/errors.js";
import {
  checkWritePermission,
  DEFAULT_ADMIN_ONLY_ATTRIBUTES,
  type WriteScope,
  writeRefusal,
} from "../../../src/permissions/attribute-policy.js";
import { createPoolContract } from "../../../src/pool/pool-contract.js";

const attribute = (name: string, developerOnly = false): SchemaAttribute => ({
  name,
  type: "String",
  mutable: true,
  required: false,
  developerOnly,
  minLength: undefined,
  maxLength: undefined,
  minValue: undefined,
  maxValue: undefined,
});

const contract = createPoolContract(
  {
    userPoolId: "eu-west-1_Policy1",
    attributes: ["email", "email_verified", "given_name", "custom:role", "custom:team", "custom:locked"]
      .map((name) => attribute(name))
      .concat(attribute("dev:custom:clearance", true)),
    usernameAttributes: [],
    aliasAttributes: [],
    autoVerifiedAttributes: [],
    attributesRequireVerificationBeforeUpdate: [],
  },
  [
    {
      clientId: "webclient",
      clientName: "web",
      readAttributes: undefined,
      writeAttributes: ["given_name", "custom:team", "custom:role", "email_verified", "custom:locked"],
    },
    {
      clientId: "defaultclient",
      clientName: undefined,
      readAttributes: undefined,
      writeAttributes: undefined,
    },
  ],
  new Date(0),
);

const policy = {
  adminOnlyAttributes: new Set(DEFAULT_ADMIN_ONLY_ATTRIBUTES),
  readOnlyAttributes: new Set(["custom:locked"]),
};
const admin: WriteScope = { path: "admin", policy, contract };
const user = (clientId: string | undefined): WriteScope => ({ path: "user", policy, contract, clientId });

describe("writeRefusal", () => {
  it("refuses READ_ONLY_ATTRIBUTES on both paths, before anything else", () => {
    expect(writeRefusal("custom:locked", admin)).toBe(
      "read-only through this gateway, per READ_ONLY_ATTRIBUTES",
    );
    expect(writeRefusal("custom:locked", user("webclient"))).toBe(
      "read-only through this gateway, per READ_ONLY_ATTRIBUTES",
    );
  });

  it("lets the admin path write verification flags, developer-only and admin-only attributes", () => {
    for (const name of ["email_verified", "dev:custom:clearance", "custom:role", "custom:team"]) {
      expect(writeRefusal(name, admin), name).toBeUndefined();
    }
  });

  it("holds the user path to codes for verification flags, even when the app client may write them", () => {
    expect(writeRefusal("email_verified", user("webclient"))).toBe(
      "users verify with a code, through verifyMyAttribute",
    );
  });

  it("keeps developer-only and ADMIN_ONLY_ATTRIBUTES from users, whatever WriteAttributes say", () => {
    expect(writeRefusal("dev:custom:clearance", user("webclient"))).toMatch(/^a developer-only attribute/);
    expect(writeRefusal("custom:role", user("webclient"))).toBe(
      "only administrators may write it, per ADMIN_ONLY_ATTRIBUTES",
    );
  });

  it("holds the user path to its app client's WriteAttributes, and says how to grant one", () => {
    expect(writeRefusal("custom:team", user("webclient"))).toBeUndefined();
    expect(writeRefusal("email", user("webclient"))).toBe(
      "app client web (webclient) may not write it: it is not in the client's WriteAttributes; grant it by adding the attribute to WriteAttributes with UpdateUserPoolClient",
    );
    expect(writeRefusal("given_name", user("defaultclient"))).toBeUndefined();
    expect(writeRefusal("custom:team", user("defaultclient"))).toMatch(
      /^app client defaultclient may not write it: it sets no WriteAttributes, so only the standard attributes are writable/,
    );
  });

  it("refuses a user token from an app client whose permissions were not loaded", () => {
    for (const clientId of ["otherclient", undefined]) {
      expect(writeRefusal("given_name", user(clientId))).toMatch(/see COGNITO_CLIENT_IDS$/);
    }
  });
});

describe("checkWritePermission", () => {
  it("passes when every name may be written", () => {
    expect(() => checkWritePermission(["given_name", "custom:team"], user("webclient"))).not.toThrow();
  });

  it("throws one NotAuthorizedError naming every refused attribute with its reason, in Cognito's words", () => {
    let thrown: unknown;
    try {
      checkWritePermission(["given_name", "custom:role", "custom:locked"], user("webclient"));
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(NotAuthorizedError);
    expect((thrown as Error).message).toBe(
      "A client attempted to write unauthorized attribute: custom:role (only administrators may write it, per ADMIN_ONLY_ATTRIBUTES); custom:locked (read-only through this gateway, per READ_ONLY_ATTRIBUTES)",
    );
  });
});
