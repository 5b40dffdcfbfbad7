import { describe, expect, it } from "vitest";
import type { SchemaAttribute } from "../../../src/cognito/describe-user-pool.js";
import { stringAttribute } from "../../../src/pool/standard-attributes.js";
import { CognitoServiceError } from "../../../src/cognito/errors.js";
import type { WriteScope } from "../../../src/permissions/attribute-policy.js";
import { createPoolContract } from "../../../src/pool/pool-contract.js";
import {
  checkAttributeDeletion,
  checkAttributeWrite,
  checkUsername,
} from "../../../src/validation/attribute-writes.js";

const attribute = (name: string, overrides: Partial<SchemaAttribute> = {}): SchemaAttribute =>
  stringAttribute(name, overrides);

/** A pool like a real one: standard attributes, a required email, and one custom attribute of each kind. */
const contract = createPoolContract(
  {
    userPoolId: "eu-west-1_Contract1",
    attributes: [
      attribute("sub", { mutable: false, required: true, minLength: 1 }),
      attribute("email", { required: true }),
      attribute("given_name"),
      attribute("phone_number"),
      attribute("birthdate", { minLength: 10, maxLength: 10 }),
      attribute("updated_at", { type: "Number", minLength: undefined, maxLength: undefined, minValue: 0 }),
      attribute("email_verified", { type: "Boolean", minLength: undefined, maxLength: undefined }),
      attribute("custom:department", { maxLength: 10 }),
      attribute("custom:tenant", { mutable: false }),
      attribute("custom:level", { type: "Number", minValue: 1, maxValue: 5 }),
      attribute("custom:active", { type: "Boolean" }),
      attribute("custom:since", { type: "DateTime" }),
      attribute("dev:custom:clearance", { developerOnly: true }),
    ],
    usernameAttributes: [],
    aliasAttributes: ["email"],
    autoVerifiedAttributes: ["email"],
    attributesRequireVerificationBeforeUpdate: [],
  },
  [
    {
      clientId: "webclient",
      clientName: "web",
      readAttributes: undefined,
      writeAttributes: [
        "given_name",
        "custom:department",
        "custom:level",
        "custom:active",
        "custom:since",
        "email",
        "phone_number",
        "birthdate",
        "updated_at",
      ],
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

const policy = { adminOnlyAttributes: new Set<string>(), readOnlyAttributes: new Set<string>() };
const admin: WriteScope = { path: "admin", policy, contract };
const web: WriteScope = { path: "user", policy, contract, clientId: "webclient" };

/** The refusal `check` throws: its Cognito code and message. */
function refusal(check: () => void): { code: string; message: string } {
  try {
    check();
  } catch (error) {
    if (error instanceof CognitoServiceError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the write to be refused");
}

const write = (scope: WriteScope, name: string, value: string) => () =>
  checkAttributeWrite([{ name, value }], scope);

describe("checkAttributeWrite against the pool's contract", () => {
  it("lets a write the pool allows through", () => {
    expect(() =>
      checkAttributeWrite(
        [
          { name: "given_name", value: "Ada" },
          { name: "custom:department", value: "research" },
          { name: "custom:level", value: "3" },
          { name: "custom:active", value: "true" },
          { name: "custom:since", value: "2024-05-01T12:00:00Z" },
          { name: "phone_number", value: "+14325551212" },
          { name: "birthdate", value: "1990-02-28" },
          { name: "updated_at", value: "1700000000" },
          { name: "email", value: "ada@example.com" },
        ],
        web,
      ),
    ).not.toThrow();
  });

  it("refuses a name the pool does not have and lists the nearest names it has", () => {
    expect(refusal(write(admin, "department", "x"))).toEqual({
      code: "InvalidParameterException",
      message: expect.stringContaining('the nearest it has: "custom:department"'),
    });
    expect(refusal(write(admin, "custom:departmnet", "x")).message).toContain('"custom:department"');
  });

  it("matches names exactly: no trimming, case folding or Unicode normalisation", () => {
    for (const name of [
      " given_name",
      "given_name ",
      "Given_Name",
      "custom:Department",
      "given_nam\u0065\u0301",
    ]) {
      expect(refusal(write(admin, name, "x")).message).toContain("does not exist in user pool");
    }
  });

  it.each([
    ["sub", "any", "permanent id"],
    ["custom:tenant", "acme", "immutable"],
    ["email", "", "required by the pool and cannot be deleted"],
    ["custom:department", "a".repeat(11), "0 to 10 characters long (it has 11)"],
    ["custom:level", "2.5", "whole number"],
    ["custom:level", "9", "between 1 and 5"],
    ["custom:active", "yes", '"true" or "false"'],
    ["custom:since", "next tuesday", "ISO 8601"],
    ["email", "not-an-address", "email address"],
    ["phone_number", "+1 432 555 1212", "E.164"],
    ["phone_number", "4325551212", "E.164"],
    ["birthdate", "1990-02-30", "YYYY-MM-DD"],
    ["updated_at", "-5", "at least 0"],
    ["email_verified", "maybe", '"true" or "false"'],
  ])("refuses %s = %j as InvalidParameterException (%s) on the admin path", (name, value, mentions) => {
    const answer = refusal(write(admin, name, value));
    expect(answer.code).toBe("InvalidParameterException");
    expect(answer.message).toContain(mentions);
  });

  it("never quotes a value in its message", () => {
    const secret = "SECRET-VALUE-123";
    expect(refusal(write(admin, "custom:level", secret)).message).not.toContain(secret);
    expect(refusal(write(admin, "email", secret)).message).not.toContain(secret);
  });

  it("refuses developer-only attributes on the user path and allows them on the admin path", () => {
    expect(refusal(write(web, "dev:custom:clearance", "top"))).toEqual({
      code: "NotAuthorizedException",
      message: expect.stringContaining("developer-only"),
    });
    expect(write(admin, "dev:custom:clearance", "top")).not.toThrow();
  });

  it("holds the user path to the app client's WriteAttributes and says how to grant one", () => {
    const webAnswer = refusal(write(web, "custom:tenant", "acme"));
    expect(webAnswer.code).toBe("NotAuthorizedException");
    expect(webAnswer.message).toContain("app client web (webclient) may not write it");
    expect(webAnswer.message).toContain("WriteAttributes with UpdateUserPoolClient");
  });

  it("applies Cognito's default WriteAttributes (the standard attributes) to a client that sets none", () => {
    const defaults: WriteScope = { ...web, clientId: "defaultclient" };
    expect(write(defaults, "given_name", "Ada")).not.toThrow();
    expect(refusal(write(defaults, "custom:department", "ops")).message).toContain(
      "it sets no WriteAttributes, so only the standard attributes are writable",
    );
  });

  it("refuses a list longer than the pool has attributes without checking each item", () => {
    const items = Array.from({ length: 20_000 }, (_, index) => ({ name: `custom:n${index}`, value: "x" }));
    const answer = refusal(() => checkAttributeWrite(items, admin));
    expect(answer.message).toBe(
      `userAttributes holds 20000 items, but user pool eu-west-1_Contract1 has ${contract.attributes.size} attributes and each may be named once`,
    );
  });

  it("lists at most ten problems in one message and counts the rest", () => {
    const items = Array.from({ length: 12 }, (_, index) => ({ name: `custom:x${index}`, value: "x" }));
    const answer = refusal(() => checkAttributeWrite(items, admin));
    expect(answer.message.match(/does not exist/g)).toHaveLength(10);
    expect(answer.message).toMatch(/; and 2 more problems$/);
  });
});

describe("checkAttributeDeletion against the pool's contract", () => {
  it.each([
    ["sub", "permanent id"],
    ["email", "required"],
    ["custom:tenant", "immutable"],
  ])("refuses to delete %s (%s)", (name, mentions) => {
    const answer = refusal(() => checkAttributeDeletion([name], admin));
    expect(answer.code).toBe("InvalidParameterException");
    expect(answer.message).toContain(mentions);
  });

  it("holds the user path's deletes to WriteAttributes", () => {
    expect(refusal(() => checkAttributeDeletion(["custom:tenant"], web)).code).toBe("NotAuthorizedException");
    expect(() => checkAttributeDeletion(["custom:department", "given_name"], web)).not.toThrow();
  });
});

describe("checkUsername", () => {
  it.each([" alice", "alice ", "al ice", "alice\n", "\u00a0alice"])("refuses %j (whitespace)", (username) => {
    expect(refusal(() => checkUsername(username)).message).toContain("must not contain whitespace");
  });

  it("accepts usernames, email aliases and subs", () => {
    for (const username of [
      "alice",
      "alice@example.com",
      "+14325551212",
      "6f1c0e2a-8b7d-4f3e-9a1b-2c3d4e5f6a7b",
    ]) {
      expect(() => checkUsername(username)).not.toThrow();
    }
  });
});
