import {
  CognitoIdentityProviderServiceException,
  TooManyRequestsException,
  UserNotFoundException,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import {
  COGNITO_EXCEPTIONS,
  type CognitoExceptionName,
  CognitoServiceError,
  cognitoErrorClasses,
  errorClassName,
  scrubTokens,
  toCognitoError,
  UserNotFoundError,
} from "../../../src/cognito/errors.js";

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

/** An exception as the SDK deserializes it from Cognito's JSON 1.1 answer. */
function sdkException(name: string, message: string): CognitoIdentityProviderServiceException {
  return new CognitoIdentityProviderServiceException({
    name,
    message,
    $fault: "client",
    $metadata: { httpStatusCode: 400 },
  });
}

describe("errorClassName and the error classes", () => {
  it("names each class after Cognito's exception, without doubling Error", () => {
    expect(errorClassName("UserNotFoundException")).toBe("UserNotFoundError");
    expect(errorClassName("InternalErrorException")).toBe("InternalError");
    for (const name of Object.keys(COGNITO_EXCEPTIONS) as CognitoExceptionName[]) {
      const error = new cognitoErrorClasses[name]("m");
      expect(error.constructor.name).toBe(errorClassName(name));
      expect(error.code).toBe(name);
      expect(error).toBeInstanceOf(CognitoServiceError);
    }
  });

  it("marks only throttling and Cognito's own faults retryable", () => {
    const retryable = (Object.keys(COGNITO_EXCEPTIONS) as CognitoExceptionName[]).filter(
      (name) => new cognitoErrorClasses[name]("m").retryable,
    );
    expect(retryable.sort()).toEqual(["InternalErrorException", "TooManyRequestsException"]);
  });
});

describe("toCognitoError", () => {
  it("maps a documented exception to its domain error with Cognito's message", () => {
    const mapped = toCognitoError(
      new UserNotFoundException({ message: "User does not exist.", $metadata: {} }),
      ["UserNotFoundException", "NotAuthorizedException"],
    );

    expect(mapped).toBeInstanceOf(UserNotFoundError);
    expect((mapped as CognitoServiceError).message).toBe("User does not exist.");
    expect((mapped as CognitoServiceError).retryAfterSeconds).toBeUndefined();
  });

  it("uses the documented meaning when Cognito sends no message (the SDK says UnknownError)", () => {
    for (const message of ["", "UnknownError"]) {
      const mapped = toCognitoError(sdkException("TooManyRequestsException", message), [
        "TooManyRequestsException",
      ]);
      expect((mapped as CognitoServiceError).message).toBe(COGNITO_EXCEPTIONS.TooManyRequestsException);
    }
  });

  it("scrubs a token out of the message Cognito (or an emulator) echoes", () => {
    const mapped = toCognitoError(sdkException("NotAuthorizedException", `Invalid token ${JWT}`), [
      "NotAuthorizedException",
    ]);

    expect((mapped as CognitoServiceError).message).toBe("Invalid token [token]");
  });

  it("leaves an exception the operation does not document untouched in kind, but scrubs its message", () => {
    const undocumented = new TooManyRequestsException({ message: `slow down ${JWT}`, $metadata: {} });

    const mapped = toCognitoError(undocumented, ["UserNotFoundException"]);

    expect(mapped).toBe(undocumented);
    expect(mapped).not.toBeInstanceOf(CognitoServiceError);
    expect((mapped as Error).message).toBe("slow down [token]");
  });

  it("leaves anything that is not a Cognito service exception alone: transport failures reach masking", () => {
    const network = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    const named = Object.assign(new Error("looks like Cognito"), { name: "UserNotFoundException" });

    expect(toCognitoError(network, ["UserNotFoundException"])).toBe(network);
    expect(toCognitoError(named, ["UserNotFoundException"])).toBe(named);
    expect(toCognitoError("a string", ["UserNotFoundException"])).toBe("a string");
  });
});
