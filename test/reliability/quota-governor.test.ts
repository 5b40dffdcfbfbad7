import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createQuotaGovernor, UNLIMITED_GOVERNOR } from "../../src/quota/governor.js";
import { graphql } from "../generated/index.js";
import { useFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors, type GraphQLResponse } from "../helpers/graphql.js";
import { DEADLINE_SLACK_MS, maxInAnyWindow, timed, until } from "../helpers/rates.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// The quota governor against a fake that throttles like Cognito (token buckets at Cognito's rates):
// bursts wait in the gateway instead of becoming TooManyRequestsException from Cognito, and what
// cannot be sent before its deadline is refused as CognitoTooManyRequestsError without being sent.

const AdminUpdate = graphql(`
  mutation QuotaGovernor_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        retryable
      }
      ... on CognitoTooManyRequestsError {
        retryAfterSeconds
      }
    }
  }
`);

const UpdateMine = graphql(`
  mutation QuotaGovernor_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
    }
  }
`);

const UserByName = graphql(`
  query QuotaGovernor_User($username: String!) {
    user(username: $username) {
      username
    }
  }
`);

const Me = graphql(`
  query QuotaGovernor_Me {
    me {
      username
    }
  }
`);

type UpdateResponse = GraphQLResponse<{
  adminUpdateUserAttributes: { __typename: string; retryAfterSeconds?: number | null };
}>;

const OPERATION = "AdminUpdateUserAttributes";

/** Cognito's UserUpdate quota and its per-user write limit (https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html), per second. */
const USER_UPDATE_RPS = 25;
const PER_USER_WRITE_RPS = 10;

/**
 * Cognito does not publish its bucket sizes. A small burst makes the fake at least as strict as the
 * real service is likely to be, while absorbing the few milliseconds of scheduling jitter between a
 * request leaving the governor and reaching the fake.
 */
const FAKE_BURST = 5;
const FAKE_PER_USER_BURST = 3;

describe("the quota governor against a Cognito that throttles", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let adminToken: string;
  const gateways: TestGateway[] = [];

  useFakeBackend(async (world) => {
    ({ fake, tokens, backend } = world);
    adminToken = await tokens.adminAccessToken(aUser());
  });

  beforeEach(() => {
    fake.throttle("UserUpdate", { ratePerSecond: USER_UPDATE_RPS, burst: FAKE_BURST });
    fake.throttle("UserUpdate", {
      ratePerSecond: PER_USER_WRITE_RPS,
      burst: FAKE_PER_USER_BURST,
      // The user written to, however the request names them, as Cognito counts.
      per: (request) => fake.userOf(request)?.sub ?? "unknown user",
    });
  });

  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gateway) => gateway.close()));
  });

  /** A fresh governor (at Cognito's default rates) and SDK client per test, so no budget carries over. */
  async function gatewayWith(callTimeoutMs: number, quotaGovernor = createQuotaGovernor()) {
    const gateway = await startGateway(backend, {
      env: { COGNITO_TIMEOUT_MS: String(callTimeoutMs) },
      quotaGovernor,
    });
    gateways.push(gateway);
    return gateway;
  }

  function update(gateway: TestGateway, user: FakeUser, username = user.username): Promise<UpdateResponse> {
    return execute(gateway.graphqlUrl, AdminUpdate, {
      token: adminToken,
      variables: { input: { username, userAttributes: [{ name: "given_name", value: "Q" }] } },
    });
  }

  function users(count: number): FakeUser[] {
    return Array.from({ length: count }, () => fake.addUser(aUser()));
  }

  /**
   * Every request finished as a success or as the governor's typed refusal (with a retry hint),
   * within its deadline; returns how many succeeded.
   */
  function expectSucceededOrRefused(
    outcomes: { result: UpdateResponse; elapsedMs: number }[],
    callTimeoutMs: number,
  ): { succeeded: number; refused: number } {
    let succeeded = 0;
    let refused = 0;
    for (const { result, elapsedMs } of outcomes) {
      const outcome = expectNoErrors(result).adminUpdateUserAttributes;
      if (outcome.__typename === "AdminUpdateUserAttributesSuccess") {
        succeeded++;
      } else {
        expect(outcome).toMatchObject({
          __typename: "CognitoTooManyRequestsError",
          code: "TooManyRequestsException",
          retryable: true,
          retryAfterSeconds: expect.any(Number),
        });
        expect(outcome.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        refused++;
      }
      expect(elapsedMs).toBeLessThan(callTimeoutMs + DEADLINE_SLACK_MS);
    }
    return { succeeded, refused };
  }

  it("is needed: the fake throttles a burst of 4x the quota when nothing governs it", async () => {
    const gateway = await gatewayWith(5_000, UNLIMITED_GOVERNOR);

    await Promise.all(users(4 * USER_UPDATE_RPS).map((user) => update(gateway, user)));

    // Without the governor the burst meets Cognito's bucket: this is what the next tests rule out.
    expect(fake.throttled).toBeGreaterThan(0);
  });

  it("paces a burst of 4x the quota so Cognito never throttles, each request finishing within its deadline", async () => {
    const callTimeoutMs = 5_000;
    const gateway = await gatewayWith(callTimeoutMs);

    const outcomes = await Promise.all(
      users(4 * USER_UPDATE_RPS).map((user) => timed(() => update(gateway, user))),
    );

    expect(fake.throttled).toBe(0);
    const { succeeded } = expectSucceededOrRefused(outcomes, callTimeoutMs);
    // One request per success and none for a refusal: the governor sends nothing it refuses.
    expect(fake.requestsFor(OPERATION)).toHaveLength(succeeded);
    // Four seconds of quota fit in a five-second deadline: the governor uses the budget it has.
    expect(succeeded).toBeGreaterThanOrEqual(3 * USER_UPDATE_RPS);
  });

  it("refuses what cannot be sent before the deadline as CognitoTooManyRequestsError, sending nothing for it", async () => {
    const callTimeoutMs = 2_000;
    const gateway = await gatewayWith(callTimeoutMs);

    const outcomes = await Promise.all(
      users(4 * USER_UPDATE_RPS).map((user) => timed(() => update(gateway, user))),
    );

    expect(fake.throttled).toBe(0);
    const { succeeded, refused } = expectSucceededOrRefused(outcomes, callTimeoutMs);
    // Two seconds of deadline hold about two seconds of quota; the rest must be refused, not sent late.
    expect(refused).toBeGreaterThan(0);
    expect(succeeded).toBeGreaterThanOrEqual(USER_UPDATE_RPS);
    expect(fake.requestsFor(OPERATION)).toHaveLength(succeeded);
  });

  it("paces writes to one user at Cognito's 10 per second", async () => {
    const callTimeoutMs = 5_000;
    const gateway = await gatewayWith(callTimeoutMs);
    const [user] = users(1) as [FakeUser];

    const outcomes = await Promise.all(Array.from({ length: 30 }, () => timed(() => update(gateway, user))));

    expect(fake.throttled).toBe(0);
    const { succeeded } = expectSucceededOrRefused(outcomes, callTimeoutMs);
    expect(succeeded).toBe(30);
    const sentAt = fake.requestsFor(OPERATION).map((request) => request.receivedAt);
    // One more than the rate: a window can hold both ends of ten 100 ms steps.
    expect(maxInAnyWindow(sentAt)).toBeLessThanOrEqual(PER_USER_WRITE_RPS + 1);
    // 30 writes at 10 per second span at least 29 intervals of 100 ms (less 10% for timer jitter).
    expect(Math.max(...sentAt) - Math.min(...sentAt)).toBeGreaterThanOrEqual(29 * 100 * 0.9);
  });

  it("does not hold other users' writes behind one user's queue", async () => {
    const gateway = await gatewayWith(5_000);
    const [hot] = users(1) as [FakeUser];
    const others = users(5);

    let hotAnswered = 0;
    const hotWrites = Array.from({ length: 20 }, () => update(gateway, hot).finally(() => hotAnswered++));
    const otherWrites = await Promise.all(others.map((user) => update(gateway, user)));

    // The other users' writes finished while most of the hot user's 2 s queue was still waiting.
    expect(hotAnswered).toBeLessThan(10);
    for (const response of otherWrites) {
      expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
        "AdminUpdateUserAttributesSuccess",
      );
    }
    await Promise.all(hotWrites);
  });

  it("keeps one user's writes at 10 per second at Cognito even while the category queue is busy", async () => {
    const gateway = await gatewayWith(5_000);
    const [hot] = users(1) as [FakeUser];

    // 20 writes to one user (2 s of their budget) and 20 to others (almost 1 s of the category's).
    await Promise.all([
      ...Array.from({ length: 20 }, () => update(gateway, hot)),
      ...users(20).map((user) => update(gateway, user)),
    ]);

    // Cognito counts a user's writes when they arrive, so the pacing must hold at send time, not
    // only when the per-user token was taken.
    const hotSentAt = fake
      .requestsFor(OPERATION)
      .filter((request) => request.body.Username === hot.username)
      .map((request) => request.receivedAt);
    expect(maxInAnyWindow(hotSentAt)).toBeLessThanOrEqual(PER_USER_WRITE_RPS + 1);
    expect(fake.throttled).toBe(0);
  });

  it("draws one user's writes from one budget, whether an admin or the user sends them and however the name is cased", async () => {
    fake.caseInsensitiveUsernames = true;
    const gateway = await gatewayWith(5_000);
    const [user] = users(1) as [FakeUser];
    const userToken = await tokens.accessToken(user);

    const [adminWrites, ownWrites] = await Promise.all([
      Promise.all([
        ...Array.from({ length: 10 }, () => update(gateway, user)),
        ...Array.from({ length: 10 }, () => update(gateway, user, user.username.toUpperCase())),
      ]),
      Promise.all(
        Array.from({ length: 10 }, () =>
          execute(gateway.graphqlUrl, UpdateMine, {
            token: userToken,
            variables: { input: { userAttributes: [{ name: "given_name", value: "Q" }] } },
          }),
        ),
      ),
    ]);

    for (const response of adminWrites) {
      expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
        "AdminUpdateUserAttributesSuccess",
      );
    }
    for (const response of ownWrites) {
      expect(expectNoErrors(response).updateMyAttributes.__typename).toBe("UpdateMyAttributesSuccess");
    }
    expect(fake.throttled).toBe(0);
    const sentAt = [...fake.requestsFor(OPERATION), ...fake.requestsFor("UpdateUserAttributes")].map(
      (request) => request.receivedAt,
    );
    expect(sentAt).toHaveLength(30);
    expect(maxInAnyWindow(sentAt)).toBeLessThanOrEqual(PER_USER_WRITE_RPS + 1);
  });

  it("draws one user's writes from one budget whether an admin names them by username, sub or email alias", async () => {
    // Cognito takes the email as a name only in a pool that makes it an alias (AdminUpdateUserAttributes' Username).
    fake.poolSettings = { AliasAttributes: ["email"] };
    const gateway = await gatewayWith(5_000);
    const [user] = users(1) as [FakeUser];
    const names = [user.username, user.sub, user.attributes.email as string];

    const responses = await Promise.all(
      names.flatMap((name) => Array.from({ length: 10 }, () => update(gateway, user, name))),
    );

    for (const response of responses) {
      expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
        "AdminUpdateUserAttributesSuccess",
      );
    }
    // The fake throttles per real user, as Cognito does: three budgets would send 30 per second.
    expect(fake.throttled).toBe(0);
    const writes = fake.requestsFor(OPERATION);
    expect(writes).toHaveLength(30);
    expect(new Set(writes.map((request) => request.body.Username))).toEqual(new Set([user.username]));
    expect(maxInAnyWindow(writes.map((request) => request.receivedAt))).toBeLessThanOrEqual(
      PER_USER_WRITE_RPS + 1,
    );
  });

  it("answers reads from their own budget while a write burst waits", async () => {
    const gateway = await gatewayWith(2_000);
    const readers = users(10);

    let writesAnswered = 0;
    const writes = users(2 * USER_UPDATE_RPS).map((user) =>
      update(gateway, user).finally(() => writesAnswered++),
    );
    const reads = await Promise.all(
      readers.map((user) =>
        execute(gateway.graphqlUrl, UserByName, {
          token: adminToken,
          variables: { username: user.username },
        }),
      ),
    );

    expect(reads.map((response) => expectNoErrors(response).user?.username)).toEqual(
      readers.map((user) => user.username),
    );
    // The reads did not queue behind the writes (UserRead is its own category).
    expect(writesAnswered).toBeLessThan(USER_UPDATE_RPS);
    await Promise.all(writes);
    expect(fake.throttled).toBe(0);
  });

  it("serves an admin's read at its fair share while a user keeps 200 reads in flight", async () => {
    const readRate = 20;
    const gateway = await gatewayWith(5_000, createQuotaGovernor({ rates: { UserRead: readRate } }));
    const [alice, target] = users(2) as [FakeUser, FakeUser];
    const aliceToken = await tokens.accessToken(alice);

    const flood = Array.from({ length: 200 }, () =>
      timed(() => execute(gateway.graphqlUrl, Me, { token: aliceToken })),
    );
    // A second of alice's reads sent: by then all 200 are waiting in the gateway.
    await until(() => fake.requestsFor("GetUser").length >= readRate, "alice's reads to be under way");
    const sentBefore = fake.requestsFor("GetUser").length;
    const admin = await timed(() =>
      execute(gateway.graphqlUrl, UserByName, {
        token: adminToken,
        variables: { username: target.username },
      }),
    );

    expect(expectNoErrors(admin.result).user?.username).toBe(target.username);
    // Two callers wait, so the admin's read takes one of the next two tokens (one more may have been
    // on its way to alice when it asked). First come, first served would put it behind ~190 of
    // alice's reads: 9.5 s at 20 per second, past its deadline.
    const [adminRead] = fake.requestsFor("AdminGetUser");
    const aliceAhead = fake
      .requestsFor("GetUser")
      .filter((request) => request.receivedAt <= (adminRead?.receivedAt ?? 0)).length;
    expect(aliceAhead - sentBefore).toBeLessThanOrEqual(3);
    const outcomes = await Promise.all(flood);
    // Alice still had the rest of the budget: the reads she was refused were refused for her alone.
    const aliceServed = outcomes.filter(({ result }) => result.data?.me?.username === alice.username).length;
    expect(aliceServed).toBeGreaterThanOrEqual(3 * readRate);
    for (const { result } of outcomes) {
      if (result.data?.me) continue;
      // Refused by the budget: before waiting (no token in time) or, on a loaded machine, at the deadline.
      expect(["TooManyRequestsException", "COGNITO_DEADLINE_EXCEEDED"]).toContain(
        result.errors?.[0]?.extensions?.code,
      );
    }
  });
});
