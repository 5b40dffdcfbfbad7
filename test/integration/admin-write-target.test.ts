import { afterEach, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { useFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// An admin write reads its target first only when the pool's contract leaves open that the name the
// admin gave is someone's alias or sub rather than their username (src/schema/admin-write-target.ts).

const AdminUpdate = graphql(`
  mutation AdminWriteTarget_Update($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
    }
  }
`);

const AdminDelete = graphql(`
  mutation AdminWriteTarget_Delete($input: AdminDeleteUserAttributesInput!) {
    adminDeleteUserAttributes(input: $input) {
      __typename
    }
  }
`);

describe("which admin writes read their target first (FakeCognito)", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let gateway: TestGateway | undefined;

  useFakeBackend((world) => ({ fake, tokens, backend } = world));
  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
  });

  /** A gateway that loaded the pool as DescribeUserPool answers it now, its start-up requests forgotten. */
  async function gatewayFor(poolSettings: Record<string, unknown>): Promise<TestGateway> {
    fake.poolSettings = poolSettings;
    gateway = await startGateway(backend);
    return gateway;
  }

  async function adminUpdate(target: TestGateway, username: string): Promise<string> {
    const admin = fake.addUser(aUser());
    const token = await tokens.adminAccessToken(admin);
    fake.clearRequests();
    const response = await execute(target.graphqlUrl, AdminUpdate, {
      token,
      variables: { input: { username, userAttributes: [{ name: "given_name", value: "Ada" }] } },
    });
    return expectNoErrors(response).adminUpdateUserAttributes.__typename;
  }

  /** The user operations Cognito heard of for the write, in order, and the name each was sent. */
  const userCalls = () =>
    fake.requests
      .filter((request) =>
        ["AdminGetUser", "AdminUpdateUserAttributes", "AdminDeleteUserAttributes"].includes(
          request.operation,
        ),
      )
      .map((request) => `${request.operation} ${String(request.body.Username)}`);

  it("writes a username straight away in a pool without aliases: one call", async () => {
    const target = await gatewayFor({});
    const user = fake.addUser(aUser());

    expect(await adminUpdate(target, user.username)).toBe("AdminUpdateUserAttributesSuccess");
    expect(userCalls()).toEqual([`AdminUpdateUserAttributes ${user.username}`]);
    expect(fake.findUser(user.username)?.attributes.given_name).toBe("Ada");
  });

  it("reads a sub first, in any pool, and writes the username it names", async () => {
    const target = await gatewayFor({});
    const user = fake.addUser(aUser());

    expect(await adminUpdate(target, user.sub)).toBe("AdminUpdateUserAttributesSuccess");
    expect(userCalls()).toEqual([`AdminGetUser ${user.sub}`, `AdminUpdateUserAttributes ${user.username}`]);
  });

  it("reads an email first where email is an alias, but writes a plain username straight away", async () => {
    const target = await gatewayFor({ AliasAttributes: ["email"] });
    const user = fake.addUser(aUser());
    const email = user.attributes.email as string;

    expect(await adminUpdate(target, email)).toBe("AdminUpdateUserAttributesSuccess");
    expect(userCalls()).toEqual([`AdminGetUser ${email}`, `AdminUpdateUserAttributes ${user.username}`]);

    expect(await adminUpdate(target, user.username)).toBe("AdminUpdateUserAttributesSuccess");
    expect(userCalls()).toEqual([`AdminUpdateUserAttributes ${user.username}`]);
  });

  it("reads every name first where preferred_username is an alias", async () => {
    const target = await gatewayFor({ AliasAttributes: ["preferred_username"] });
    const user = fake.addUser(aUser());

    expect(await adminUpdate(target, user.username)).toBe("AdminUpdateUserAttributesSuccess");
    expect(userCalls()).toEqual([
      `AdminGetUser ${user.username}`,
      `AdminUpdateUserAttributes ${user.username}`,
    ]);
  });

  it("answers CognitoUserNotFoundError for nobody's name, from the write itself when nothing was read", async () => {
    const target = await gatewayFor({ AliasAttributes: ["email"] });

    expect(await adminUpdate(target, "no-such-user")).toBe("CognitoUserNotFoundError");
    expect(userCalls()).toEqual(["AdminUpdateUserAttributes no-such-user"]);

    // An alias-shaped name is read first: nobody answers to it, so nothing is written.
    expect(await adminUpdate(target, "nobody@example.com")).toBe("CognitoUserNotFoundError");
    expect(userCalls()).toEqual(["AdminGetUser nobody@example.com"]);
  });

  it("applies the same rule to adminDeleteUserAttributes", async () => {
    const target = await gatewayFor({});
    const user = fake.addUser(aUser({ attributes: { nickname: "ada" } }));
    const token = await tokens.adminAccessToken(fake.addUser(aUser()));
    fake.clearRequests();

    const response = await execute(target.graphqlUrl, AdminDelete, {
      token,
      variables: { input: { username: user.username, attributeNames: ["nickname"] } },
    });

    expect(expectNoErrors(response).adminDeleteUserAttributes.__typename).toBe(
      "AdminDeleteUserAttributesSuccess",
    );
    expect(userCalls()).toEqual([`AdminDeleteUserAttributes ${user.username}`]);
    expect(fake.findUser(user.username)?.attributes.nickname).toBeUndefined();
  });
});
