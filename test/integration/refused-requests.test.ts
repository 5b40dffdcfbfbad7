import { describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { type TestGateway } from "../helpers/gateway.js";
import { execute } from "../helpers/graphql.js";
import { sample, scrapeMetrics } from "../helpers/metrics.js";
import { postChunked, sendRaw } from "../helpers/security-fixtures.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// Requests refused before any operation runs answer with an x-request-id, leave one log line with
// that id and a reason, and count in /metrics by reason; what they carried never reaches the log.

const UpdateMine = graphql(`
  mutation RefusedRequests_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
    }
  }
`);

/** Small enough that a refused body is cheap to send. */
const MAX_BODY_BYTES = 4_096;
/** A value that must never appear in the log, whichever way the request was refused. */
const SECRET = "refused-secret-4711@example.com";

interface Refusal {
  title: string;
  send(url: string, token: string): Promise<{ status: number; requestId: string | null | undefined }>;
  reason: string;
  status: number;
}

const json = (token: string) => ({ "content-type": "application/json", authorization: `Bearer ${token}` });
const raw = async (url: string, init: Parameters<typeof sendRaw>[1]) => {
  const response = await sendRaw(url, init);
  return { status: response.status, requestId: response.headers.get("x-request-id") };
};

const REFUSALS: Refusal[] = [
  {
    title: "a document that does not parse",
    send: (url, token) =>
      raw(url, {
        headers: json(token),
        body: JSON.stringify({
          query: `mutation { updateMyAttributes(input: { userAttributes: [{ name: "email", value: "${SECRET}" ] }) }`,
        }),
      }),
    reason: "parse",
    status: 200,
  },
  {
    title: "a document that does not validate",
    send: (url, token) =>
      raw(url, {
        headers: json(token),
        body: JSON.stringify({ query: `{ me { sub } nope(value: "${SECRET}") }` }),
      }),
    reason: "validation",
    status: 200,
  },
  {
    title: "a document over the depth limit",
    send: (url, token) =>
      raw(url, {
        headers: json(token),
        body: JSON.stringify({
          query: `{ __type(name: "User") { fields { type { ${"ofType { ".repeat(12)}name${" }".repeat(12)} } } } }`,
        }),
      }),
    reason: "validation",
    status: 200,
  },
  {
    title: "a body that is not JSON",
    send: (url, token) => raw(url, { headers: json(token), body: `{"query": "${SECRET}` }),
    reason: "bad_request",
    status: 400,
  },
  {
    title: "a body without a query",
    send: (url, token) => raw(url, { headers: json(token), body: JSON.stringify({ variables: { SECRET } }) }),
    reason: "bad_request",
    status: 200,
  },
  {
    title: "a simple request without a CSRF header",
    send: (url, token) =>
      raw(url, {
        headers: { "content-type": "text/plain", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `{ me { sub } }`, variables: { SECRET } }),
      }),
    reason: "forbidden",
    status: 403,
  },
  {
    // The CSRF header is there, but no field takes an upload, so no parser takes the body.
    title: "a multipart body",
    send: (url, token) =>
      raw(url, {
        headers: {
          "content-type": "multipart/form-data; boundary=x",
          "x-graphql-yoga-csrf": "1",
          authorization: `Bearer ${token}`,
        },
        body: `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ me { sub } }","variables":{"v":"${SECRET}"}}\r\n--x--\r\n`,
      }),
    reason: "unsupported_media_type",
    status: 415,
  },
  {
    title: "a body over the size limit",
    send: (url, token) =>
      raw(url, {
        headers: json(token),
        body: JSON.stringify({ query: "{ me { sub } }", variables: { pad: SECRET.repeat(200) } }),
      }),
    reason: "payload_too_large",
    status: 413,
  },
  {
    title: "a body that does not declare its length",
    send: async (url, token) => {
      const response = await postChunked(
        url,
        JSON.stringify({ query: `{ me { sub } }`, variables: { SECRET } }),
        {
          authorization: `Bearer ${token}`,
        },
      );
      return { status: response.status, requestId: response.requestId };
    },
    reason: "length_required",
    status: 411,
  },
];

let fake: FakeCognito;
let tokens: TokenIssuer;
let gateway: TestGateway;
let user: FakeUser;
let token: string;

useFakeGateway(
  async (world) => {
    ({ fake, tokens, gateway } = world);
    user = fake.addUser(aUser());
    token = await tokens.accessToken(user);
  },
  { env: { MAX_REQUEST_BODY_BYTES: String(MAX_BODY_BYTES) } },
);

async function refusedCount(reason: string): Promise<number> {
  return sample(await scrapeMetrics(gateway.url), "cag_graphql_refused_requests_total", { reason }) ?? 0;
}

const refusalLines = () => gateway.logs.lines.filter((line) => line.msg === "request refused");

describe("requests refused before any operation runs", () => {
  it.each(REFUSALS)(
    "logs and counts $title, answering with its request id",
    async ({ send, reason, status }) => {
      const before = await refusedCount(reason);
      const logged = refusalLines().length;

      const response = await send(gateway.graphqlUrl, token);

      expect(response.status).toBe(status);
      expect(response.requestId).toMatch(/^[0-9a-f-]{36}$/);
      const lines = refusalLines().slice(logged);
      expect(lines).toEqual([expect.objectContaining({ requestId: response.requestId, reason })]);
      expect(await refusedCount(reason)).toBe(before + 1);
      expect(gateway.logs.text()).not.toContain(SECRET);
      expect(fake.requests).toEqual([]);
    },
  );

  it("keeps a well-formed x-request-id the caller sent on a refused request", async () => {
    const response = await sendRaw(gateway.graphqlUrl, {
      headers: { ...json(token), "x-request-id": "caller-refused-7" },
      body: JSON.stringify({ query: "{ nope }" }),
    });

    expect(response.headers.get("x-request-id")).toBe("caller-refused-7");
    expect(refusalLines().at(-1)).toMatchObject({ requestId: "caller-refused-7", reason: "validation" });
  });

  it("counts no refusal for operations that ran, whether they succeeded, were denied or had bad variables", async () => {
    const reasons = ["parse", "validation", "bad_request", "forbidden", "other"];
    const before = await Promise.all(reasons.map(refusedCount));
    const logged = refusalLines().length;

    const succeeded = await execute(gateway.graphqlUrl, UpdateMine, {
      token,
      variables: { input: { userAttributes: [{ name: "given_name", value: "Ada" }] } },
    });
    const unauthenticated = await execute(gateway.graphqlUrl, UpdateMine, {
      variables: { input: { userAttributes: [{ name: "given_name", value: "Ada" }] } },
    });
    const badVariables = await execute(gateway.graphqlUrl, UpdateMine, {
      token,
      variables: { input: { userAttributes: [{ name: "given_name" }] } } as never,
    });

    expect(succeeded.data?.updateMyAttributes.__typename).toBe("UpdateMyAttributesSuccess");
    expect(unauthenticated.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(badVariables.errors?.length).toBeGreaterThan(0);
    expect(await Promise.all(reasons.map(refusedCount))).toEqual(before);
    expect(refusalLines().length).toBe(logged);
  });
});
