import { describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type Step } from "../helpers/fake-cognito.js";
import { type TestGateway } from "../helpers/gateway.js";
import { execute, type GraphQLResponse } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// What Cognito never documents (a new exception name, a proxy's HTML 502, a dropped connection) must
// not pose as a Cognito verdict: the caller sees yoga's mask with a request id, and the log line with
// the same id tells the operator what happened.

const AdminUpdate = graphql(`
  mutation UnexpectedErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const UpdateMine = graphql(`
  mutation UnexpectedErrors_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const UserQuery = graphql(`
  query UnexpectedErrors_User($username: String!) {
    user(username: $username) {
      username
    }
  }
`);

const MeQuery = graphql(`
  query UnexpectedErrors_Me {
    me {
      username
    }
  }
`);

/**
 * The SDK makes up to 3 attempts for 5xx answers and transient network errors; queue more one-shot
 * steps than that so no attempt falls through to the fake's default (successful) behaviour.
 */
const STEPS_OUTLASTING_SDK_RETRIES = 5;

const INTERNAL_MESSAGE = "internal detail 5e1b: do not show callers";
const HTML_BODY = "<html><body><h1>502 Bad Gateway</h1> upstream 9d2c</body></html>";

type Operation = "AdminUpdateUserAttributes" | "UpdateUserAttributes" | "AdminGetUser" | "GetUser";

interface Failure {
  title: string;
  /** Scripts the fake so every attempt of `operation` fails this way. */
  script(fake: FakeCognito, operation: Operation): void;
  /** Text of the failure that must not reach the caller. */
  secrets: string[];
}

function everyAttempt(fake: FakeCognito, operation: Operation, step: Step): void {
  for (let i = 0; i < STEPS_OUTLASTING_SDK_RETRIES; i++) fake.once(operation, step);
}

const FAILURES: Failure[] = [
  {
    title: "an exception name Cognito does not document",
    script: (fake, operation) => fake.fail(operation, "SomethingNewException", INTERNAL_MESSAGE),
    secrets: ["SomethingNewException", INTERNAL_MESSAGE],
  },
  {
    title: "an exception Cognito documents only for other operations",
    // LimitExceededException belongs to verification codes, never to these four calls.
    script: (fake, operation) => fake.fail(operation, "LimitExceededException", INTERNAL_MESSAGE),
    secrets: ["LimitExceededException", INTERNAL_MESSAGE],
  },
  {
    title: "a non-JSON 502",
    script: (fake, operation) =>
      everyAttempt(fake, operation, { kind: "raw", status: 502, body: HTML_BODY, contentType: "text/html" }),
    secrets: ["<html>", "Bad Gateway", "upstream 9d2c", "SyntaxError"],
  },
  {
    title: "a dropped connection",
    script: (fake, operation) => everyAttempt(fake, operation, { kind: "drop" }),
    secrets: ["socket hang up", "ECONNRESET", "TimeoutError"],
  },
];

/** Signs of a stack trace or an internal error object in a response. */
const STACK_PATTERNS = [/\bat [^\n]*\.[cm]?[jt]s:\d+/, /node_modules/, /"stack"/, /originalError/];

describe("unexpected failures reaching Cognito", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;

  useFakeGateway((world) => ({ fake, tokens, gateway } = world));

  /** Asserts the mask, the request id in header, error and log, and that nothing internal leaked. */
  function expectMasked(response: GraphQLResponse<unknown>, failure: Failure, path: string[]): void {
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toEqual({
      message: "Unexpected error.",
      path,
      locations: expect.any(Array),
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    });

    const logged = gateway.logs.lines.filter(
      (line) => line.msg === "unexpected error" && line.requestId === requestId,
    );
    expect(logged).toHaveLength(1);

    const body = JSON.stringify({ data: response.data, errors: response.errors });
    for (const secret of failure.secrets) expect(body).not.toContain(secret);
    for (const pattern of STACK_PATTERNS) expect(body).not.toMatch(pattern);
  }

  describe.each(FAILURES)("$title", (failure) => {
    it("masks adminUpdateUserAttributes as Unexpected error with the logged request id", async () => {
      const admin = fake.addUser(aUser());
      const target = fake.addUser(aUser());
      failure.script(fake, "AdminUpdateUserAttributes");

      const response = await execute(gateway.graphqlUrl, AdminUpdate, {
        token: await tokens.adminAccessToken(admin),
        variables: {
          input: { username: target.username, userAttributes: [{ name: "locale", value: "fr" }] },
        },
      });

      expectMasked(response, failure, ["adminUpdateUserAttributes"]);
      expect(response.data).toBeNull();
      expect(fake.requestsFor("AdminUpdateUserAttributes").length).toBeGreaterThanOrEqual(1);
    });

    it("masks updateMyAttributes as Unexpected error with the logged request id", async () => {
      const user = fake.addUser(aUser());
      failure.script(fake, "UpdateUserAttributes");

      const response = await execute(gateway.graphqlUrl, UpdateMine, {
        token: await tokens.accessToken(user),
        variables: { input: { userAttributes: [{ name: "locale", value: "fr" }] } },
      });

      expectMasked(response, failure, ["updateMyAttributes"]);
      expect(response.data).toBeNull();
    });

    it("masks the user read as Unexpected error with the logged request id", async () => {
      const admin = fake.addUser(aUser());
      failure.script(fake, "AdminGetUser");

      const response = await execute(gateway.graphqlUrl, UserQuery, {
        token: await tokens.adminAccessToken(admin),
        variables: { username: "someone" },
      });

      expectMasked(response, failure, ["user"]);
      expect(response.data).toEqual({ user: null });
    });

    it("masks the me read as Unexpected error with the logged request id", async () => {
      const user = fake.addUser(aUser());
      failure.script(fake, "GetUser");

      const response = await execute(gateway.graphqlUrl, MeQuery, { token: await tokens.accessToken(user) });

      expectMasked(response, failure, ["me"]);
      expect(response.data).toEqual({ me: null });
    });
  });

  it("logs what went wrong for the operator under the request id", async () => {
    const admin = fake.addUser(aUser());
    fake.fail("AdminGetUser", "SomethingNewException", INTERNAL_MESSAGE);

    const response = await execute(gateway.graphqlUrl, UserQuery, {
      token: await tokens.adminAccessToken(admin),
      variables: { username: "someone" },
    });

    const requestId = response.headers.get("x-request-id");
    const line = gateway.logs.lines.find(
      (logged) => logged.msg === "unexpected error" && logged.requestId === requestId,
    );
    expect(line).toMatchObject({
      level: 50,
      path: ["user"],
      error: { name: "SomethingNewException", message: INTERNAL_MESSAGE, httpStatusCode: 400 },
    });
  });

  it("keeps a caller's x-request-id in the masked error and the log line", async () => {
    const admin = fake.addUser(aUser());
    fake.fail("AdminGetUser", "SomethingNewException", INTERNAL_MESSAGE);

    const response = await execute(gateway.graphqlUrl, UserQuery, {
      token: await tokens.adminAccessToken(admin),
      variables: { username: "someone" },
      headers: { "x-request-id": "caller-req-42" },
    });

    expect(response.headers.get("x-request-id")).toBe("caller-req-42");
    expect(response.errors?.[0]?.extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      requestId: "caller-req-42",
    });
    expect(
      gateway.logs.lines.some(
        (line) => line.msg === "unexpected error" && line.requestId === "caller-req-42",
      ),
    ).toBe(true);
  });
});
