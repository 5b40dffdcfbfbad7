import {
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { type EmbeddedBackend, useEmbeddedGateway, uniqueName } from "../helpers/embedded.js";
import { startGateway, type TestGateway } from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors } from "../helpers/graphql.js";

const AdminUpdate = graphql(`
  mutation AdminUpdateIt_Update($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on AdminUpdateUserAttributesSuccess {
        user {
          sub
          username
          department: attribute(name: "custom:department")
          attributes {
            name
            value
          }
        }
      }
      ... on CognitoError {
        message
        code
      }
    }
  }
`);

const UserByName = graphql(`
  query AdminUpdateIt_User($userPoolId: ID, $username: String!) {
    user(userPoolId: $userPoolId, username: $username) {
      sub
      username
      email: attribute(name: "email")
      enabled
      status
    }
  }
`);

/** A pool id of the right shape that the emulator never created. */
const MISSING_POOL_ID = "local_Missing123";

describe("adminUpdateUserAttributes against the embedded Cognito", () => {
  let backend: EmbeddedBackend;
  let gateway: TestGateway;
  let cognito: CognitoIdentityProviderClient;
  let adminToken: string;
  let password: string;
  const unique = uniqueName;

  useEmbeddedGateway((world) => ({ backend, gateway, cognito, adminToken, password } = world));

  /** A fresh user with a verified email alias, so tests never share state. */
  async function aTarget(attributes: Record<string, string> = {}) {
    const username = unique("target");
    const email = `${username}@example.com`;
    const created = await backend.embedded.createUser({
      username,
      password,
      attributes: { email, email_verified: "true", ...attributes },
    });
    return { ...created, email };
  }

  /** The user's attributes as the emulator holds them, read around the gateway. */
  async function attributesInCognito(username: string): Promise<Record<string, string | undefined>> {
    const user = await cognito.send(
      new AdminGetUserCommand({ UserPoolId: backend.embedded.userPoolId, Username: username }),
    );
    return Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
  }

  it("sets a custom attribute and returns the user as Cognito holds it after the update", async () => {
    const target = await aTarget();

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: adminToken,
        variables: {
          input: {
            username: target.username,
            userAttributes: [{ name: "custom:department", value: "finance" }],
          },
        },
      }),
    );

    const result = data.adminUpdateUserAttributes;
    expect(result.__typename).toBe("AdminUpdateUserAttributesSuccess");
    if (result.__typename !== "AdminUpdateUserAttributesSuccess") return;
    expect(result.user).toMatchObject({ sub: target.sub, username: target.username, department: "finance" });
    expect(result.user.attributes).toContainEqual({ name: "custom:department", value: "finance" });
    expect((await attributesInCognito(target.username))["custom:department"]).toBe("finance");
  });

  it('deletes an attribute when the value is blank ("")', async () => {
    const target = await aTarget({ "custom:department": "sales" });

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: adminToken,
        variables: {
          input: { username: target.username, userAttributes: [{ name: "custom:department", value: "" }] },
        },
      }),
    );

    const result = data.adminUpdateUserAttributes;
    expect(result.__typename).toBe("AdminUpdateUserAttributesSuccess");
    if (result.__typename !== "AdminUpdateUserAttributesSuccess") return;
    expect(result.user.department).toBeNull();
    expect(result.user.attributes.map((a) => a.name)).not.toContain("custom:department");
    expect(await attributesInCognito(target.username)).not.toHaveProperty("custom:department");
  });

  it("accepts the user's verified email alias as the username", async () => {
    const target = await aTarget();

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: adminToken,
        variables: {
          input: { username: target.email, userAttributes: [{ name: "custom:department", value: "legal" }] },
        },
      }),
    );

    const result = data.adminUpdateUserAttributes;
    expect(result.__typename).toBe("AdminUpdateUserAttributesSuccess");
    if (result.__typename !== "AdminUpdateUserAttributesSuccess") return;
    // The alias resolves to the real user: the payload names them by their username, not the alias.
    expect(result.user).toMatchObject({ sub: target.sub, username: target.username, department: "legal" });
    expect((await attributesInCognito(target.username))["custom:department"]).toBe("legal");
  });

  it("returns the updated user when the update changes the email alias the user was addressed by", async () => {
    const target = await aTarget();
    const newEmail = `moved-${target.email}`;

    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: adminToken,
      variables: { input: { username: target.email, userAttributes: [{ name: "email", value: newEmail }] } },
    });

    // Cognito applies the change either way; the caller must not be told the write failed.
    expect((await attributesInCognito(target.username)).email).toBe(newEmail);
    const result = expectNoErrors(response).adminUpdateUserAttributes;
    expect(result.__typename).toBe("AdminUpdateUserAttributesSuccess");
    if (result.__typename !== "AdminUpdateUserAttributesSuccess") return;
    expect(result.user).toMatchObject({ sub: target.sub, username: target.username });
    expect(result.user.attributes).toContainEqual({ name: "email", value: newEmail });
  });

  it("accepts the user's sub as the username", async () => {
    const target = await aTarget();

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: adminToken,
        variables: {
          input: { username: target.sub, userAttributes: [{ name: "custom:department", value: "ops" }] },
        },
      }),
    );

    const result = data.adminUpdateUserAttributes;
    expect(result.__typename).toBe("AdminUpdateUserAttributesSuccess");
    if (result.__typename !== "AdminUpdateUserAttributesSuccess") return;
    expect(result.user).toMatchObject({ sub: target.sub, username: target.username, department: "ops" });
    expect((await attributesInCognito(target.username))["custom:department"]).toBe("ops");
  });

  it("returns CognitoUserNotFoundError for an email alias nobody holds, as real Cognito would", async () => {
    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: adminToken,
        variables: {
          input: {
            username: `${unique("nobody")}@example.com`,
            userAttributes: [{ name: "given_name", value: "x" }],
          },
        },
      }),
    );

    // An alias-shaped name is read before the write, and nobody answers to it. (A plain name nobody
    // holds goes straight to AdminUpdateUserAttributes, which cognito-local answers with
    // NotAuthorizedException: a declared divergence of the contract suite, missing-user-update.)
    expect(data.adminUpdateUserAttributes).toMatchObject({
      __typename: "CognitoUserNotFoundError",
      code: "UserNotFoundException",
    });
  });

  it("returns CognitoInvalidParameterError naming the nearest names for an attribute the pool does not define", async () => {
    const target = await aTarget();

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: adminToken,
        variables: {
          input: { username: target.username, userAttributes: [{ name: "custom:nope", value: "x" }] },
        },
      }),
    );

    expect(data.adminUpdateUserAttributes).toEqual({
      __typename: "CognitoInvalidParameterError",
      code: "InvalidParameterException",
      // Refused from the pool's schema (DescribeUserPool) before sending, with what the pool has.
      message: `Attribute "custom:nope" does not exist in user pool ${backend.backend.userPoolId}: the nearest it has: "custom:tenant"; a custom attribute must be added to the pool (AddCustomAttributes) before it can be written`,
    });
    expect(await attributesInCognito(target.username)).not.toHaveProperty("custom:nope");
  });

  it("returns CognitoInvalidParameterError for an attribute the pool declares immutable", async () => {
    const target = await aTarget({ "custom:tenant": "acme" });

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: adminToken,
        variables: {
          input: { username: target.username, userAttributes: [{ name: "custom:tenant", value: "globex" }] },
        },
      }),
    );

    expect(data.adminUpdateUserAttributes).toEqual({
      __typename: "CognitoInvalidParameterError",
      code: "InvalidParameterException",
      message:
        'Attribute "custom:tenant" cannot be updated: the pool declares it immutable (Mutable: false), so it is set only when the user is created',
    });
    expect((await attributesInCognito(target.username))["custom:tenant"]).toBe("acme");
  });

  it("refuses a well-formed pool that is not on the allow-list with a top-level FORBIDDEN error", async () => {
    const target = await aTarget();

    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: adminToken,
      variables: {
        input: {
          userPoolId: "us-east-1_NotAllowed1",
          username: target.username,
          userAttributes: [{ name: "custom:department", value: "finance" }],
        },
      },
    });

    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    expect(response.errors?.[0]?.message).toContain("us-east-1_NotAllowed1");
    expect(response.data?.adminUpdateUserAttributes ?? null).toBeNull();
  });

  describe("with a second pool on the allow-list", () => {
    let allowListing: TestGateway;

    beforeAll(async () => {
      // An allow-listed pool that no longer exists (deleted since the gateway was configured): the
      // allow-list lets the call through, and Cognito's answer to DescribeUserPool is the answer.
      allowListing = await startGateway(backend.backend, {
        env: { ALLOWED_USER_POOL_IDS: `${backend.backend.userPoolId},${MISSING_POOL_ID}` },
      });
    });
    afterAll(async () => {
      await allowListing?.close();
    });

    it("returns CognitoResourceNotFoundError for an allow-listed pool that no longer exists", async () => {
      const target = await aTarget();

      const data = expectNoErrors(
        await execute(allowListing.graphqlUrl, AdminUpdate, {
          token: adminToken,
          variables: {
            input: {
              userPoolId: MISSING_POOL_ID,
              username: target.username,
              userAttributes: [{ name: "custom:department", value: "finance" }],
            },
          },
        }),
      );

      expect(data.adminUpdateUserAttributes).toEqual({
        __typename: "CognitoResourceNotFoundError",
        code: "ResourceNotFoundException",
        message: `User pool ${MISSING_POOL_ID} does not exist (DescribeUserPool answered ResourceNotFoundException)`,
      });
    });
  });

  describe("the user query", () => {
    it("returns the user for an admin, found by username", async () => {
      const target = await aTarget();

      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, UserByName, {
          token: adminToken,
          variables: { username: target.username },
        }),
      );

      expect(data.user).toEqual({
        sub: target.sub,
        username: target.username,
        email: target.email,
        enabled: true,
        status: "CONFIRMED",
      });
    });

    it("refuses a well-formed pool that is not on the allow-list with a top-level FORBIDDEN error", async () => {
      const target = await aTarget();

      const response = await execute(gateway.graphqlUrl, UserByName, {
        token: adminToken,
        variables: { userPoolId: "us-east-1_NotAllowed1", username: target.username },
      });

      expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
      expect(response.data?.user ?? null).toBeNull();
    });

    it("returns null when the user does not exist", async () => {
      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, UserByName, {
          token: adminToken,
          variables: { username: unique("nobody") },
        }),
      );

      expect(data.user).toBeNull();
    });
  });
});
