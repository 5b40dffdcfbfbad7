import { describe, expect, it } from "vitest";
import { ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS } from "../../src/cognito/admin-update-user-attributes.js";
import { UPDATE_USER_ATTRIBUTES_EXCEPTIONS } from "../../src/cognito/update-user-attributes.js";
import { graphql } from "../generated/index.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// Every exception Cognito documents for the two writes must come back as its own union member, with
// Cognito's code and message, over the real wire protocol (the FakeCognito speaks JSON 1.1).

const AdminUpdate = graphql(`
  mutation CognitoExceptions_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
        retryable
      }
      ... on CognitoTooManyRequestsError {
        retryAfterSeconds
      }
    }
  }
`);

const UpdateMine = graphql(`
  mutation CognitoExceptions_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
        retryable
      }
      ... on CognitoTooManyRequestsError {
        retryAfterSeconds
      }
    }
  }
`);

/** The union member for an exception: `UserNotFoundException` → `CognitoUserNotFoundError`. */
function expectedTypename(exception: string): string {
  const base = exception.replace(/Exception$/, "");
  return `Cognito${base.endsWith("Error") ? base : `${base}Error`}`;
}

/** Only throttling and Cognito's own faults may succeed unchanged later. */
const RETRYABLE = new Set(["TooManyRequestsException", "InternalErrorException"]);

/** A message no default in the gateway could produce, so the test proves Cognito's own text comes through. */
function distinctiveMessage(exception: string): string {
  return `Fake Cognito says ${exception} (case 7f3a9c)`;
}

describe("every exception Cognito documents for the attribute writes", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;

  useFakeGateway((world) => ({ fake, tokens, gateway } = world));

  it("covers the 14 exceptions of AdminUpdateUserAttributes and the 20 of UpdateUserAttributes", () => {
    expect(ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS).toHaveLength(14);
    expect(new Set(ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS).size).toBe(14);
    expect(UPDATE_USER_ATTRIBUTES_EXCEPTIONS).toHaveLength(20);
    expect(new Set(UPDATE_USER_ATTRIBUTES_EXCEPTIONS).size).toBe(20);
  });

  it("names the union members after Cognito's exceptions, without doubling Error", () => {
    expect(expectedTypename("InternalErrorException")).toBe("CognitoInternalError");
    expect(expectedTypename("UserNotFoundException")).toBe("CognitoUserNotFoundError");
  });

  describe("adminUpdateUserAttributes", () => {
    it.each([...ADMIN_UPDATE_USER_ATTRIBUTES_EXCEPTIONS])(
      "returns the union member for %s with Cognito's code, message and retryability",
      async (exception) => {
        const admin = fake.addUser(aUser());
        const target = fake.addUser(aUser());
        fake.fail("AdminUpdateUserAttributes", exception, distinctiveMessage(exception));

        const response = await execute(gateway.graphqlUrl, AdminUpdate, {
          token: await tokens.adminAccessToken(admin),
          variables: {
            input: { username: target.username, userAttributes: [{ name: "given_name", value: "Ada" }] },
          },
        });

        const data = expectNoErrors(response);
        expect(data.adminUpdateUserAttributes).toMatchObject({
          __typename: expectedTypename(exception),
          code: exception,
          message: distinctiveMessage(exception),
          retryable: RETRYABLE.has(exception),
        });
        // The verdict came from Cognito: the gateway did send the write.
        expect(fake.requestsFor("AdminUpdateUserAttributes").length).toBeGreaterThanOrEqual(1);
      },
    );

    it("reports no retryAfterSeconds when Cognito itself throttled the write", async () => {
      const admin = fake.addUser(aUser());
      const target = fake.addUser(aUser());
      fake.fail("AdminUpdateUserAttributes", "TooManyRequestsException", "Rate exceeded");

      const response = await execute(gateway.graphqlUrl, AdminUpdate, {
        token: await tokens.adminAccessToken(admin),
        variables: {
          input: { username: target.username, userAttributes: [{ name: "locale", value: "de" }] },
        },
      });

      expect(expectNoErrors(response).adminUpdateUserAttributes).toEqual({
        __typename: "CognitoTooManyRequestsError",
        code: "TooManyRequestsException",
        message: "Rate exceeded",
        retryable: true,
        retryAfterSeconds: null,
      });
    });
  });

  describe("updateMyAttributes", () => {
    it.each([...UPDATE_USER_ATTRIBUTES_EXCEPTIONS])(
      "returns the union member for %s with Cognito's code, message and retryability",
      async (exception) => {
        const user = fake.addUser(aUser());
        fake.fail("UpdateUserAttributes", exception, distinctiveMessage(exception));

        const response = await execute(gateway.graphqlUrl, UpdateMine, {
          token: await tokens.accessToken(user),
          variables: { input: { userAttributes: [{ name: "given_name", value: "Ada" }] } },
        });

        const data = expectNoErrors(response);
        expect(data.updateMyAttributes).toMatchObject({
          __typename: expectedTypename(exception),
          code: exception,
          message: distinctiveMessage(exception),
          retryable: RETRYABLE.has(exception),
        });
        expect(fake.requestsFor("UpdateUserAttributes").length).toBeGreaterThanOrEqual(1);
      },
    );
  });
});

describe("Cognito messages that quote a token", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;

  useFakeGateway((world) => ({ fake, tokens, gateway } = world));

  it("never hands the caller a token Cognito put in its message (moto's NotAuthorizedException is the token)", async () => {
    const user = fake.addUser(aUser());
    const token = await tokens.accessToken(user);
    fake.fail("UpdateUserAttributes", "NotAuthorizedException", token);

    const response = await execute(gateway.graphqlUrl, UpdateMine, {
      token,
      variables: { input: { userAttributes: [{ name: "given_name", value: "Ada" }] } },
    });

    expect(JSON.stringify(response)).not.toContain(token.split(".")[1]);
    expect(expectNoErrors(response).updateMyAttributes).toEqual({
      __typename: "CognitoNotAuthorizedError",
      code: "NotAuthorizedException",
      message: "[token]",
      retryable: false,
    });
    expect(gateway.logs.text()).not.toContain(token.split(".")[2]);
  });
});
