import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors, type GraphQLResponse } from "../helpers/graphql.js";
import { ADMIN_SCOPE, startSecurityBackend } from "../helpers/security-fixtures.js";
import type { TokenIssuer } from "../helpers/tokens.js";

/*
 * The admin path holds IAM credentials that can rewrite anyone: it acts only on allow-listed pools
 * (confused deputy), and the write policy keeps authorization-bearing attributes out of users' reach.
 * Every refusal must happen before Cognito hears of the call.
 */

const AdminUpdate = graphql(`
  mutation AdminGuards_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const AdminUpdateMany = graphql(`
  mutation AdminGuards_AdminUpdateMany($input: AdminUpdateUsersAttributesInput!) {
    adminUpdateUsersAttributes(input: $input) {
      __typename
      ... on AdminUpdateUsersAttributesSuccess {
        results {
          __typename
          ... on CognitoError {
            code
            message
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
  mutation AdminGuards_AdminDelete($input: AdminDeleteUserAttributesInput!) {
    adminDeleteUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const UpdateMine = graphql(`
  mutation AdminGuards_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const DeleteMine = graphql(`
  mutation AdminGuards_DeleteMine($input: DeleteMyAttributesInput!) {
    deleteMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const UserInPool = graphql(`
  query AdminGuards_User($userPoolId: ID, $username: String!) {
    user(userPoolId: $userPoolId, username: $username) {
      sub
    }
  }
`);

/** Well-formed (`<region>_<id>`) but on no allow-list. */
const FOREIGN_POOL = "eu-west-1_Foreign9";
/** Allow-listed on one gateway only; the fake does not know it, so Cognito answers ResourceNotFound. */
const SECOND_POOL = "us-east-1_SecondPool2";
/** Configured as read-only on the write-policy gateway. */
const READ_ONLY = "custom:employee_id";

/** A denial: exactly one top-level error with `code`, and the field is null. */
function expectDenied(response: GraphQLResponse<Record<string, unknown>>, code: "FORBIDDEN"): string {
  expect(errorCodes(response), JSON.stringify(response, null, 2)).toEqual([code]);
  expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
  return response.errors?.[0]?.message ?? "";
}

describe("the admin path acts only on allow-listed user pools", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  /** Allows the fake's pool and SECOND_POOL. */
  let listed: TestGateway;
  /** Configures no allow-list: the default is the configured pool alone. */
  let defaults: TestGateway;
  let target: FakeUser;
  let boss: FakeUser;

  beforeAll(async () => {
    const started = await startSecurityBackend();
    fake = started.fake;
    tokens = started.tokens;
    listed = await startGateway(started.backend, {
      env: {
        ADMIN_SCOPES: ADMIN_SCOPE,
        ALLOWED_USER_POOL_IDS: `${started.backend.userPoolId},${SECOND_POOL}`,
      },
    });
    defaults = await startGateway(started.backend, { env: { ADMIN_SCOPES: ADMIN_SCOPE } });
    target = fake.addUser(aUser());
    boss = fake.addUser(aUser());
  });
  afterAll(async () => {
    await listed?.close();
    await defaults?.close();
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  const admins = [
    { caller: "an admin-group user", token: () => tokens.adminAccessToken(boss) },
    {
      caller: "a machine client with the admin scope",
      token: () => tokens.machineToken({ scope: ADMIN_SCOPE }),
    },
  ];

  const update = (userPoolId: string) => ({
    input: {
      userPoolId,
      username: target.username,
      userAttributes: [{ name: "given_name", value: "Deputy" }],
    },
  });

  describe.each(admins)("called by $caller", ({ token }) => {
    it("refuses adminUpdateUserAttributes on a pool that is not allow-listed with FORBIDDEN, before any request", async () => {
      const response = await execute(listed.graphqlUrl, AdminUpdate, {
        token: await token(),
        variables: update(FOREIGN_POOL),
      });

      expect(expectDenied(response, "FORBIDDEN")).toContain(FOREIGN_POOL);
      expect(fake.requests).toEqual([]);
    });

    it("refuses user on a pool that is not allow-listed with FORBIDDEN, before any request", async () => {
      const response = await execute(listed.graphqlUrl, UserInPool, {
        token: await token(),
        variables: { userPoolId: FOREIGN_POOL, username: target.username },
      });

      expect(expectDenied(response, "FORBIDDEN")).toContain(FOREIGN_POOL);
      expect(fake.requests).toEqual([]);
    });

    it("refuses the bulk update and the admin delete on a pool that is not allow-listed, before any request", async () => {
      const bulk = await execute(listed.graphqlUrl, AdminUpdateMany, {
        token: await token(),
        variables: {
          input: {
            userPoolId: FOREIGN_POOL,
            updates: [
              { username: target.username, userAttributes: [{ name: "given_name", value: "Deputy" }] },
            ],
          },
        },
      });
      const deletion = await execute(listed.graphqlUrl, AdminDelete, {
        token: await token(),
        variables: {
          input: { userPoolId: FOREIGN_POOL, username: target.username, attributeNames: ["given_name"] },
        },
      });

      expectDenied(bulk, "FORBIDDEN");
      expectDenied(deletion, "FORBIDDEN");
      expect(fake.requests).toEqual([]);
    });

    it("sends the calls of adminUpdateUserAttributes and user for an allow-listed second pool to Cognito with that pool id", async () => {
      const written = expectNoErrors(
        await execute(listed.graphqlUrl, AdminUpdate, {
          token: await token(),
          variables: update(SECOND_POOL),
        }),
      );
      const read = await execute(listed.graphqlUrl, UserInPool, {
        token: await token(),
        variables: { userPoolId: SECOND_POOL, username: target.username },
      });

      // The fake knows only its own pool: DescribeUserPool of the second pool answered
      // ResourceNotFound when the gateway started, so the write is answered so without being sent,
      // while the read goes out with that pool id.
      expect(written.adminUpdateUserAttributes).toMatchObject({ code: "ResourceNotFoundException" });
      expect(errorCodes(read)).toEqual(["ResourceNotFoundException"]);
      expect(fake.requests.map(({ operation, body }) => [operation, body.UserPoolId])).toEqual([
        ["AdminGetUser", SECOND_POOL],
      ]);
    });
  });

  it("does not make a user an admin for holding the admin scope: only machine clients are admins by scope", async () => {
    // OAuth flows can put a resource server's custom scopes into a user's access token too.
    const token = await tokens.accessToken({
      sub: target.sub,
      username: target.username,
      scope: `aws.cognito.signin.user.admin ${ADMIN_SCOPE}`,
    });

    const response = await execute(listed.graphqlUrl, AdminUpdate, {
      token,
      variables: update(fake.userPoolId),
    });

    expectDenied(response, "FORBIDDEN");
    expect(fake.requests).toEqual([]);
  });

  it("allows only the configured pool when no allow-list is configured", async () => {
    const token = await tokens.adminAccessToken(boss);

    const elsewhere = await execute(defaults.graphqlUrl, AdminUpdate, {
      token,
      variables: update(SECOND_POOL),
    });
    expectDenied(elsewhere, "FORBIDDEN");
    expect(fake.requests).toEqual([]);

    const home = expectNoErrors(
      await execute(defaults.graphqlUrl, AdminUpdate, { token, variables: update(fake.userPoolId) }),
    );
    expect(home.adminUpdateUserAttributes.__typename).toBe("AdminUpdateUserAttributesSuccess");
    expect(fake.requestsFor("AdminUpdateUserAttributes").map(({ body }) => body.UserPoolId)).toEqual([
      fake.userPoolId,
    ]);
  });
});

describe("the attribute write policy", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  /** Default policy (`custom:role`, `custom:tenant` admin-only) plus READ_ONLY as read-only. */
  let gateway: TestGateway;
  let target: FakeUser;
  let boss: FakeUser;

  beforeAll(async () => {
    const started = await startSecurityBackend();
    fake = started.fake;
    tokens = started.tokens;
    backend = started.backend;
    gateway = await startGateway(started.backend, {
      env: { ADMIN_SCOPES: ADMIN_SCOPE, READ_ONLY_ATTRIBUTES: READ_ONLY },
    });
    boss = fake.addUser(aUser());
  });
  afterAll(async () => {
    await gateway?.close();
    await fake?.close();
  });
  beforeEach(() => {
    fake.reset();
    target = fake.addUser(aUser({ attributes: { "custom:role": "member", "custom:tenant": "acme" } }));
  });

  /** The union member a write answered with, when it is an error: its code and message. */
  function refusal(member: { __typename: string; code?: string; message?: string }) {
    return { typename: member.__typename, code: member.code, message: member.message ?? "" };
  }

  it.each(["custom:role", "custom:tenant"])(
    "answers a user writing %s with CognitoNotAuthorizedError naming it, and Cognito sees no request",
    async (name) => {
      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, UpdateMine, {
          token: await tokens.accessToken(target),
          // The harmless attribute next to it must not be written either.
          variables: {
            input: {
              userAttributes: [
                { name: "given_name", value: "Eve" },
                { name, value: "owner" },
              ],
            },
          },
        }),
      );

      const answer = refusal(data.updateMyAttributes);
      expect(answer).toMatchObject({ typename: "CognitoNotAuthorizedError", code: "NotAuthorizedException" });
      expect(answer.message).toContain(name);
      expect(fake.requests).toEqual([]);
      expect(fake.findUser(target.username)?.attributes).toMatchObject({
        "custom:role": "member",
        "custom:tenant": "acme",
      });
      expect(fake.findUser(target.username)?.attributes.given_name).toBeUndefined();
    },
  );

  it.each([
    { caller: "an admin-group user", token: () => tokens.adminAccessToken(boss) },
    {
      caller: "a machine client with the admin scope",
      token: () => tokens.machineToken({ scope: ADMIN_SCOPE }),
    },
  ])("lets $caller write custom:role and custom:tenant through the admin path", async ({ token }) => {
    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: await token(),
        variables: {
          input: {
            username: target.username,
            userAttributes: [
              { name: "custom:role", value: "owner" },
              { name: "custom:tenant", value: "globex" },
            ],
          },
        },
      }),
    );

    expect(data.adminUpdateUserAttributes.__typename).toBe("AdminUpdateUserAttributesSuccess");
    expect(fake.requestsFor("AdminUpdateUserAttributes")).toHaveLength(1);
    expect(fake.findUser(target.username)?.attributes).toMatchObject({
      "custom:role": "owner",
      "custom:tenant": "globex",
    });
  });

  it("refuses a read-only attribute on the user path and on the admin path, naming it, before any request", async () => {
    const write = [{ name: READ_ONLY, value: "E-1337" }];
    const mine = expectNoErrors(
      await execute(gateway.graphqlUrl, UpdateMine, {
        token: await tokens.accessToken(target),
        variables: { input: { userAttributes: write } },
      }),
    );
    const admin = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: await tokens.adminAccessToken(boss),
        variables: { input: { username: target.username, userAttributes: write } },
      }),
    );
    const machine = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: await tokens.machineToken({ scope: ADMIN_SCOPE }),
        variables: { input: { username: target.username, userAttributes: write } },
      }),
    );

    for (const member of [
      mine.updateMyAttributes,
      admin.adminUpdateUserAttributes,
      machine.adminUpdateUserAttributes,
    ]) {
      const answer = refusal(member);
      expect(answer).toMatchObject({ typename: "CognitoNotAuthorizedError", code: "NotAuthorizedException" });
      expect(answer.message).toContain(READ_ONLY);
    }
    expect(fake.requests).toEqual([]);
    expect(fake.findUser(target.username)?.attributes[READ_ONLY]).toBeUndefined();
  });

  it("refuses a read-only attribute in a bulk admin update and in both deletes, before any request", async () => {
    const adminToken = await tokens.adminAccessToken(boss);
    const bulk = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdateMany, {
        token: adminToken,
        variables: {
          input: {
            updates: [{ username: target.username, userAttributes: [{ name: READ_ONLY, value: "E-1" }] }],
          },
        },
      }),
    );
    const adminDelete = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminDelete, {
        token: adminToken,
        variables: { input: { username: target.username, attributeNames: [READ_ONLY] } },
      }),
    );
    const myDelete = expectNoErrors(
      await execute(gateway.graphqlUrl, DeleteMine, {
        token: await tokens.accessToken(target),
        variables: { input: { attributeNames: [READ_ONLY] } },
      }),
    );

    const bulkResults =
      bulk.adminUpdateUsersAttributes.__typename === "AdminUpdateUsersAttributesSuccess"
        ? bulk.adminUpdateUsersAttributes.results
        : [];
    expect(bulkResults).toHaveLength(1);
    for (const member of [
      bulkResults[0],
      adminDelete.adminDeleteUserAttributes,
      myDelete.deleteMyAttributes,
    ]) {
      const answer = refusal(member ?? { __typename: "null" });
      expect(answer).toMatchObject({ typename: "CognitoNotAuthorizedError", code: "NotAuthorizedException" });
      expect(answer.message).toContain(READ_ONLY);
    }
    expect(fake.requests).toEqual([]);
  });

  it("refuses deleteMyAttributes on an admin-only attribute like the update, before any request", async () => {
    const token = await tokens.accessToken(target);

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, DeleteMine, {
        token,
        variables: { input: { attributeNames: ["custom:role"] } },
      }),
    );

    const answer = refusal(data.deleteMyAttributes);
    expect(answer).toMatchObject({ typename: "CognitoNotAuthorizedError", code: "NotAuthorizedException" });
    expect(answer.message).toContain("custom:role");
    expect(fake.requests).toEqual([]);
    expect(fake.findUser(target.username)?.attributes["custom:role"]).toBe("member");

    // Control: deleting an ordinary attribute does reach Cognito, so the silence above means something.
    fake.reply("DeleteUserAttributes", {});
    await execute(gateway.graphqlUrl, DeleteMine, {
      token,
      variables: { input: { attributeNames: ["given_name"] } },
    });
    expect(fake.requestsFor("DeleteUserAttributes")).toHaveLength(1);
  });

  it("applies a configured admin-only list in place of the defaults", async () => {
    const custom = await startGateway(backend, { env: { ADMIN_ONLY_ATTRIBUTES: "custom:clearance" } });
    fake.clearRequests(); // the new gateway's start-up reads of the pool's contract
    try {
      const data = expectNoErrors(
        await execute(custom.graphqlUrl, UpdateMine, {
          token: await tokens.accessToken(target),
          variables: { input: { userAttributes: [{ name: "custom:clearance", value: "top-secret" }] } },
        }),
      );

      const answer = refusal(data.updateMyAttributes);
      expect(answer).toMatchObject({ typename: "CognitoNotAuthorizedError" });
      expect(answer.message).toContain("custom:clearance");
      expect(fake.requests).toEqual([]);
    } finally {
      await custom.close();
    }
  });
});
