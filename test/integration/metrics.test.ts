import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startFakeBackend } from "../helpers/fake-backend.js";
import { startGateway, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";
import { graphql } from "../generated/index.js";

const AdminUpdate = graphql(`
  mutation Metrics_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
    }
  }
`);

let fake: FakeCognito;
let tokens: TokenIssuer;
let gateway: TestGateway;
let admin: FakeUser;
let target: FakeUser;

beforeAll(async () => {
  const started = await startFakeBackend();
  ({ fake, tokens } = started);
  gateway = await startGateway(started.backend);
  admin = fake.addUser(aUser({ username: "metrics-admin" }));
  target = fake.addUser(aUser({ username: "metrics-target" }));
});
afterAll(async () => {
  await gateway?.close();
  await fake?.close();
});
beforeEach(() => fake.reset());

async function scrape(): Promise<string> {
  const response = await fetch(`${gateway.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

/** The value of one sample line, e.g. `cag_cognito_calls_total{operation="X",outcome="ok"}`. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split("\n")
    .find(
      (candidate) => candidate.startsWith(`${name}{`) && wanted.every((label) => candidate.includes(label)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

describe("/metrics", () => {
  it("counts and times GraphQL operations by root field and Cognito calls by operation and outcome", async () => {
    const token = await tokens.adminAccessToken(admin);
    const before = await scrape();
    const okBefore =
      sample(before, "cag_cognito_calls_total", { operation: "AdminUpdateUserAttributes", outcome: "ok" }) ??
      0;

    for (let i = 0; i < 3; i++) {
      const response = await execute(gateway.graphqlUrl, AdminUpdate, {
        token,
        variables: {
          input: { username: target.username, userAttributes: [{ name: "given_name", value: `M${i}` }] },
        },
      });
      expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
        "AdminUpdateUserAttributesSuccess",
      );
    }
    fake.fail("AdminUpdateUserAttributes", "UserNotFoundException", "User does not exist.");
    const missing = await execute(gateway.graphqlUrl, AdminUpdate, {
      token,
      variables: { input: { username: "nobody", userAttributes: [{ name: "given_name", value: "x" }] } },
    });
    expect(expectNoErrors(missing).adminUpdateUserAttributes.__typename).toBe("CognitoUserNotFoundError");

    const after = await scrape();
    expect(
      sample(after, "cag_cognito_calls_total", { operation: "AdminUpdateUserAttributes", outcome: "ok" }),
    ).toBe(okBefore + 3);
    expect(
      sample(after, "cag_cognito_calls_total", {
        operation: "AdminUpdateUserAttributes",
        outcome: "UserNotFoundException",
      }),
    ).toBe(1);
    expect(
      sample(after, "cag_graphql_requests_total", {
        operation: "adminUpdateUserAttributes",
        type: "mutation",
        outcome: "ok",
      }),
    ).toBeGreaterThanOrEqual(4);
    expect(
      sample(after, "cag_cognito_call_duration_seconds_count", { operation: "AdminUpdateUserAttributes" }),
    ).toBeGreaterThanOrEqual(4);
    expect(
      sample(after, "cag_graphql_request_duration_seconds_count", {
        operation: "adminUpdateUserAttributes",
        type: "mutation",
      }),
    ).toBeGreaterThanOrEqual(4);
  });

  it("labels operations by root field, never by the client-chosen operation name", async () => {
    const name = `Chosen_${Date.now()}`;
    const response = await execute(gateway.graphqlUrl, `query ${name} { __typename }`);
    expect(response.data).toEqual({ __typename: "Query" });

    const text = await scrape();
    expect(text).not.toContain(name);
    expect(
      sample(text, "cag_graphql_requests_total", { operation: "none", type: "query" }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("is not served when metrics are turned off", async () => {
    const started = await startFakeBackend();
    const quiet = await startGateway(started.backend, { metrics: false });
    try {
      const response = await fetch(`${quiet.url}/metrics`);
      expect(response.status).toBe(404);
    } finally {
      await quiet.close();
      await started.fake.close();
    }
  });
});
