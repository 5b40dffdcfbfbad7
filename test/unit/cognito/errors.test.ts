import { describe, expect, it } from "vitest";
import { scrubTokens } from "../../../src/cognito/errors.js";

const JWT =
  "eyJraWQiOiJkdW1teSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiIyNmE1Nzc0NiIsInRva2VuX3VzZSI6ImFjY2VzcyJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU";

describe("scrubTokens", () => {
  it("replaces a JWT, alone or inside a sentence", () => {
    expect(scrubTokens(JWT)).toBe("[token]");
    expect(scrubTokens(`Invalid token ${JWT}, sign in again`)).toBe("Invalid token [token], sign in again");
  });

  it("replaces a JWT with padding or without a signature, and a five-part JWE", () => {
    expect(scrubTokens(`${JWT.split(".").slice(0, 2).join(".")}.`)).toBe("[token]");
    expect(scrubTokens("eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVydGV4dA.dGFn")).toBe("[token]");
  });

  it("replaces long base64url triples that do not open with a JSON header", () => {
    const opaque = "QUJDREVGR0hJSktMTU5PUA.UVJTVFVWV1hZWmFiY2RlZg.Z2hpamtsbW5vcHFyc3R1dg";
    expect(scrubTokens(`token: ${opaque}`)).toBe("token: [token]");
  });

  it("keeps Cognito's ordinary messages whole, dotted names and host names included", () => {
    for (const message of [
      "user.email: Attribute cannot be updated.",
      "Invalid user attributes: user.custom:tenant: Attribute does not exist in the schema.",
      "Endpoint cognito-idp.us-east-1.amazonaws.com is unreachable",
      "Access Token has been revoked",
    ]) {
      expect(scrubTokens(message)).toBe(message);
    }
  });
});
