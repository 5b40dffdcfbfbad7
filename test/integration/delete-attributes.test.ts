import {
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { type EmbeddedBackend, useEmbeddedGateway, uniqueName } from "../helpers/embedded.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { type TestGateway } from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

const DeleteMine = graphql(`
  mutation DeleteAttributes_DeleteMine($input: DeleteMyAttributesInput!) {
    deleteMyAttributes(input: $input) {
      __typename
      ... on DeleteMyAttributesSuccess {
        user {
          sub
          username
          attributes {
            name
            value
          }
        }
      }
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const AdminDelete = graphql(`
  mutation DeleteAttributes_AdminDelete($input: AdminDeleteUserAttributesInput!) {
    adminDeleteUserAttributes(input: $input) {
      __typename
      ... on AdminDeleteUserAttributesSuccess {
        user {
          sub
          username
          attributes {
            name
            value
          }
        }
      }
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

/** Attribute names of a payload user. */
const names = (user: { attributes: { name: string }[] }): string[] => user.attributes.map((a) => a.name);

/** Deletions the write policy refuses a user, whatever Cognito would say. */
const USER_REFUSED = [
  { attribute: "custom:tenant", why: "admin-only by default" },
  { attribute: "custom:employee_id", why: "not in the demo client's WriteAttributes" },
  { attribute: "custom:clearance", why: "developer-only in the demo pool" },
  { attribute: "email_verified", why: "a verification flag" },
  { attribute: "phone_number_verified", why: "a verification flag" },
];

/** The same refusals on the FakeCognito's pool, whose default client may write every custom attribute. */
const FAKE_USER_REFUSED = [
  { attribute: "custom:tenant", why: "admin-only by default" },
  { attribute: "custom:role", why: "admin-only by default" },
  { attribute: "email_verified", why: "a verification flag" },
  { attribute: "dev:custom:mydev", why: "developer-only" },
];

/** Lists Cognito would have to reject, refused by the gateway as CognitoInvalidParameterError. */
const INVALID_LISTS = [
  { title: "an empty list", attributeNames: [] as string[], mentions: "at least one" },
  {
    title: "a name given twice",
    attributeNames: ["given_name", "given_name"],
    mentions: "more than once",
  },
  { title: "a custom name without its prefix", attributeNames: ["department"], mentions: "custom:" },
];

describe("deleting attributes against the embedded Cognito", () => {
  let backend: EmbeddedBackend;
  let gateway: TestGateway;
  let cognito: CognitoIdentityProviderClient;
  let adminToken: string;
  let password: string;
  const unique = uniqueName;

  useEmbeddedGateway((world) => ({ backend, gateway, cognito, adminToken, password } = world));

  /** A fresh signed-in user, so tests never share state. */
  async function aSignedInUser(attributes: Record<string, string> = {}) {
    const username = unique("deleter");
    const created = await backend.embedded.createUser({
      username,
      password,
      attributes: { email: `${username}@example.com`, email_verified: "true", ...attributes },
    });
    const { accessToken } = await backend.embedded.signIn(username, password);
    return { ...created, accessToken };
  }

  /** The user's attributes as the emulator holds them, read around the gateway. */
  async function attributesInCognito(username: string): Promise<Record<string, string | undefined>> {
    const user = await cognito.send(
      new AdminGetUserCommand({ UserPoolId: backend.embedded.userPoolId, Username: username }),
    );
    return Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
  }

  describe("deleteMyAttributes", () => {
    it("removes the attributes from the caller and returns them without those attributes", async () => {
      const user = await aSignedInUser({ given_name: "Grace", "custom:department": "navy", locale: "en" });

      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, DeleteMine, {
          token: user.accessToken,
          variables: { input: { attributeNames: ["given_name", "custom:department"] } },
        }),
      );

      const result = data.deleteMyAttributes;
      expect(result.__typename).toBe("DeleteMyAttributesSuccess");
      if (result.__typename !== "DeleteMyAttributesSuccess") return;
      expect(result.user).toMatchObject({ sub: user.sub, username: user.username });
      expect(names(result.user)).not.toContain("given_name");
      expect(names(result.user)).not.toContain("custom:department");
      expect(result.user.attributes).toContainEqual({ name: "locale", value: "en" });
      const stored = await attributesInCognito(user.username);
      expect(stored).not.toHaveProperty("given_name");
      expect(stored).not.toHaveProperty("custom:department");
      expect(stored.locale).toBe("en");
    });

    it.each(USER_REFUSED)(
      "returns CognitoNotAuthorizedError when a user deletes $attribute ($why), and keeps it",
      async ({ attribute }) => {
        const user = await aSignedInUser({
          "custom:tenant": "acme",
          "custom:employee_id": "7",
          "custom:clearance": "secret",
          phone_number: "+15555550100",
          phone_number_verified: "true",
        });
        const before = await attributesInCognito(user.username);
        expect(before).toHaveProperty(attribute);

        const data = expectNoErrors(
          await execute(gateway.graphqlUrl, DeleteMine, {
            token: user.accessToken,
            variables: { input: { attributeNames: [attribute] } },
          }),
        );

        expect(data.deleteMyAttributes).toMatchObject({
          __typename: "CognitoNotAuthorizedError",
          code: "NotAuthorizedException",
          message: expect.stringContaining(attribute),
        });
        expect(await attributesInCognito(user.username)).toEqual(before);
      },
    );

    it.each(INVALID_LISTS)(
      "returns CognitoInvalidParameterError for $title",
      async ({ attributeNames, mentions }) => {
        const user = await aSignedInUser({ given_name: "Ada" });

        const data = expectNoErrors(
          await execute(gateway.graphqlUrl, DeleteMine, {
            token: user.accessToken,
            variables: { input: { attributeNames } },
          }),
        );

        expect(data.deleteMyAttributes).toMatchObject({
          __typename: "CognitoInvalidParameterError",
          code: "InvalidParameterException",
          message: expect.stringContaining(mentions),
        });
        expect((await attributesInCognito(user.username)).given_name).toBe("Ada");
      },
    );
  });

  describe("adminDeleteUserAttributes", () => {
    it("removes the attributes from any user and returns them without those attributes", async () => {
      const target = await aSignedInUser({ given_name: "Alan", "custom:department": "bletchley" });

      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, AdminDelete, {
          token: adminToken,
          variables: { input: { username: target.username, attributeNames: ["custom:department"] } },
        }),
      );

      const result = data.adminDeleteUserAttributes;
      expect(result.__typename).toBe("AdminDeleteUserAttributesSuccess");
      if (result.__typename !== "AdminDeleteUserAttributesSuccess") return;
      expect(result.user).toMatchObject({ sub: target.sub, username: target.username });
      expect(names(result.user)).not.toContain("custom:department");
      expect(result.user.attributes).toContainEqual({ name: "given_name", value: "Alan" });
      const stored = await attributesInCognito(target.username);
      expect(stored).not.toHaveProperty("custom:department");
      expect(stored.given_name).toBe("Alan");
    });

    it("lets an admin delete attributes the user's app client may not write", async () => {
      const target = await aSignedInUser({ "custom:employee_id": "7", "custom:clearance": "secret" });

      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, AdminDelete, {
          token: adminToken,
          variables: {
            input: { username: target.username, attributeNames: ["custom:employee_id", "custom:clearance"] },
          },
        }),
      );

      expect(data.adminDeleteUserAttributes.__typename).toBe("AdminDeleteUserAttributesSuccess");
      const stored = await attributesInCognito(target.username);
      expect(stored).not.toHaveProperty("custom:employee_id");
      expect(stored).not.toHaveProperty("custom:clearance");
    });

    it("refuses to delete an immutable attribute, the user's sub or a required one, and sends nothing", async () => {
      const target = await aSignedInUser({ "custom:tenant": "acme" });
      const before = await attributesInCognito(target.username);

      for (const [attribute, mentions] of [
        ["custom:tenant", "immutable"],
        ["sub", "permanent id"],
      ] as const) {
        const data = expectNoErrors(
          await execute(gateway.graphqlUrl, AdminDelete, {
            token: adminToken,
            variables: { input: { username: target.username, attributeNames: [attribute] } },
          }),
        );
        expect(data.adminDeleteUserAttributes).toMatchObject({
          __typename: "CognitoInvalidParameterError",
          message: expect.stringContaining(mentions),
        });
      }
      expect(await attributesInCognito(target.username)).toEqual(before);
    });

    it.each(INVALID_LISTS)(
      "returns CognitoInvalidParameterError for $title",
      async ({ attributeNames, mentions }) => {
        const target = await aSignedInUser({ given_name: "Ada" });

        const data = expectNoErrors(
          await execute(gateway.graphqlUrl, AdminDelete, {
            token: adminToken,
            variables: { input: { username: target.username, attributeNames } },
          }),
        );

        expect(data.adminDeleteUserAttributes).toMatchObject({
          __typename: "CognitoInvalidParameterError",
          code: "InvalidParameterException",
          message: expect.stringContaining(mentions),
        });
        expect((await attributesInCognito(target.username)).given_name).toBe("Ada");
      },
    );

    it("answers FORBIDDEN to a signed-in user who is not an admin, and deletes nothing", async () => {
      const user = await aSignedInUser();
      const target = await aSignedInUser({ given_name: "Kept" });

      const response = await execute(gateway.graphqlUrl, AdminDelete, {
        token: user.accessToken,
        variables: { input: { username: target.username, attributeNames: ["given_name"] } },
      });

      expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
      expect(response.data).toBeNull();
      expect((await attributesInCognito(target.username)).given_name).toBe("Kept");
    });
  });
});

describe("deletions refused before Cognito is called", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;

  useFakeGateway((world) => ({ fake, tokens, gateway } = world));
  beforeEach(() => {
    // Were anything sent, it would succeed: only the gateway's own checks can refuse.
    fake.reply("DeleteUserAttributes", {});
    fake.reply("AdminDeleteUserAttributes", {});
  });

  it.each(FAKE_USER_REFUSED)("sends nothing when a user deletes $attribute ($why)", async ({ attribute }) => {
    const user = fake.addUser(aUser({ attributes: { "custom:tenant": "acme", "custom:role": "editor" } }));

    const response = await execute(gateway.graphqlUrl, DeleteMine, {
      token: await tokens.accessToken(user),
      variables: { input: { attributeNames: ["given_name", attribute] } },
    });

    expect(expectNoErrors(response).deleteMyAttributes.__typename).toBe("CognitoNotAuthorizedError");
    expect(fake.requests).toEqual([]);
  });

  it.each(INVALID_LISTS)("sends nothing for $title from a user", async ({ attributeNames }) => {
    const user = fake.addUser(aUser());

    const response = await execute(gateway.graphqlUrl, DeleteMine, {
      token: await tokens.accessToken(user),
      variables: { input: { attributeNames } },
    });

    expect(expectNoErrors(response).deleteMyAttributes.__typename).toBe("CognitoInvalidParameterError");
    expect(fake.requests).toEqual([]);
  });

  it.each(INVALID_LISTS)("sends nothing for $title from an admin", async ({ attributeNames }) => {
    const admin = fake.addUser(aUser());
    const target = fake.addUser(aUser());

    const response = await execute(gateway.graphqlUrl, AdminDelete, {
      token: await tokens.adminAccessToken(admin),
      variables: { input: { username: target.username, attributeNames } },
    });

    expect(expectNoErrors(response).adminDeleteUserAttributes.__typename).toBe(
      "CognitoInvalidParameterError",
    );
    expect(fake.requests).toEqual([]);
  });

  it("sends nothing when a user calls adminDeleteUserAttributes", async () => {
    const user = fake.addUser(aUser());
    const target = fake.addUser(aUser());

    const response = await execute(gateway.graphqlUrl, AdminDelete, {
      token: await tokens.accessToken(user),
      variables: { input: { username: target.username, attributeNames: ["given_name"] } },
    });

    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    expect(fake.requests).toEqual([]);
  });

  it("sends the user's DeleteUserAttributes with their own token and the names as given", async () => {
    const user = fake.addUser(aUser());
    const token = await tokens.accessToken(user);

    const response = await execute(gateway.graphqlUrl, DeleteMine, {
      token,
      variables: { input: { attributeNames: ["given_name", "custom:department"] } },
    });

    expect(expectNoErrors(response).deleteMyAttributes.__typename).toBe("DeleteMyAttributesSuccess");
    expect(fake.requestsFor("DeleteUserAttributes").map((request) => request.body)).toEqual([
      { AccessToken: token, UserAttributeNames: ["given_name", "custom:department"] },
    ]);
  });
});
