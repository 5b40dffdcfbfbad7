import { afterEach, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { useFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type FakeUser, type Step } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors, type GraphQLResponse } from "../helpers/graphql.js";
import { DEADLINE_SLACK_MS, timed, until } from "../helpers/rates.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// Cognito misbehaving in each way the issue lists (throttling, 500s, dropped connections, a hung and a
// slow backend), alone and next to healthy traffic. Each call is attempted at most 3 times (the SDK
// retries 5xx and network errors, the gateway retries throttling through its quota governor), then
// the caller gets a typed error or the masked one, always within the call's deadline.

const AdminUpdate = graphql(`
  mutation Faults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
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

const UserByName = graphql(`
  query Faults_User($username: String!) {
    user(username: $username) {
      username
    }
  }
`);

const OPERATION = "AdminUpdateUserAttributes";

/** `amz-sdk-request` of each recorded attempt, e.g. "attempt=2; max=3". */
function attemptHeaders(fake: FakeCognito): unknown[] {
  return fake.requestsFor(OPERATION).map((request) => request.headers["amz-sdk-request"]);
}

const THREE_ATTEMPTS = ["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"];
/** A send the SDK made once: throttled calls are sent again by the gateway, through its quota governor. */
const FIRST_ATTEMPT = THREE_ATTEMPTS[0];

describe("faults reaching Cognito", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let adminToken: string;
  const gateways: TestGateway[] = [];

  useFakeBackend(async (world) => {
    ({ fake, tokens, backend } = world);
    adminToken = await tokens.adminAccessToken(aUser());
  });

  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gateway) => gateway.close()));
  });

  /**
   * A gateway of its own per test: the SDK's retry budget (standard mode's retry quota) lives in the
   * client, so one test's failed retries must not change how many attempts the next one gets.
   */
  async function gatewayWith(callTimeoutMs: number): Promise<TestGateway> {
    const gateway = await startGateway(backend, { env: { COGNITO_TIMEOUT_MS: String(callTimeoutMs) } });
    gateways.push(gateway);
    return gateway;
  }

  function update(gateway: TestGateway, user: FakeUser, value = "Ada") {
    return execute(gateway.graphqlUrl, AdminUpdate, {
      token: adminToken,
      variables: { input: { username: user.username, userAttributes: [{ name: "given_name", value }] } },
    });
  }

  function expectSuccess(response: GraphQLResponse<{ adminUpdateUserAttributes: { __typename: string } }>) {
    expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
      "AdminUpdateUserAttributesSuccess",
    );
  }

  function expectMasked(response: GraphQLResponse<unknown>): void {
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  }

  function expectDeadlineExceeded(response: GraphQLResponse<unknown>): void {
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({
      path: ["adminUpdateUserAttributes"],
      extensions: { code: "COGNITO_DEADLINE_EXCEEDED", retryable: true },
    });
  }

  describe("throttling (TooManyRequestsException)", () => {
    it("retries a throttled write and succeeds when Cognito accepts the next attempt", async () => {
      const gateway = await gatewayWith(5_000);
      const user = fake.addUser(aUser());
      fake.once(OPERATION, { kind: "fail", type: "TooManyRequestsException", message: "Rate exceeded" });

      const { result, elapsedMs } = await timed(() => update(gateway, user, "Retried"));

      expectSuccess(result);
      // Sent again by the gateway after the governor's next send time, not by the SDK's retry loop.
      expect(attemptHeaders(fake)).toEqual([FIRST_ATTEMPT, FIRST_ATTEMPT]);
      expect(fake.findUser(user.username)?.attributes.given_name).toBe("Retried");
      expect(elapsedMs).toBeLessThan(5_000 + DEADLINE_SLACK_MS);
    });

    it("sends the retry of a throttled write only at the quota's next send time", async () => {
      // 1 write a second: the governor spaces sends 1031 ms apart (1 s over its 97% pacing).
      const gateway = await startGateway(backend, {
        env: { QUOTA_USER_UPDATE_RPS: "1", QUOTA_PER_USER_WRITE_RPS: "1" },
      });
      gateways.push(gateway);
      const user = fake.addUser(aUser());
      fake.once(OPERATION, { kind: "fail", type: "TooManyRequestsException", message: "Rate exceeded" });

      expectSuccess(await update(gateway, user, "Paced"));

      const [first, retry] = fake.requestsFor(OPERATION).map((request) => request.receivedAt);
      expect(retry, "the retry reached Cognito").toBeDefined();
      // The SDK's own retry of a throttle backs off a random 0–1000 ms (standard mode's first retry).
      expect((retry as number) - (first as number)).toBeGreaterThanOrEqual(1_000);
    });

    it("returns CognitoTooManyRequestsError after exactly three throttled attempts", async () => {
      const gateway = await gatewayWith(5_000);
      const user = fake.addUser(aUser());
      fake.fail(OPERATION, "TooManyRequestsException", "Rate exceeded");

      const { result, elapsedMs } = await timed(() => update(gateway, user));

      expect(expectNoErrors(result).adminUpdateUserAttributes).toEqual({
        __typename: "CognitoTooManyRequestsError",
        code: "TooManyRequestsException",
        message: "Rate exceeded",
        retryable: true,
        // Cognito throttled, not the gateway's governor: there is no hint when to come back.
        retryAfterSeconds: null,
      });
      expect(attemptHeaders(fake)).toEqual([FIRST_ATTEMPT, FIRST_ATTEMPT, FIRST_ATTEMPT]);
      expect(elapsedMs).toBeLessThan(5_000 + DEADLINE_SLACK_MS);
    });
  });

  describe("Cognito's own faults (500 InternalErrorException)", () => {
    it("retries a 500 and succeeds when the next attempt is answered", async () => {
      const gateway = await gatewayWith(5_000);
      const user = fake.addUser(aUser());
      fake.once(OPERATION, { kind: "fail", type: "InternalErrorException", message: "Internal error" });

      const response = await update(gateway, user);

      expectSuccess(response);
      expect(attemptHeaders(fake)).toEqual(THREE_ATTEMPTS.slice(0, 2));
    });

    it("returns CognitoInternalError after exactly three 500s", async () => {
      const gateway = await gatewayWith(5_000);
      const user = fake.addUser(aUser());
      fake.fail(OPERATION, "InternalErrorException", "Internal error 71c3");

      const { result, elapsedMs } = await timed(() => update(gateway, user));

      expect(expectNoErrors(result).adminUpdateUserAttributes).toMatchObject({
        __typename: "CognitoInternalError",
        code: "InternalErrorException",
        retryable: true,
      });
      expect(attemptHeaders(fake)).toEqual(THREE_ATTEMPTS);
      expect(elapsedMs).toBeLessThan(5_000 + DEADLINE_SLACK_MS);
    });
  });

  describe("dropped connections", () => {
    it("retries a dropped connection and succeeds on the next attempt", async () => {
      const gateway = await gatewayWith(5_000);
      const user = fake.addUser(aUser());
      fake.once(OPERATION, { kind: "drop" });

      const response = await update(gateway, user, "AfterDrop");

      expectSuccess(response);
      expect(attemptHeaders(fake)).toEqual(THREE_ATTEMPTS.slice(0, 2));
      expect(fake.findUser(user.username)?.attributes.given_name).toBe("AfterDrop");
    });

    it("masks a connection dropped on every attempt, after exactly three attempts", async () => {
      const gateway = await gatewayWith(5_000);
      const user = fake.addUser(aUser());
      fake.when(OPERATION, () => true, { kind: "drop" });

      const { result, elapsedMs } = await timed(() => update(gateway, user));

      expectMasked(result);
      expect(attemptHeaders(fake)).toEqual(THREE_ATTEMPTS);
      expect(elapsedMs).toBeLessThan(5_000 + DEADLINE_SLACK_MS);
    });
  });

  describe("a hung backend", () => {
    it("answers COGNITO_DEADLINE_EXCEEDED within the deadline and abandons the hung call", async () => {
      const gateway = await gatewayWith(1_000);
      const user = fake.addUser(aUser());
      fake.once(OPERATION, { kind: "hang" });

      const { result, elapsedMs } = await timed(() => update(gateway, user));

      expectDeadlineExceeded(result);
      expect(result.data).toBeNull();
      expect(elapsedMs).toBeLessThan(1_000 + DEADLINE_SLACK_MS);
      // The deadline ends the call: no further attempt is sent and the hung socket is let go.
      expect(fake.requestsFor(OPERATION)).toHaveLength(1);
      await until(() => fake.inFlight === 0, "the gateway to close the hung connection");
    });

    it("closes the hung connection at the deadline when the client has sent that command before", async () => {
      // The SDK client reuses the middleware it resolved for the first call of a command, so the
      // deadline of a later call travels with the command rather than as a per-call option.
      const gateway = await gatewayWith(1_000);
      const user = fake.addUser(aUser());
      expectSuccess(await update(gateway, user, "First"));
      fake.once(OPERATION, { kind: "hang" });

      const { result, elapsedMs } = await timed(() => update(gateway, user, "Second"));

      expectDeadlineExceeded(result);
      expect(elapsedMs).toBeLessThan(1_000 + DEADLINE_SLACK_MS);
      expect(fake.requestsFor(OPERATION)).toHaveLength(2);
      await until(() => fake.inFlight === 0, "the gateway to close the hung connection");
      expectSuccess(await update(gateway, user, "Third"));
      expect(fake.findUser(user.username)?.attributes.given_name).toBe("Third");
    });

    it("counts retries against the same deadline: a throttle, then a hang, still ends in time", async () => {
      const gateway = await gatewayWith(1_000);
      const user = fake.addUser(aUser());
      fake.once(OPERATION, { kind: "fail", type: "TooManyRequestsException", message: "Rate exceeded" });
      fake.once(OPERATION, { kind: "hang" });
      fake.once(OPERATION, { kind: "hang" });

      const { result, elapsedMs } = await timed(() => update(gateway, user));

      // The SDK may still be backing off when the deadline passes; either way the caller hears in time.
      expectDeadlineExceeded(result);
      expect(elapsedMs).toBeLessThan(1_000 + DEADLINE_SLACK_MS);
    });
  });

  describe("a slow backend", () => {
    it("succeeds when Cognito answers below the deadline, without a retry", async () => {
      const gateway = await gatewayWith(1_000);
      const user = fake.addUser(aUser());
      fake.delay(OPERATION, 400);

      const response = await update(gateway, user, "Slow");

      expectSuccess(response);
      expect(attemptHeaders(fake)).toEqual(["attempt=1; max=3"]);
      expect(fake.findUser(user.username)?.attributes.given_name).toBe("Slow");
    });
  });

  describe("mixed with healthy traffic", () => {
    it("completes 20 unrelated requests normally while one call hangs", async () => {
      const gateway = await gatewayWith(2_000);
      const stuck = fake.addUser(aUser());
      const others = Array.from({ length: 10 }, () => fake.addUser(aUser()));
      fake.when(OPERATION, (request) => request.body.Username === stuck.username, { kind: "hang" });

      let stuckSettled = false;
      const stuckResponse = update(gateway, stuck).finally(() => (stuckSettled = true));
      await until(() => fake.inFlight === 1, "the stuck call to reach the fake");

      const writes = others.map((user) => update(gateway, user, "Healthy"));
      const reads = others.map((user) =>
        execute(gateway.graphqlUrl, UserByName, {
          token: adminToken,
          variables: { username: user.username },
        }),
      );
      const [writeResponses, readResponses] = await Promise.all([Promise.all(writes), Promise.all(reads)]);

      // All 20 were answered while the hung call was still waiting for Cognito.
      expect(stuckSettled).toBe(false);
      for (const response of writeResponses) expectSuccess(response);
      expect(readResponses.map((response) => expectNoErrors(response).user?.username)).toEqual(
        others.map((user) => user.username),
      );
      expectDeadlineExceeded(await stuckResponse);
    });

    interface FaultCase {
      title: string;
      step: Step;
      callTimeoutMs: number;
      expectFaulty(response: GraphQLResponse<{ adminUpdateUserAttributes: { __typename: string } }>): void;
    }

    const faults: FaultCase[] = [
      {
        title: "throttled on every attempt",
        step: { kind: "fail", type: "TooManyRequestsException", message: "Rate exceeded" },
        callTimeoutMs: 5_000,
        expectFaulty: (response) =>
          expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
            "CognitoTooManyRequestsError",
          ),
      },
      {
        title: "failing with 500 on every attempt",
        step: { kind: "fail", type: "InternalErrorException", message: "Internal error" },
        callTimeoutMs: 5_000,
        expectFaulty: (response) =>
          expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe("CognitoInternalError"),
      },
      {
        title: "answering a non-JSON 502 on every attempt",
        step: { kind: "raw", status: 502, body: "<html>Bad Gateway</html>", contentType: "text/html" },
        callTimeoutMs: 5_000,
        expectFaulty: expectMasked,
      },
      {
        title: "dropping the connection on every attempt",
        step: { kind: "drop" },
        callTimeoutMs: 5_000,
        expectFaulty: expectMasked,
      },
      {
        title: "hung",
        step: { kind: "hang" },
        callTimeoutMs: 1_000,
        expectFaulty: expectDeadlineExceeded,
      },
      {
        title: "slow, below the deadline",
        step: { kind: "default", delayMs: 400 },
        callTimeoutMs: 1_000,
        expectFaulty: expectSuccess,
      },
    ];

    it.each(faults)(
      "keeps 10 healthy writes unaffected while one user's call is $title",
      async ({ step, callTimeoutMs, expectFaulty }) => {
        const gateway = await gatewayWith(callTimeoutMs);
        const faulty = fake.addUser(aUser());
        const healthy = Array.from({ length: 10 }, () => fake.addUser(aUser()));
        fake.when(OPERATION, (request) => request.body.Username === faulty.username, step);

        const [faultyOutcome, ...healthyOutcomes] = await Promise.all(
          [faulty, ...healthy].map((user) => timed(() => update(gateway, user, "Mixed"))),
        );

        expectFaulty(faultyOutcome!.result);
        expect(faultyOutcome!.elapsedMs).toBeLessThan(callTimeoutMs + DEADLINE_SLACK_MS);
        for (const { result, elapsedMs } of healthyOutcomes) {
          expectSuccess(result);
          expect(elapsedMs).toBeLessThan(callTimeoutMs + DEADLINE_SLACK_MS);
        }
        // Each healthy write was sent once: the fault stayed with the faulty caller.
        for (const user of healthy) {
          const sent = fake
            .requestsFor(OPERATION)
            .filter((request) => request.body.Username === user.username);
          expect(sent, user.username).toHaveLength(1);
          expect(fake.findUser(user.username)?.attributes.given_name).toBe("Mixed");
        }
      },
    );
  });
});
