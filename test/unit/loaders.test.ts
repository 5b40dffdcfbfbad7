import { describe, expect, it } from "vitest";
import { CognitoServiceError } from "../../src/cognito/errors.js";
import { createLoaders, mapBounded } from "../../src/loaders.js";
import { type FakeBackend, useFakeBackend } from "../helpers/fake-backend.js";
import { aUser } from "../helpers/fake-cognito.js";
import { cognitoDepsFor } from "../helpers/fake-cognito-deps.js";

describe("mapBounded", () => {
  it("returns results in input order whatever order the tasks finish in", async () => {
    const releases: (() => void)[] = [];
    const running = mapBounded(
      [1, 2, 3],
      3,
      (n) => new Promise<number>((resolve) => releases.push(() => resolve(n * 10))),
    );
    // All three start before any finishes (limit 3); release them last to first.
    while (releases.length < 3) await new Promise((resolve) => setImmediate(resolve));
    for (const release of [...releases].reverse()) release();
    await expect(running).resolves.toEqual([10, 20, 30]);
  });

  it("returns each failure in place as an Error and still runs every other item", async () => {
    const results = await mapBounded(["a", "boom", "c", "text"], 2, async (item) => {
      if (item === "boom") throw new Error("boom failed");
      if (item === "text") throw "plain string";
      return item.toUpperCase();
    });
    expect(results[0]).toBe("A");
    expect(results[1]).toBeInstanceOf(Error);
    expect((results[1] as Error).message).toBe("boom failed");
    expect(results[2]).toBe("C");
    expect(results[3]).toBeInstanceOf(Error);
    expect((results[3] as Error).message).toBe("plain string");
  });

  it("never has more than the limit in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapBounded(
      Array.from({ length: 10 }, (_, i) => i),
      3,
      async (n) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return n;
      },
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
  });
});

describe("createLoaders, against a FakeCognito over HTTP", () => {
  let world: FakeBackend;
  useFakeBackend((started) => {
    world = started;
  });

  /** One request's loaders. */
  const loadersFor = (maxConcurrentReads = 10) =>
    createLoaders(cognitoDepsFor(world.fake), { maxConcurrentReads });
  const byName = (username: string) => ({ userPoolId: world.fake.userPoolId, username });
  const bySub = (sub: string) => ({ userPoolId: world.fake.userPoolId, sub });
  const usernamesAsked = (operation: string) =>
    world.fake.requestsFor(operation).map((request) => request.body.Username);

  it("reads a user once per request, however often and however concurrently it is asked for", async () => {
    const user = world.fake.addUser(aUser());
    const loaders = loadersFor();

    const [first, second] = await Promise.all([
      loaders.userByName.load(byName(user.username)),
      loaders.userByName.load(byName(user.username)),
    ]);
    const third = await loaders.userByName.load(byName(user.username));

    expect(first?.sub).toBe(user.sub);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(usernamesAsked("AdminGetUser")).toEqual([user.username]);
  });

  it("keeps nothing between requests: another request's loaders read again", async () => {
    const user = world.fake.addUser(aUser());

    await loadersFor().userByName.load(byName(user.username));
    await loadersFor().userByName.load(byName(user.username));

    expect(usernamesAsked("AdminGetUser")).toEqual([user.username, user.username]);
  });

  it("keys by pool and username: the same name in another pool is another read", async () => {
    const user = world.fake.addUser(aUser());
    world.fake.fail(
      "AdminGetUser",
      "ResourceNotFoundException",
      "User pool us-east-1_Other99 does not exist.",
    );
    const loaders = loadersFor();

    const results = await Promise.allSettled([
      loaders.userByName.load(byName(user.username)),
      loaders.userByName.load({ userPoolId: "us-east-1_Other99", username: user.username }),
    ]);

    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect(world.fake.requestsFor("AdminGetUser").map((request) => request.body.UserPoolId)).toEqual([
      world.fake.userPoolId,
      "us-east-1_Other99",
    ]);
  });

  it("answers null for UserNotFoundException and fails only the key whose read failed", async () => {
    const user = world.fake.addUser(aUser());
    world.fake.when("AdminGetUser", (request) => request.body.Username === "broken", {
      kind: "fail",
      type: "InternalErrorException",
      message: "internal",
    });
    const loaders = loadersFor();

    const [found, missing, broken] = await Promise.allSettled([
      loaders.userByName.load(byName(user.username)),
      loaders.userByName.load(byName("nobody-here")),
      loaders.userByName.load(byName("broken")),
    ]);

    expect(found).toMatchObject({ status: "fulfilled", value: { sub: user.sub } });
    expect(missing).toEqual({ status: "fulfilled", value: null });
    expect(broken.status).toBe("rejected");
    const reason = (broken as PromiseRejectedResult).reason as unknown;
    expect(reason).toBeInstanceOf(CognitoServiceError);
    expect((reason as CognitoServiceError).code).toBe("InternalErrorException");
  });

  it("reads a user by sub with AdminGetUser and then knows them by username too", async () => {
    const user = world.fake.addUser(aUser());
    const loaders = loadersFor();

    const bySubResult = await loaders.userBySub.load(bySub(user.sub));
    const byNameResult = await loaders.userByName.load(byName(user.username));

    expect(byNameResult).toBe(bySubResult);
    expect(usernamesAsked("AdminGetUser")).toEqual([user.sub]);
    expect(world.fake.requestsFor("ListUsers")).toEqual([]);
  });

  it("falls back to ListUsers for a sub AdminGetUser does not know (a federated user), and null for nobody", async () => {
    const user = world.fake.addUser(aUser());
    // A federated user's sub is not a Username AdminGetUser accepts.
    world.fake.when("AdminGetUser", (request) => request.body.Username === user.sub, {
      kind: "fail",
      type: "UserNotFoundException",
      message: "User does not exist.",
    });
    const loaders = loadersFor();

    const found = await loaders.userBySub.load(bySub(user.sub));
    const nobody = await loaders.userBySub.load(bySub("00000000-0000-0000-0000-000000000000"));
    // Primed by username from the ListUsers answer: no second read.
    const again = await loaders.userByName.load(byName(user.username));

    expect(found?.username).toBe(user.username);
    expect(nobody).toBeNull();
    expect(again).toBe(found);
    expect(world.fake.requestsFor("ListUsers").map((request) => request.body.Filter)).toEqual([
      `sub = "${user.sub}"`,
      'sub = "00000000-0000-0000-0000-000000000000"',
    ]);
  });

  it("never has more than maxConcurrentReads Cognito calls in flight, across loaders", async () => {
    const users = Array.from({ length: 6 }, () => world.fake.addUser(aUser()));
    world.fake.delay("AdminGetUser", 30);
    world.fake.delay("GetUser", 30);
    const loaders = loadersFor(2);
    const token = await world.tokens.accessToken(users[0]);

    await Promise.all([
      ...users.map((user) => loaders.userByName.load(byName(user.username))),
      loaders.userByAccessToken.load(token),
    ]);

    expect(world.fake.requestsFor("AdminGetUser")).toHaveLength(6);
    expect(world.fake.maxInFlight).toBe(2);
  });

  it("reads the caller with GetUser once per token, and forgets every read after a write", async () => {
    const user = world.fake.addUser(aUser());
    const token = await world.tokens.accessToken(user);
    const loaders = loadersFor();

    await loaders.userByAccessToken.load(token);
    await loaders.userByAccessToken.load(token);
    await loaders.userByName.load(byName(user.username));
    expect(world.fake.requestsFor("GetUser")).toHaveLength(1);

    loaders.forgetUsers();
    await loaders.userByAccessToken.load(token);
    await loaders.userByName.load(byName(user.username));
    await loaders.userBySub.load(bySub(user.sub));

    expect(world.fake.requestsFor("GetUser")).toHaveLength(2);
    // The by-sub read is answered by the by-name read's priming after forgetUsers too.
    expect(usernamesAsked("AdminGetUser")).toEqual([user.username, user.username]);
  });
});
