import type { BackendName, Outcome } from "./scenarios.js";

/**
 * Where a backend differs from Cognito's documented behaviour, per scenario: one line for the README,
 * and the outcome the backend really gives. The suite asserts that outcome, so when a backend is
 * fixed its test fails until the entry is removed. The gateway is never bent to a backend.
 */
export interface Divergence {
  /** What the backend does instead, one line. */
  says: string;
  observed: Outcome;
}

/** Scenarios a backend cannot run at all, with the reason (the README table shows it). */
export interface NotRun {
  why: string;
}

/** moto answers an operation it does not implement with HTTP 500 and an HTML page; the gateway masks it. */
const MOTO_UNIMPLEMENTED = "error: INTERNAL_SERVER_ERROR";

export const DIVERGENCES: Record<BackendName, Record<string, Divergence>> = {
  moto: {
    "pool-describes-standard-attributes": {
      says: "DescribeUserPool lists only the custom attributes; the gateway still knows the standard ones every pool has",
      observed: { listsStandard: false, gatewayKnows: true },
    },
    "admin-update-blank-deletes": {
      says: "stores the blank value instead of deleting the attribute",
      observed: { result: "AdminUpdateUserAttributesSuccess", stored: { given_name: "" } },
    },
    "user-update-blank-deletes": {
      says: "stores the blank value instead of deleting the attribute",
      observed: { result: "UpdateMyAttributesSuccess", stored: { given_name: "" } },
    },
    "user-delete": {
      says: "no DeleteUserAttributes (HTTP 500 HTML page: `Unexpected error.`); nothing deleted",
      observed: { result: MOTO_UNIMPLEMENTED, stored: { nickname: "ada" } },
    },
    "email-change-pending": {
      says: "applies the new email at once and sends no code (ignores AttributesRequireVerificationBeforeUpdate)",
      observed: {
        result: "UpdateMyAttributesSuccess",
        codeSentBy: null,
        destination: null,
        storedEmail: "new",
      },
    },
    "admin-email-change-pending": {
      says: "applies an admin's email change at once",
      observed: { result: "AdminUpdateUserAttributesSuccess", storedEmail: "new" },
    },
    "verify-wrong-code": {
      says: "no VerifyUserAttribute (HTTP 500: `Unexpected error.`); the email had already changed",
      observed: { result: MOTO_UNIMPLEMENTED, storedEmail: "new" },
    },
    "verify-right-code": {
      says: "sends no code and has no VerifyUserAttribute (HTTP 500: `Unexpected error.`)",
      observed: { codeSent: false, result: MOTO_UNIMPLEMENTED, storedEmail: "new", emailVerified: "true" },
    },
    "resend-code": {
      says: "no GetUserAttributeVerificationCode (HTTP 500: `Unexpected error.`)",
      observed: { result: MOTO_UNIMPLEMENTED, deliveryMedium: null },
    },
    "read-user-by-alias": {
      says: "AdminGetUser does not resolve an alias: UserNotFoundException, so `user` is null",
      observed: { found: false },
    },
    "read-user-by-sub": {
      says: "AdminGetUser does not resolve a sub: UserNotFoundException, so `user` is null",
      observed: { found: false },
    },
  },
  "cognito-local": {
    "pool-developer-only": {
      says: "names a developer-only attribute `custom:<name>` instead of `dev:custom:<name>` (the flag is kept, and the gateway goes by it)",
      observed: {
        name: "custom:clearance",
        user: "CognitoNotAuthorizedError",
        admin: "AdminUpdateUserAttributesSuccess",
      },
    },
    "email-change-pending": {
      says: "keeps the change pending and sends a code, but names the whole address as its destination",
      observed: {
        result: "UpdateMyAttributesSuccess",
        codeSentBy: "EMAIL",
        destination: "whole address",
        storedEmail: "old",
      },
    },
    "admin-email-change-pending": {
      says: "applies an admin's email change at once",
      observed: { result: "AdminUpdateUserAttributesSuccess", storedEmail: "new" },
    },
    "resend-code": {
      says: "sends the code but returns no CodeDeliveryDetails (`codeDeliveryDetails: null`)",
      observed: { result: "ResendMyAttributeVerificationCodeSuccess", deliveryMedium: null },
    },
    "revoked-token": {
      says: "no AdminUserGlobalSignOut (`Unsupported`): tokens cannot be revoked and stay valid",
      observed: { signOut: "Unsupported", result: "UpdateMyAttributesSuccess", tokenInMessage: false },
    },
  },
  FakeCognito: {
    "email-change-pending": {
      says: "applies the new email at once (it does answer with CodeDeliveryDetails)",
      observed: {
        result: "UpdateMyAttributesSuccess",
        codeSentBy: "EMAIL",
        destination: "masked",
        storedEmail: "new",
      },
    },
    "admin-email-change-pending": {
      says: "applies an admin's email change at once",
      observed: { result: "AdminUpdateUserAttributesSuccess", storedEmail: "new" },
    },
    "verify-wrong-code": {
      says: "no default VerifyUserAttribute: tests script its answers (InvalidParameterException otherwise)",
      observed: { result: "CognitoInvalidParameterError", storedEmail: "new" },
    },
    "verify-right-code": {
      says: "sends no codes and has no default VerifyUserAttribute: tests script them",
      observed: {
        codeSent: false,
        result: "CognitoInvalidParameterError",
        storedEmail: "new",
        emailVerified: "true",
      },
    },
    "resend-code": {
      says: "no default GetUserAttributeVerificationCode: tests script its answers",
      observed: { result: "CognitoInvalidParameterError", deliveryMedium: null },
    },
  },
  Cognito: {},
};

export const NOT_RUN: Record<BackendName, Record<string, NotRun>> = {
  moto: {},
  "cognito-local": {},
  FakeCognito: {},
  Cognito: {
    "verify-right-code": { why: "the code is emailed; a test cannot read it" },
  },
};
