import { describe, expect, it } from "vitest";
import { ADMIN_DELETE_USER_ATTRIBUTES_EXCEPTIONS } from "../../src/cognito/admin-delete-user-attributes.js";
import { DELETE_USER_ATTRIBUTES_EXCEPTIONS } from "../../src/cognito/delete-user-attributes.js";
import { GET_USER_ATTRIBUTE_VERIFICATION_CODE_EXCEPTIONS } from "../../src/cognito/get-user-attribute-verification-code.js";
import { VERIFY_USER_ATTRIBUTE_EXCEPTIONS } from "../../src/cognito/verify-user-attribute.js";
import { graphql } from "../generated/index.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// Every exception Cognito documents for the verification and deletion operations must come back as
// its own union member with Cognito's code and message, over the real wire protocol.

const Verify = graphql(`
  mutation VerificationExceptions_Verify($input: VerifyMyAttributeInput!) {
    verifyMyAttribute(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const Resend = graphql(`
  mutation VerificationExceptions_Resend($input: ResendMyAttributeVerificationCodeInput!) {
    resendMyAttributeVerificationCode(input: $input) {
      __typename
      ... on ResendMyAttributeVerificationCodeSuccess {
        codeDeliveryDetails {
          attributeName
          deliveryMedium
          destination
        }
      }
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const DeleteMine = graphql(`
  mutation VerificationExceptions_DeleteMine($input: DeleteMyAttributesInput!) {
    deleteMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const AdminDelete = graphql(`
  mutation VerificationExceptions_AdminDelete($input: AdminDeleteUserAttributesInput!) {
    adminDeleteUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

/** The union member for an exception: `UserNotFoundException` → `CognitoUserNotFoundError`. */
function expectedTypename(exception: string): string {
  const base = exception.replace(/Exception$/, "");
  return `Cognito${base.endsWith("Error") ? base : `${base}Error`}`;
}

/** A message no default in the gateway could produce, so Cognito's own text must come through. */
function distinctiveMessage(exception: string): string {
  return `Fake Cognito says ${exception} (case 41b8e2)`;
}

describe("every exception Cognito documents for verification and deletion", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;

  useFakeGateway((world) => ({ fake, tokens, gateway } = world));

  function failEvery(operation: string, exception: string): void {
    fake.fail(operation, exception, distinctiveMessage(exception));
  }

  it("covers 14 exceptions of VerifyUserAttribute, 18 of GetUserAttributeVerificationCode, 10 of DeleteUserAttributes and 7 of AdminDeleteUserAttributes", () => {
    for (const [list, length] of [
      [VERIFY_USER_ATTRIBUTE_EXCEPTIONS, 14],
      [GET_USER_ATTRIBUTE_VERIFICATION_CODE_EXCEPTIONS, 18],
      [DELETE_USER_ATTRIBUTES_EXCEPTIONS, 10],
      [ADMIN_DELETE_USER_ATTRIBUTES_EXCEPTIONS, 7],
    ] as const) {
      expect(list).toHaveLength(length);
      expect(new Set(list).size).toBe(length);
    }
  });

  describe("verifyMyAttribute", () => {
    it.each([...VERIFY_USER_ATTRIBUTE_EXCEPTIONS])(
      "returns the union member for %s with Cognito's code and message",
      async (exception) => {
        const user = fake.addUser(aUser());
        failEvery("VerifyUserAttribute", exception);

        const response = await execute(gateway.graphqlUrl, Verify, {
          token: await tokens.accessToken(user),
          variables: { input: { attributeName: "email", code: "123456" } },
        });

        expect(expectNoErrors(response).verifyMyAttribute).toEqual({
          __typename: expectedTypename(exception),
          code: exception,
          message: distinctiveMessage(exception),
        });
        expect(fake.requestsFor("VerifyUserAttribute").length).toBeGreaterThanOrEqual(1);
      },
    );
  });

  describe("resendMyAttributeVerificationCode", () => {
    it.each([...GET_USER_ATTRIBUTE_VERIFICATION_CODE_EXCEPTIONS])(
      "returns the union member for %s with Cognito's code and message",
      async (exception) => {
        const user = fake.addUser(aUser());
        failEvery("GetUserAttributeVerificationCode", exception);

        const response = await execute(gateway.graphqlUrl, Resend, {
          token: await tokens.accessToken(user),
          variables: { input: { attributeName: "email" } },
        });

        expect(expectNoErrors(response).resendMyAttributeVerificationCode).toEqual({
          __typename: expectedTypename(exception),
          code: exception,
          message: distinctiveMessage(exception),
        });
        expect(fake.requestsFor("GetUserAttributeVerificationCode").length).toBeGreaterThanOrEqual(1);
      },
    );

    it("returns the CodeDeliveryDetails Cognito answers with", async () => {
      const user = fake.addUser(aUser());
      fake.reply("GetUserAttributeVerificationCode", {
        CodeDeliveryDetails: { AttributeName: "email", DeliveryMedium: "EMAIL", Destination: "u***@e***" },
      });

      const response = await execute(gateway.graphqlUrl, Resend, {
        token: await tokens.accessToken(user),
        variables: { input: { attributeName: "email", clientMetadata: [{ key: "origin", value: "app" }] } },
      });

      expect(expectNoErrors(response).resendMyAttributeVerificationCode).toEqual({
        __typename: "ResendMyAttributeVerificationCodeSuccess",
        codeDeliveryDetails: { attributeName: "email", deliveryMedium: "EMAIL", destination: "u***@e***" },
      });
      expect(fake.requestsFor("GetUserAttributeVerificationCode").map((request) => request.body)).toEqual([
        { AccessToken: expect.any(String), AttributeName: "email", ClientMetadata: { origin: "app" } },
      ]);
    });

    it("returns SMS delivery details for a phone number", async () => {
      const user = fake.addUser(aUser());
      fake.reply("GetUserAttributeVerificationCode", {
        CodeDeliveryDetails: {
          AttributeName: "phone_number",
          DeliveryMedium: "SMS",
          Destination: "+*******0100",
        },
      });

      const response = await execute(gateway.graphqlUrl, Resend, {
        token: await tokens.accessToken(user),
        variables: { input: { attributeName: "phone_number" } },
      });

      expect(expectNoErrors(response).resendMyAttributeVerificationCode).toEqual({
        __typename: "ResendMyAttributeVerificationCodeSuccess",
        codeDeliveryDetails: {
          attributeName: "phone_number",
          deliveryMedium: "SMS",
          destination: "+*******0100",
        },
      });
    });

    it("returns null codeDeliveryDetails when Cognito answers without them", async () => {
      const user = fake.addUser(aUser());
      fake.reply("GetUserAttributeVerificationCode", {});

      const response = await execute(gateway.graphqlUrl, Resend, {
        token: await tokens.accessToken(user),
        variables: { input: { attributeName: "email" } },
      });

      expect(expectNoErrors(response).resendMyAttributeVerificationCode).toEqual({
        __typename: "ResendMyAttributeVerificationCodeSuccess",
        codeDeliveryDetails: null,
      });
    });
  });

  // Cognito's LimitExceededException is a per-user cap (codes or verification attempts per hour,
  // per-user code quotas, https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html): retrying within seconds cannot lift it, only spends more of it, and
  // the gateway itself reports it as not retryable. The SDK's standard retry mode counts it as
  // throttling, so the client must be told otherwise.
  describe("LimitExceededException", () => {
    it("sends VerifyUserAttribute only once when Cognito answers LimitExceededException", async () => {
      const user = fake.addUser(aUser());
      failEvery("VerifyUserAttribute", "LimitExceededException");

      const response = await execute(gateway.graphqlUrl, Verify, {
        token: await tokens.accessToken(user),
        variables: { input: { attributeName: "email", code: "123456" } },
      });

      expect(expectNoErrors(response).verifyMyAttribute.__typename).toBe("CognitoLimitExceededError");
      expect(fake.requestsFor("VerifyUserAttribute")).toHaveLength(1);
    });

    it("sends GetUserAttributeVerificationCode only once when Cognito answers LimitExceededException", async () => {
      const user = fake.addUser(aUser());
      failEvery("GetUserAttributeVerificationCode", "LimitExceededException");

      const response = await execute(gateway.graphqlUrl, Resend, {
        token: await tokens.accessToken(user),
        variables: { input: { attributeName: "email" } },
      });

      expect(expectNoErrors(response).resendMyAttributeVerificationCode.__typename).toBe(
        "CognitoLimitExceededError",
      );
      expect(fake.requestsFor("GetUserAttributeVerificationCode")).toHaveLength(1);
    });
  });

  describe("deleteMyAttributes", () => {
    it.each([...DELETE_USER_ATTRIBUTES_EXCEPTIONS])(
      "returns the union member for %s with Cognito's code and message",
      async (exception) => {
        const user = fake.addUser(aUser());
        failEvery("DeleteUserAttributes", exception);

        const response = await execute(gateway.graphqlUrl, DeleteMine, {
          token: await tokens.accessToken(user),
          variables: { input: { attributeNames: ["given_name"] } },
        });

        expect(expectNoErrors(response).deleteMyAttributes).toEqual({
          __typename: expectedTypename(exception),
          code: exception,
          message: distinctiveMessage(exception),
        });
        expect(fake.requestsFor("DeleteUserAttributes").length).toBeGreaterThanOrEqual(1);
      },
    );
  });

  describe("adminDeleteUserAttributes", () => {
    it.each([...ADMIN_DELETE_USER_ATTRIBUTES_EXCEPTIONS])(
      "returns the union member for %s with Cognito's code and message",
      async (exception) => {
        const admin = fake.addUser(aUser());
        const target = fake.addUser(aUser());
        failEvery("AdminDeleteUserAttributes", exception);

        const response = await execute(gateway.graphqlUrl, AdminDelete, {
          token: await tokens.adminAccessToken(admin),
          variables: { input: { username: target.username, attributeNames: ["given_name"] } },
        });

        expect(expectNoErrors(response).adminDeleteUserAttributes).toEqual({
          __typename: expectedTypename(exception),
          code: exception,
          message: distinctiveMessage(exception),
        });
        expect(fake.requestsFor("AdminDeleteUserAttributes").length).toBeGreaterThanOrEqual(1);
      },
    );
  });
});
