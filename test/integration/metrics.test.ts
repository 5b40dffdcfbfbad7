import { describe, expect, it } from "vitest";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startFakeGateway, useFakeGateway } from "../helpers/fake-backend.js";
import type { TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import { sample, scrapeMetrics } from "../helpers/metrics.js";
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

useFakeGateway((world) => {
  ({ fake, tokens, gateway } = world);
  admin = fake.addUser(aUser({ username: "metrics-admin" }));
  target = fake.addUser(aUser({ username: "metrics-target" }));
});

const scrape = () => scrapeMetrics(gateway.url);

describe("/metrics", () => {
  it("counts and times GraphQL operations by root field and Cognito calls by operation and outcome", async () => {
    const token = await tokens.adminAccessToken(admin);
    const before = await scrape();
    const countBefore = (name: string, labels: Record<string, string>) => sample(before, name, labels) ?? 0;
    const okBefore = countBefore("cag_cognito_calls_total", {
      operation: "AdminUpdateUserAttributes",
      outcome: "ok",
    });
    const requestLabels = { operation: "adminUpdateUserAttributes", type: "mutation" };
    const requestsBefore = countBefore("cag_graphql_requests_total", { ...requestLabels, outcome: "ok" });
    const requestTimingsBefore = countBefore("cag_graphql_request_duration_seconds_count", requestLabels);
    const callTimingsBefore = countBefore("cag_cognito_call_duration_seconds_count", {
      operation: "AdminUpdateUserAttributes",
    });

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
    // The user is gone by the time the write arrives (the gateway's read before it found them).
    fake.fail("AdminUpdateUserAttributes", "UserNotFoundException", "User does not exist.");
    const missing = await execute(gateway.graphqlUrl, AdminUpdate, {
      token,
      variables: {
        input: { username: target.username, userAttributes: [{ name: "given_name", value: "x" }] },
      },
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
    // A typed Cognito error is data, so all four operations count as ok.
    expect(sample(after, "cag_graphql_requests_total", { ...requestLabels, outcome: "ok" })).toBe(
      requestsBefore + 4,
    );
    expect(
      sample(after, "cag_cognito_call_duration_seconds_count", { operation: "AdminUpdateUserAttributes" }),
    ).toBe(callTimingsBefore + 4);
    expect(sample(after, "cag_graphql_request_duration_seconds_count", requestLabels)).toBe(
      requestTimingsBefore + 4,
    );
  });

  it("labels each operation of a many-operation document by the one that ran", async () => {
    const token = await tokens.adminAccessToken(admin);
    // One text, so yoga hands both requests the same parsed document.
    const document = `
      query Metrics_Probe { __typename }
      mutation Metrics_Write($input: AdminUpdateUserAttributesInput!) {
        adminUpdateUserAttributes(input: $input) { __typename }
      }`;
    const post = (operationName: string, variables?: unknown) =>
      fetch(gateway.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: document, operationName, variables }),
      }).then((response) => response.json());
    const queryLabels = { operation: "none", type: "query", outcome: "ok" };
    const mutationLabels = { operation: "adminUpdateUserAttributes", type: "mutation", outcome: "ok" };
    const before = await scrape();

    expect(await post("Metrics_Probe")).toEqual({ data: { __typename: "Query" } });
    expect(
      await post("Metrics_Write", {
        input: { username: target.username, userAttributes: [{ name: "given_name", value: "Both" }] },
      }),
    ).toEqual({ data: { adminUpdateUserAttributes: { __typename: "AdminUpdateUserAttributesSuccess" } } });

    const after = await scrape();
    expect(sample(after, "cag_graphql_requests_total", queryLabels)).toBe(
      (sample(before, "cag_graphql_requests_total", queryLabels) ?? 0) + 1,
    );
    expect(sample(after, "cag_graphql_requests_total", mutationLabels)).toBe(
      (sample(before, "cag_graphql_requests_total", mutationLabels) ?? 0) + 1,
    );
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
    const quiet = await startFakeGateway({ env: { METRICS: "false" } });
    try {
      const response = await fetch(`${quiet.gateway.url}/metrics`);
      expect(response.status).toBe(404);
    } finally {
      await quiet.close();
    }
  });
});
