import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, FakeCognitoException, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

/*
 * The per-request loaders behind federation's `_entities`, driven the way a router drives them: one
 * POST with every representation of the plan step, an admin token forwarded from the caller.
 */

const EntitiesDocument = graphql(`
  query UserLoaders_Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on User {
        sub
        username
      }
    }
  }
`);

const UserAndEntityDocument = graphql(`
  query UserLoaders_UserAndEntity($username: String!, $representations: [_Any!]!) {
    user(username: $username) {
      sub
      username
    }
    _entities(representations: $representations) {
      ... on User {
        sub
        username
      }
    }
  }
`);

const AdminUpdateTwiceDocument = graphql(`
  mutation UserLoaders_AdminUpdateTwice($username: String!) {
    first: adminUpdateUserAttributes(
      input: { username: $username, userAttributes: [{ name: "given_name", value: "First" }] }
    ) {
      __typename
      ... on AdminUpdateUserAttributesSuccess {
        user {
          givenName: attribute(name: "given_name")
        }
      }
    }
    second: adminUpdateUserAttributes(
      input: { username: $username, userAttributes: [{ name: "given_name", value: "Second" }] }
    ) {
      __typename
      ... on AdminUpdateUserAttributesSuccess {
        user {
          givenName: attribute(name: "given_name")
        }
      }
    }
  }
`);

const reference = (sub: string) => ({ __typename: "User", sub });

/** AdminGetUser's response for `user`, as the fake's default behaviour would build it. */
function adminGetUserBody(user: FakeUser): Record<string, unknown> {
  return {
    Username: user.username,
    UserAttributes: Object.entries({ ...user.attributes, sub: user.sub }).map(([Name, Value]) => ({
      Name,
      Value,
    })),
    Enabled: true,
    UserStatus: "CONFIRMED",
  };
}

/** How long a full group stays held, so a loader that overshoots its limit shows it in `maxInFlight`. */
const SETTLE_MS = 50;
/** How long a partial group waits for more before it is let go anyway (a loader below its limit). */
const STALL_MS = 500;

/**
 * Answers AdminGetUser (by sub) for `users`, holding requests until `limit` of them are held at once,
 * or the last expected one has arrived, then `SETTLE_MS` longer, and releasing the group newest
 * first. A loader that uses its whole limit and never exceeds it peaks at exactly `limit` in flight;
 * one that overshoots sends more while the group is held. Answers come back out of request order, so
 * key order must be restored by the loader itself.
 */
function holdReadsInGroups(fake: FakeCognito, users: readonly FakeUser[], limit: number): void {
  const bySub = new Map(users.map((user) => [user.sub, user]));
  let arrived = 0;
  let held: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let releasing = false;
  const release = () => {
    clearTimeout(timer);
    releasing = false;
    const group = held.reverse();
    held = [];
    for (const resume of group) resume();
  };
  fake.reply("AdminGetUser", async (request) => {
    arrived += 1;
    await new Promise<void>((resolve) => {
      held.push(resolve);
      // A request arriving while a full group waits out SETTLE_MS joins it: that is the overshoot.
      if (releasing) return;
      clearTimeout(timer);
      releasing = held.length >= limit || arrived === users.length;
      timer = setTimeout(release, releasing ? SETTLE_MS : STALL_MS);
    });
    const user = bySub.get(String(request.body.Username));
    if (user === undefined) throw new FakeCognitoException("UserNotFoundException", "User does not exist.");
    return adminGetUserBody(user);
  });
}

let fake: FakeCognito;
let tokens: TokenIssuer;
let backend: TestBackend;
let gateway: TestGateway;
let adminToken: string;

useFakeGateway(
  async (world) => {
    ({ fake, tokens, backend, gateway } = world);
    adminToken = await tokens.adminAccessToken(aUser({ username: "loader-admin" }));
  },
  { env: { MAX_CONCURRENT_COGNITO_READS: "8" } },
);

function resolveEntities(url: string, subs: readonly string[]) {
  return execute(url, EntitiesDocument, {
    token: adminToken,
    variables: { representations: subs.map(reference) },
  });
}

describe("User entity references (_entities)", () => {
  it("reads a user referenced 50 times in one request from Cognito once", async () => {
    const user = fake.addUser(aUser());

    const response = await resolveEntities(gateway.graphqlUrl, Array(50).fill(user.sub));

    const data = expectNoErrors(response);
    expect(data._entities).toHaveLength(50);
    for (const entity of data._entities) expect(entity).toEqual({ sub: user.sub, username: user.username });
    expect(fake.requestsFor("AdminGetUser")).toHaveLength(1);
    expect(fake.requestsFor("ListUsers")).toHaveLength(0);
  });

  describe.each([8, 3])("with maxConcurrentReads %i", (limit) => {
    let limited: TestGateway;

    beforeAll(async () => {
      limited = await startGateway(backend, { env: { MAX_CONCURRENT_COGNITO_READS: String(limit) } });
    });

    afterAll(async () => {
      await limited?.close();
    });

    it(`reads 100 distinct users once each, never more than ${limit} at a time, answering in key order`, async () => {
      const users = Array.from({ length: 100 }, () => aUser());
      holdReadsInGroups(fake, users, limit);

      const response = await resolveEntities(
        limited.graphqlUrl,
        users.map((user) => user.sub),
      );

      const data = expectNoErrors(response);
      expect(data._entities).toEqual(users.map(({ sub, username }) => ({ sub, username })));
      const reads = fake.requestsFor("AdminGetUser").map((request) => request.body.Username);
      expect(reads).toHaveLength(100);
      expect(new Set(reads)).toEqual(new Set(users.map((user) => user.sub)));
      // Exactly the limit: never above it, and the reads really did run side by side.
      expect(fake.maxInFlight).toBe(limit);
    });
  });

  it("resolves a sub no user has to null, without an error, next to one that exists", async () => {
    const user = fake.addUser(aUser());
    const missing = "00000000-0000-4000-8000-000000000000";

    const response = await resolveEntities(gateway.graphqlUrl, [missing, user.sub]);

    const data = expectNoErrors(response);
    expect(data._entities).toEqual([null, { sub: user.sub, username: user.username }]);
    // The missing sub was looked for both ways before giving up.
    expect(new Set(fake.requestsFor("AdminGetUser").map((request) => request.body.Username))).toEqual(
      new Set([missing, user.sub]),
    );
    expect(fake.requestsFor("ListUsers").map((request) => request.body.Filter)).toEqual([
      `sub = "${missing}"`,
    ]);
  });

  it("finds a user AdminGetUser does not know by that sub through ListUsers with a sub filter", async () => {
    // A federated (IdP) user: AdminGetUser does not accept the sub as Username for them.
    const federated = aUser({ username: "Google_109876543210" });
    fake.fail("AdminGetUser", "UserNotFoundException", "User does not exist.");
    fake.reply("ListUsers", (request) => ({
      Users:
        request.body.Filter === `sub = "${federated.sub}"`
          ? [
              {
                Username: federated.username,
                Attributes: [
                  { Name: "sub", Value: federated.sub },
                  { Name: "email", Value: "federated@example.com" },
                ],
                Enabled: true,
                UserStatus: "EXTERNAL_PROVIDER",
              },
            ]
          : [],
    }));

    const response = await resolveEntities(gateway.graphqlUrl, [federated.sub]);

    const data = expectNoErrors(response);
    expect(data._entities).toEqual([{ sub: federated.sub, username: federated.username }]);
    expect(fake.requestsFor("AdminGetUser").map((request) => request.body.Username)).toEqual([federated.sub]);
    expect(fake.requestsFor("ListUsers").map((request) => request.body)).toEqual([
      { UserPoolId: fake.userPoolId, Filter: `sub = "${federated.sub}"`, Limit: 1 },
    ]);
  });
});

describe("Loaders shared across fields of one request", () => {
  it("reads Cognito once for user(username: <sub>) and an entity reference to that sub", async () => {
    const user = fake.addUser(aUser());

    // `user` accepts the sub as username. With the username proper, the two reads start in the same
    // tick under different keys, and nothing can tell they are one user before Cognito answers.
    const response = await execute(gateway.graphqlUrl, UserAndEntityDocument, {
      token: adminToken,
      variables: { username: user.sub, representations: [reference(user.sub)] },
    });

    const data = expectNoErrors(response);
    expect(data.user).toEqual({ sub: user.sub, username: user.username });
    expect(data._entities).toEqual([{ sub: user.sub, username: user.username }]);
    expect(fake.requestsFor("AdminGetUser")).toHaveLength(1);
  });

  it("shows each admin update's result in its payload, not a read cached earlier in the request", async () => {
    const user = fake.addUser(aUser({ attributes: { given_name: "Before" } }));

    const response = await execute(gateway.graphqlUrl, AdminUpdateTwiceDocument, {
      token: adminToken,
      variables: { username: user.username },
    });

    const data = expectNoErrors(response);
    expect(data.first).toEqual({
      __typename: "AdminUpdateUserAttributesSuccess",
      user: { givenName: "First" },
    });
    expect(data.second).toEqual({
      __typename: "AdminUpdateUserAttributesSuccess",
      user: { givenName: "Second" },
    });
    // One payload read after each write (fresh after it). A plain username in a pool without aliases
    // is written as given, so neither write reads its target first.
    expect(fake.requestsFor("AdminGetUser")).toHaveLength(2);
    expect(fake.findUser(user.username)?.attributes.given_name).toBe("Second");
  });
});
