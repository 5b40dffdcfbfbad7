import { describe, expect, it } from "vitest";
import { ADMIN_GET_USER_EXCEPTIONS } from "../../src/cognito/admin-get-user.js";
import { GET_USER_EXCEPTIONS } from "../../src/cognito/get-user.js";
import { graphql } from "../generated/index.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { type TestGateway } from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// Reads are not errors-as-data: Cognito's verdict on a read becomes a top-level error whose
// extensions.code is the exception name, except that a missing user on `user` is simply null.

const UserQuery = graphql(`
  query ReadErrors_User($username: String!) {
    user(username: $username) {
      username
      attribute(name: "email")
    }
  }
`);

const MeQuery = graphql(`
  query ReadErrors_Me {
    me {
      username
    }
  }
`);

const AdminUpdateWithUser = graphql(`
  mutation ReadErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on AdminUpdateUserAttributesSuccess {
        user {
          username
          attribute(name: "given_name")
        }
      }
      ... on CognitoError {
        code
      }
    }
  }
`);

const UpdateMineWithUser = graphql(`
  mutation ReadErrors_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on UpdateMyAttributesSuccess {
        user {
          username
          attribute(name: "given_name")
        }
      }
      ... on CognitoError {
        code
      }
    }
  }
`);

const RETRYABLE = new Set(["TooManyRequestsException", "InternalErrorException"]);

describe("errors on the reads behind me, user and the success payloads", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;
  let adminToken: string;

  useFakeGateway(async (world) => {
    ({ fake, tokens, gateway } = world);
    adminToken = await tokens.adminAccessToken(fake.addUser(aUser()));
  });

  describe("user (AdminGetUser)", () => {
    it("returns the user Cognito holds", async () => {
      const target = fake.addUser(aUser());

      const response = await execute(gateway.graphqlUrl, UserQuery, {
        token: adminToken,
        variables: { username: target.username },
      });

      expect(expectNoErrors(response).user).toEqual({
        username: target.username,
        attribute: target.attributes.email,
      });
    });

    it("returns null without an error when Cognito answers UserNotFoundException", async () => {
      fake.fail("AdminGetUser", "UserNotFoundException", "User does not exist.");

      const response = await execute(gateway.graphqlUrl, UserQuery, {
        token: adminToken,
        variables: { username: "nobody-here" },
      });

      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ user: null });
      expect(fake.requestsFor("AdminGetUser")).toHaveLength(1);
    });

    it.each(ADMIN_GET_USER_EXCEPTIONS.filter((exception) => exception !== "UserNotFoundException"))(
      "returns a top-level error coded %s with Cognito's message",
      async (exception) => {
        const message = `Fake Cognito says ${exception} on AdminGetUser`;
        fake.fail("AdminGetUser", exception, message);

        const response = await execute(gateway.graphqlUrl, UserQuery, {
          token: adminToken,
          variables: { username: "someone" },
        });

        expect(response.data).toEqual({ user: null });
        expect(response.errors).toHaveLength(1);
        expect(response.errors?.[0]).toMatchObject({
          message,
          path: ["user"],
          extensions: { code: exception, retryable: RETRYABLE.has(exception) },
        });
      },
    );
  });

  describe("me (GetUser)", () => {
    it("returns the signed-in user read with their own token", async () => {
      const user = fake.addUser(aUser());

      const response = await execute(gateway.graphqlUrl, MeQuery, { token: await tokens.accessToken(user) });

      expect(expectNoErrors(response).me).toEqual({ username: user.username });
      expect(fake.requestsFor("GetUser")).toHaveLength(1);
    });

    it.each([...GET_USER_EXCEPTIONS])(
      "returns a top-level error coded %s with Cognito's message",
      async (exception) => {
        const user = fake.addUser(aUser());
        const message = `Fake Cognito says ${exception} on GetUser`;
        fake.fail("GetUser", exception, message);

        const response = await execute(gateway.graphqlUrl, MeQuery, {
          token: await tokens.accessToken(user),
        });

        expect(response.data).toEqual({ me: null });
        expect(response.errors).toHaveLength(1);
        expect(response.errors?.[0]).toMatchObject({
          message,
          path: ["me"],
          extensions: { code: exception, retryable: RETRYABLE.has(exception) },
        });
      },
    );
  });

  describe("success payloads whose follow-up read fails", () => {
    /** The follow-up AdminGetUser fails; the one that resolves the target before the write does not. */
    function failReadsAfterTheWrite(type: string, message: string): void {
      fake.when("AdminGetUser", () => fake.requestsFor("AdminUpdateUserAttributes").length > 0, {
        kind: "fail",
        type,
        message,
      });
    }

    it("adminUpdateUserAttributes reports the AdminGetUser exception after Cognito applied the write", async () => {
      const target = fake.addUser(aUser());
      failReadsAfterTheWrite("NotAuthorizedException", "Fake Cognito: not allowed to read");

      // Named by sub, so the target is read before the write as well as after it.
      const response = await execute(gateway.graphqlUrl, AdminUpdateWithUser, {
        token: adminToken,
        variables: {
          input: { username: target.sub, userAttributes: [{ name: "given_name", value: "Grace" }] },
        },
      });

      expect(errorCodes(response)).toEqual(["NotAuthorizedException"]);
      expect(response.errors?.[0]).toMatchObject({
        message: "Fake Cognito: not allowed to read",
        path: ["adminUpdateUserAttributes", "user"],
      });
      // The result is non-null, so the failed read nulls the whole response; the write itself happened.
      expect(response.data).toBeNull();
      expect(fake.findUser(target.username)?.attributes.given_name).toBe("Grace");
      // The sub is resolved first (the write goes to the real username), then the user is read back.
      expect(fake.requests.map((request) => request.operation)).toEqual([
        "AdminGetUser",
        "AdminUpdateUserAttributes",
        "AdminGetUser",
      ]);
    });

    it("adminUpdateUserAttributes reports UserNotFoundException when the user is gone by the follow-up read", async () => {
      const target = fake.addUser(aUser());
      failReadsAfterTheWrite("UserNotFoundException", "User does not exist.");

      const response = await execute(gateway.graphqlUrl, AdminUpdateWithUser, {
        token: adminToken,
        variables: {
          input: { username: target.username, userAttributes: [{ name: "given_name", value: "Grace" }] },
        },
      });

      expect(errorCodes(response)).toEqual(["UserNotFoundException"]);
      expect(response.errors?.[0]?.path).toEqual(["adminUpdateUserAttributes", "user"]);
      expect(response.data).toBeNull();
    });

    it("updateMyAttributes reports the GetUser exception after Cognito applied the write", async () => {
      const user = fake.addUser(aUser());
      fake.fail("GetUser", "PasswordResetRequiredException", "Fake Cognito: password reset required");

      const response = await execute(gateway.graphqlUrl, UpdateMineWithUser, {
        token: await tokens.accessToken(user),
        variables: { input: { userAttributes: [{ name: "given_name", value: "Grace" }] } },
      });

      expect(errorCodes(response)).toEqual(["PasswordResetRequiredException"]);
      expect(response.errors?.[0]).toMatchObject({
        message: "Fake Cognito: password reset required",
        path: ["updateMyAttributes", "user"],
      });
      expect(response.data).toBeNull();
      expect(fake.findUser(user.username)?.attributes.given_name).toBe("Grace");
    });

    it("returns the updated user in the payload when the follow-up read succeeds", async () => {
      const target = fake.addUser(aUser());

      const response = await execute(gateway.graphqlUrl, AdminUpdateWithUser, {
        token: adminToken,
        variables: {
          input: { username: target.username, userAttributes: [{ name: "given_name", value: "Grace" }] },
        },
      });

      expect(expectNoErrors(response).adminUpdateUserAttributes).toEqual({
        __typename: "AdminUpdateUserAttributesSuccess",
        user: { username: target.username, attribute: "Grace" },
      });
    });
  });
});
