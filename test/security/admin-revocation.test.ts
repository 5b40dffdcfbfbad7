import {
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminRemoveUserFromGroupCommand,
  CognitoIdentityProviderClient,
  GlobalSignOutCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { graphql } from "../generated/index.js";
import { uniqueName, useEmbeddedGateway, type EmbeddedGateway } from "../helpers/embedded.js";
import { useFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors, type GraphQLResponse } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

/*
 * Issue 17, item 3: the admin path acts with the gateway's IAM credentials and never shows the admin's
 * token to Cognito, so it re-confirms admin user tokens with Cognito (GetUser with the token, group
 * membership with AdminListGroupsForUser) at most every ADMIN_RECHECK_SECONDS, failing closed.
 */

const ReadUser = graphql(`
  query AdminRevocation_User($username: String!) {
    user(username: $username) {
      username
    }
  }
`);

const Me = graphql(`
  query AdminRevocation_Me {
    me {
      username
    }
  }
`);

const AdminUpdate = graphql(`
  mutation AdminRevocation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
    }
  }
`);

function firstError(response: GraphQLResponse<unknown>): { code: unknown; message: string } {
  const error = response.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message ?? "" };
}

describe("admin tokens are re-confirmed with Cognito (FakeCognito)", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  /** ADMIN_RECHECK_SECONDS=0: every admin request asks Cognito. */
  let everyTime: TestGateway;
  /** ADMIN_RECHECK_SECONDS=60, the default. */
  let cached: TestGateway;
  let sdk: CognitoIdentityProviderClient;
  let target: FakeUser;

  useFakeBackend(async (world) => {
    ({ fake, tokens, backend } = world);
  });
  beforeAll(async () => {
    everyTime = await startGateway(backend, { env: { ADMIN_RECHECK_SECONDS: "0" } });
    cached = await startGateway(backend, { env: { ADMIN_RECHECK_SECONDS: "60" } });
    sdk = new CognitoIdentityProviderClient({
      endpoint: fake.endpoint,
      region: fake.region,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    });
  });
  afterAll(async () => {
    sdk?.destroy();
    await everyTime?.close();
    await cached?.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function anAdmin(): Promise<{ admin: FakeUser; token: string }> {
    target ??= fake.addUser(aUser());
    const admin = fake.addUser(aUser({ groups: ["admin"] }));
    return { admin, token: await tokens.adminAccessToken(admin) };
  }

  const readTarget = (gateway: TestGateway, token: string) =>
    execute(gateway.graphqlUrl, ReadUser, { token, variables: { username: target.username } });

  it("admits a confirmed admin, asking GetUser with the admin's token and the groups of that user", async () => {
    const { admin, token } = await anAdmin();

    const response = await readTarget(everyTime, token);

    expect(expectNoErrors(response).user?.username).toBe(target.username);
    expect(fake.requestsFor("GetUser").map((request) => request.body.AccessToken)).toEqual([token]);
    expect(fake.requestsFor("AdminListGroupsForUser").map((request) => request.body)).toEqual([
      { UserPoolId: fake.userPoolId, Username: admin.username, Limit: 60 },
    ]);
  });

  it("refuses a revoked token (RevokeToken) with UNAUTHENTICATED, before any admin call", async () => {
    const { token } = await anAdmin();
    expectNoErrors(await readTarget(everyTime, token));
    fake.revokeToken(token);
    fake.clearRequests();

    const response = await readTarget(everyTime, token);

    expect(response.data?.user ?? null).toBeNull();
    expect(firstError(response)).toEqual({
      code: "UNAUTHENTICATED",
      message: expect.stringContaining("Access Token has been revoked"),
    });
    expect(fake.requestsFor("AdminGetUser")).toEqual([]);
  });

  it("refuses a token whose user signed out everywhere (GlobalSignOut)", async () => {
    const { token } = await anAdmin();
    expectNoErrors(await readTarget(everyTime, token));
    await sdk.send(new GlobalSignOutCommand({ AccessToken: token }));

    expect(firstError(await readTarget(everyTime, token)).code).toBe("UNAUTHENTICATED");
  });

  it("refuses the token of a disabled user, and of a deleted one", async () => {
    const disabled = await anAdmin();
    const deleted = await anAdmin();
    await sdk.send(
      new AdminDisableUserCommand({
        UserPoolId: fake.userPoolId,
        Username: disabled.admin.username,
      }),
    );
    fake.deleteUser(deleted.admin.username);

    expect(firstError(await readTarget(everyTime, disabled.token))).toEqual({
      code: "UNAUTHENTICATED",
      message: expect.stringContaining("User is disabled"),
    });
    expect(firstError(await readTarget(everyTime, deleted.token))).toEqual({
      code: "UNAUTHENTICATED",
      message: expect.stringContaining("UserNotFoundException"),
    });
  });

  it("refuses a user removed from the admin group with FORBIDDEN, though the token still says admin; the user path still works", async () => {
    const { admin, token } = await anAdmin();
    expectNoErrors(await readTarget(everyTime, token));
    await sdk.send(
      new AdminRemoveUserFromGroupCommand({
        UserPoolId: fake.userPoolId,
        Username: admin.username,
        GroupName: "admin",
      }),
    );
    fake.clearRequests();

    const read = await readTarget(everyTime, token);
    const write = await execute(everyTime.graphqlUrl, AdminUpdate, {
      token,
      variables: { input: { username: target.username, userAttributes: [{ name: "locale", value: "fr" }] } },
    });

    expect(firstError(read)).toEqual({
      code: "FORBIDDEN",
      message: expect.stringContaining("no longer in the admin group"),
    });
    expect(errorCodes(write)).toEqual(["FORBIDDEN"]);
    expect(fake.requestsFor("AdminGetUser")).toEqual([]);
    expect(fake.requestsFor("AdminUpdateUserAttributes")).toEqual([]);
    expect(expectNoErrors(await execute(everyTime.graphqlUrl, Me, { token })).me?.username).toBe(
      admin.username,
    );
  });

  it("fails closed when Cognito cannot confirm, and asks again on the next request", async () => {
    const { token } = await anAdmin();
    // Persistent, so the SDK's retries meet it too.
    fake.fail("GetUser", "InternalErrorException", "down");
    const refused = await readTarget(cached, token);
    fake.reset();
    const admitted = await readTarget(cached, token);

    expect(firstError(refused)).toEqual({
      code: "FORBIDDEN",
      message: expect.stringContaining("Cognito could not confirm this admin token"),
    });
    expect(expectNoErrors(admitted).user?.username).toBe(target.username);
    expect(fake.requestsFor("GetUser")).toHaveLength(1);
  });

  it("fails closed when Cognito's group answer is missing", async () => {
    const { token } = await anAdmin();
    fake.when("AdminListGroupsForUser", () => true, { kind: "drop" });

    expect(firstError(await readTarget(everyTime, token)).code).toBe("FORBIDDEN");
  });

  it("asks Cognito at most once per ADMIN_RECHECK_SECONDS per token, then again after it", async () => {
    // Its own gateway: the clock is moved forward below, and back afterwards, which would leave a
    // shared gateway's quota buckets believing they were refilled in the future.
    const gateway = await startGateway(backend, { env: { ADMIN_RECHECK_SECONDS: "60" } });
    try {
      const { token } = await anAdmin();
      expectNoErrors(await readTarget(gateway, token));
      fake.revokeToken(token);

      // Within the interval the earlier confirmation stands: the documented bound on revocation.
      expectNoErrors(await readTarget(gateway, token));
      expect(fake.requestsFor("GetUser")).toHaveLength(1);

      const now = Date.now();
      vi.spyOn(Date, "now").mockReturnValue(now + 61_000);
      expect(firstError(await readTarget(gateway, token)).code).toBe("UNAUTHENTICATED");
      expect(fake.requestsFor("GetUser")).toHaveLength(2);
    } finally {
      vi.restoreAllMocks();
      await gateway.close();
    }
  });

  it("asks Cognito once for concurrent requests with one token", async () => {
    const { token } = await anAdmin();
    fake.delay("GetUser", 100);

    const responses = await Promise.all(Array.from({ length: 5 }, () => readTarget(cached, token)));

    for (const response of responses) expect(expectNoErrors(response).user?.username).toBe(target.username);
    expect(fake.requestsFor("GetUser")).toHaveLength(1);
    expect(fake.requestsFor("AdminListGroupsForUser")).toHaveLength(1);
  });

  it("admits a machine token on its scope alone: it has no user for Cognito to confirm (README: revocation)", async () => {
    await anAdmin();
    const gateway = await startGateway(
      { ...backend, clientIds: [...backend.clientIds, "machineclient1"] },
      { env: { ADMIN_RECHECK_SECONDS: "0", ADMIN_SCOPES: "gateway/admin" } },
    );
    try {
      const token = await tokens.machineToken({ scope: "gateway/admin" });
      expect(expectNoErrors(await readTarget(gateway, token)).user?.username).toBe(target.username);
      expect(fake.requestsFor("GetUser")).toEqual([]);
    } finally {
      await gateway.close();
    }
  });

  it("refuses a correctly signed token without exp", async () => {
    const { admin } = await anAdmin();
    const token = await tokens.accessToken({
      sub: admin.sub,
      username: admin.username,
      "cognito:groups": ["admin"],
      exp: undefined,
    });

    expect(firstError(await readTarget(everyTime, token))).toEqual({
      code: "UNAUTHENTICATED",
      message: expect.stringContaining("no expiry"),
    });
    expect(fake.requests).toEqual([]);
  });
});

describe("admin tokens are re-confirmed with Cognito (embedded cognito-local)", () => {
  let world: EmbeddedGateway;
  let gateway: TestGateway;

  useEmbeddedGateway(async (started) => {
    world = started;
    gateway = await startGateway(started.backend.backend, { env: { ADMIN_RECHECK_SECONDS: "0" } });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  async function signedInAdmin(): Promise<{ username: string; token: string }> {
    const { username } = await world.backend.embedded.createUser({
      username: uniqueName("admin"),
      password: world.password,
      groups: ["admin"],
    });
    return { username, token: (await world.backend.embedded.signIn(username, world.password)).accessToken };
  }

  const readSelf = (token: string, username: string) =>
    execute(gateway.graphqlUrl, ReadUser, { token, variables: { username } });

  it("refuses an admin removed from the group with FORBIDDEN", async () => {
    const { username, token } = await signedInAdmin();
    expect(expectNoErrors(await readSelf(token, username)).user?.username).toBe(username);

    await world.cognito.send(
      new AdminRemoveUserFromGroupCommand({
        UserPoolId: world.backend.embedded.userPoolId,
        Username: username,
        GroupName: "admin",
      }),
    );

    expect(firstError(await readSelf(token, username)).code).toBe("FORBIDDEN");
  });

  it("refuses the token of a deleted admin with UNAUTHENTICATED", async () => {
    const { username, token } = await signedInAdmin();
    expect(expectNoErrors(await readSelf(token, username)).user?.username).toBe(username);

    await world.cognito.send(
      new AdminDeleteUserCommand({ UserPoolId: world.backend.embedded.userPoolId, Username: username }),
    );

    expect(firstError(await readSelf(token, world.backend.embedded.demoUsers.alice.username)).code).toBe(
      "UNAUTHENTICATED",
    );
  });
});
