import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { trace } from "@opentelemetry/api";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";
import { graphql } from "../generated/index.js";

const AdminUpdate = graphql(`
  mutation Tracing_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on AdminUpdateUserAttributesSuccess {
        user {
          username
        }
      }
    }
  }
`);

let fake: FakeCognito;
let tokens: TokenIssuer;
let backend: TestBackend;
let gateway: TestGateway;
let admin: FakeUser;
let target: FakeUser;
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

useFakeGateway(
  (world) => {
    ({ fake, tokens, backend, gateway } = world);
    admin = fake.addUser(aUser({ username: "tracing-admin" }));
    target = fake.addUser(aUser({ username: "tracing-target" }));
  },
  { tracer: provider.getTracer("test") },
);
afterAll(() => provider.shutdown());
beforeEach(() => exporter.reset());

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe("OpenTelemetry tracing", () => {
  it("records one span per request with a child span per Cognito call", async () => {
    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: {
        input: { username: target.username, userAttributes: [{ name: "given_name", value: "T" }] },
      },
    });
    expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
      "AdminUpdateUserAttributesSuccess",
    );

    const spans = exporter.getFinishedSpans();
    const request = spans.find((span) => span.name === "graphql.mutation adminUpdateUserAttributes");
    expect(request, spans.map((span) => span.name).join(", ")).toBeDefined();
    const children = spans.filter((span) => parentOf(span) === request?.spanContext().spanId);
    // The write (a plain username needs no read first), then the read for the payload.
    expect(children.map((span) => span.name).sort()).toEqual([
      "cognito.AdminGetUser",
      "cognito.AdminUpdateUserAttributes",
    ]);
    for (const child of children) {
      expect(child.spanContext().traceId).toBe(request?.spanContext().traceId);
      expect(child.attributes["cag.cognito.outcome"]).toBe("ok");
      expect(child.attributes["rpc.method"]).toBe(child.name.replace("cognito.", ""));
    }
    expect(request?.attributes["cag.request_id"]).toBe(response.headers.get("x-request-id"));
  });

  it("records a request refused before any operation ran as a span of its own, with the reason", async () => {
    const response = await execute(gateway.graphqlUrl, "{ nope }", {
      token: await tokens.adminAccessToken(admin),
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => span.name)).toEqual(["graphql.refused"]);
    expect(spans[0]?.attributes).toMatchObject({
      "cag.request_id": response.headers.get("x-request-id"),
      "cag.refusal.reason": "validation",
    });
    expect(spans[0]?.status.code).toBe(2); // SpanStatusCode.ERROR
  });

  it("marks a failing Cognito call with the exception name and an error status", async () => {
    // Found by the read before the write, gone by the write.
    const target = fake.addUser(aUser());
    fake.fail("AdminUpdateUserAttributes", "UserNotFoundException", "User does not exist.");
    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: {
        input: { username: target.username, userAttributes: [{ name: "given_name", value: "T" }] },
      },
    });
    expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe("CognitoUserNotFoundError");

    const call = exporter
      .getFinishedSpans()
      .find((span) => span.name === "cognito.AdminUpdateUserAttributes");
    expect(call?.attributes["cag.cognito.outcome"]).toBe("UserNotFoundException");
    expect(call?.status.code).toBe(2); // SpanStatusCode.ERROR
  });

  it("produces no spans when the app has no tracer, even with a global tracer provider registered", async () => {
    // Were the app to fall back on the global OpenTelemetry API, its spans would land in `exporter`.
    trace.setGlobalTracerProvider(provider);
    const untraced = await startGateway(backend);
    try {
      const response = await execute(untraced.graphqlUrl, AdminUpdate, {
        token: await tokens.adminAccessToken(admin),
        variables: {
          input: { username: target.username, userAttributes: [{ name: "given_name", value: "U" }] },
        },
      });
      expectNoErrors(response);
      expect(exporter.getFinishedSpans()).toEqual([]);
    } finally {
      trace.disable();
      await untraced.close();
    }
  });
});
