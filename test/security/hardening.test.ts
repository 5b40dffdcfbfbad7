import { gzipSync } from "node:zlib";
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { INTROSPECTION_MAX_DEPTH } from "../../src/plugins/use-graphql-hardening.js";
import { graphql } from "../generated/index.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import {
  startGateway,
  type TestBackend,
  type TestEnvironment,
  type TestGateway,
} from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors, type GraphQLResponse } from "../helpers/graphql.js";
import {
  parseGraphQLBody,
  postChunked,
  type RawResponse,
  sendRaw,
  startSecurityBackend,
} from "../helpers/security-fixtures.js";
import type { TokenIssuer } from "../helpers/tokens.js";

/*
 * Hardened GraphQL (issue 5): document limits, production mode, body limits, CSRF and batching.
 * Every refusal is sent with a valid user token by a query that would call Cognito (GetUser) if it
 * ran, and has a control just inside the limit that does, so "no Cognito request" means something.
 *
 * The limit documents are built by repetition, so they are plain strings rather than codegen
 * documents (codegen needs a literal); the fixed documents are typed.
 */

const Me = graphql(`
  query Hardening_Me {
    me {
      sub
    }
  }
`);

const Introspect = graphql(`
  query Hardening_Introspect {
    __schema {
      queryType {
        name
      }
    }
  }
`);

const TypeIntrospect = graphql(`
  query Hardening_TypeIntrospect {
    __type(name: "User") {
      name
    }
  }
`);

/** The default document limits (src/plugins/use-graphql-hardening.ts), restated so a change shows here. */
const LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 5_000, maxDirectives: 10, maxCost: 5_000 };

const repeat = (count: number, text: (index: number) => string): string =>
  Array.from({ length: count }, (_, index) => text(index)).join(" ");

/**
 * `me` next to a `__type` chain whose leaf sits at `depth` (the `__type` field is depth 1). Only
 * `__schema` is exempt from the depth limit, so `__type` is the schema's one honest deep selection.
 */
function depthDocument(depth: number): string {
  const ofTypes = depth - 4;
  return `{ me { sub } __type(name: "User") { fields { type { ${"ofType { ".repeat(ofTypes)}name${" }".repeat(ofTypes)} } } } }`;
}

const aliasDocument = (aliases: number) => `{ ${repeat(aliases, (i) => `a${i}: me { sub }`)} }`;

/**
 * An update of the caller's own `given_name` carrying `entries` ClientMetadata entries of 8 tokens
 * each: arguments cost nothing, and repeated root fields would trip graphql-js's own overlap budget
 * ("Validation aborted.") long before the token limit.
 */
const tokenDocument = (entries: number) =>
  `mutation { updateMyAttributes(input: { userAttributes: [{ name: "given_name", value: "T" }], clientMetadata: [${repeat(entries, (i) => `{ key: "k${i}", value: "v" }`)}] }) { __typename } }`;

const directiveDocument = (directives: number) =>
  `{ me { ${repeat(directives, () => "sub @include(if: true)")} } }`;

/**
 * A fragment bomb: each level spreads the one below five times, so the cost multiplies by about 7.5
 * per level while the document stays a few hundred characters long.
 */
function costDocument(levels: number): string {
  const fragments = ["fragment C0 on User { sub username enabled status createdAt lastModifiedAt }"];
  for (let level = 1; level <= levels; level++) {
    fragments.push(`fragment C${level} on User { ${repeat(5, () => `...C${level - 1}`)} }`);
  }
  return `{ me { ...C${levels} } } ${fragments.join(" ")}`;
}

/** The messages of the top-level errors. */
const messages = (response: GraphQLResponse<unknown>) =>
  (response.errors ?? []).map((error) => error.message);

describe("document limits", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;
  let user: FakeUser;

  beforeAll(async () => {
    const started = await startSecurityBackend();
    fake = started.fake;
    tokens = started.tokens;
    // The test environment keeps introspection on, which the depth documents need.
    gateway = await startGateway(started.backend);
    user = fake.addUser(aUser());
  });
  afterAll(async () => {
    await gateway?.close();
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  const limits = [
    {
      limit: "depth",
      over: depthDocument(LIMITS.maxDepth + 1),
      inside: depthDocument(LIMITS.maxDepth),
      sends: "GetUser",
      refusal: new RegExp(`Query depth limit of ${LIMITS.maxDepth} exceeded`),
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      limit: "aliases",
      over: aliasDocument(LIMITS.maxAliases + 1),
      inside: aliasDocument(LIMITS.maxAliases),
      sends: "GetUser",
      refusal: new RegExp(`Aliases limit of ${LIMITS.maxAliases} exceeded`),
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      limit: "tokens",
      // About 8 tokens per ClientMetadata entry: 630 entries are over 5,000 tokens, 600 under.
      over: tokenDocument(630),
      inside: tokenDocument(600),
      sends: "UpdateUserAttributes",
      refusal: new RegExp(`Token limit of ${LIMITS.maxTokens} exceeded`),
      // Counted while parsing, before there is a document to validate.
      code: "GRAPHQL_PARSE_FAILED",
    },
    {
      limit: "directives",
      over: directiveDocument(LIMITS.maxDirectives + 1),
      inside: directiveDocument(LIMITS.maxDirectives),
      sends: "GetUser",
      refusal: new RegExp(`Directives limit of ${LIMITS.maxDirectives} exceeded`),
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      limit: "cost",
      over: costDocument(3),
      inside: costDocument(2),
      sends: "GetUser",
      refusal: new RegExp(`Query Cost limit of ${LIMITS.maxCost} exceeded`),
      code: "GRAPHQL_VALIDATION_FAILED",
    },
  ];

  it.each(limits)(
    "refuses a document over the $limit limit with a coded GraphQL error and no Cognito request",
    async ({ over, inside, refusal, code, sends }) => {
      const token = await tokens.accessToken(user);

      const refused = await execute(gateway.graphqlUrl, over, { token });
      expect(refused.data ?? null, JSON.stringify(refused)).toBeNull();
      expect(messages(refused), JSON.stringify(refused)).toEqual([expect.stringMatching(refusal)]);
      expect(errorCodes(refused)).toEqual([code]);
      expect(fake.requests).toEqual([]);

      // Control: the same shape just inside the limit runs, and reaches Cognito.
      expectNoErrors(await execute(gateway.graphqlUrl, inside, { token }));
      expect(fake.requestsFor(sends)).toHaveLength(1);
    },
  );

  /** `me` next to `__schema { types { ofType … } }` with `ofTypes` levels of `ofType`. */
  const schemaChain = (ofTypes: number) =>
    `{ me { sub } __schema { types { ${"ofType { ".repeat(ofTypes)}name${" }".repeat(ofTypes)} } } }`;

  it("limits introspection's depth too: a 19-level ofType chain under __schema is refused", async () => {
    const token = await tokens.accessToken(user);

    const refused = await execute(gateway.graphqlUrl, schemaChain(19), { token });

    expect(refused.data ?? null, JSON.stringify(refused)).toBeNull();
    expect(messages(refused)).toEqual([
      expect.stringMatching(new RegExp(`Query depth limit of ${INTROSPECTION_MAX_DEPTH} exceeded, found 22`)),
    ]);
    expect(errorCodes(refused)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(fake.requests).toEqual([]);
    // Control: the deepest chain the introspection limit allows still runs.
    expectNoErrors(await execute(gateway.graphqlUrl, schemaChain(INTROSPECTION_MAX_DEPTH - 3), { token }));
  });

  it("still answers the standard introspection query GraphiQL and schema tools send, every option on", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });

    const data = expectNoErrors(await execute<{ __schema: { types: unknown[] } }>(gateway.graphqlUrl, query));

    expect(data.__schema.types.length).toBeGreaterThan(20);
  });
});

describe("production and development modes", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let user: FakeUser;
  const gateways: TestGateway[] = [];

  beforeAll(async () => {
    const started = await startSecurityBackend();
    fake = started.fake;
    tokens = started.tokens;
    backend = started.backend;
    user = fake.addUser(aUser());
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  async function gatewayFor(env: TestEnvironment): Promise<TestGateway> {
    const gateway = await startGateway(backend, { env });
    gateways.push(gateway);
    // Its start-up reads of the pool's contract; the tests assert what their requests send.
    fake.clearRequests();
    return gateway;
  }

  /** GET /graphql as a browser navigating to it would. */
  const browse = (gateway: TestGateway) =>
    sendRaw(gateway.graphqlUrl, { method: "GET", headers: { accept: "text/html" } });
  const isGraphiQL = (response: RawResponse) =>
    response.status === 200 &&
    (response.headers.get("content-type") ?? "").includes("text/html") &&
    response.text.includes("<title>cognito-attributes-gateway</title>");

  /** Misspellings GraphQL would otherwise answer with "Did you mean …?". */
  const MISSPELT = [
    "{ mee { sub } }",
    "query Hardening_Misspelt($x: Strin) { me { sub } }",
    "{ me { subb } }",
    'mutation { updateMyAttributes(inptu: { userAttributes: [{ name: "given_name", value: "x" }] }) { __typename } }',
    'mutation { updateMyAttributes(input: { userAtributes: [{ name: "given_name", value: "x" }] }) { __typename } }',
  ];

  /**
   * Hints the validation-time filter does not catch: graphql-js suggests the union's member types
   * when a field is selected on a union, and coercing variables suggests input fields at execution.
   */
  const HINTED_ELSEWHERE: { hint: string; document: string; variables?: Record<string, unknown> }[] = [
    {
      // Validation: a field selected on a union is answered with the union's member types.
      hint: "union member types",
      document:
        'mutation { updateMyAttributes(input: { userAttributes: [{ name: "given_name", value: "x" }] }) { code } }',
    },
    {
      // Execution: coercing a variable suggests the input type's field names.
      hint: "input field names",
      document:
        "mutation Hardening_Coerced($input: UpdateMyAttributesInput!) { updateMyAttributes(input: $input) { __typename } }",
      variables: { input: { userAtributes: [{ name: "given_name", value: "x" }] } },
    },
  ];

  it("refuses introspection in production", async () => {
    const production = await gatewayFor({ NODE_ENV: "production" });

    for (const document of [Introspect, TypeIntrospect]) {
      const response = await execute(production.graphqlUrl, document);
      expect(response.data ?? null, JSON.stringify(response)).toBeNull();
      expect(messages(response).join("\n")).toMatch(/introspection has been disabled/);
    }
  });

  it("leaves field, argument and type suggestions out of validation errors in production", async () => {
    const production = await gatewayFor({ NODE_ENV: "production" });
    const development = await gatewayFor({ NODE_ENV: "development" });

    for (const document of MISSPELT) {
      const hidden = await execute(production.graphqlUrl, document, {
        token: await tokens.accessToken(user),
      });
      expect(hidden.errors?.length, JSON.stringify(hidden)).toBeGreaterThan(0);
      expect(JSON.stringify(hidden)).not.toMatch(/Did you mean/);

      // Control: development keeps the hints, so the check above can see them when they are there.
      const shown = await execute(development.graphqlUrl, document, {
        token: await tokens.accessToken(user),
      });
      expect(JSON.stringify(shown)).toMatch(/Did you mean/);
    }
    expect(fake.requests).toEqual([]);
  });

  it.each(HINTED_ELSEWHERE)("does not suggest $hint in production", async ({ document, variables }) => {
    const production = await gatewayFor({ NODE_ENV: "production" });
    const development = await gatewayFor({ NODE_ENV: "development" });
    const token = await tokens.accessToken(user);

    const hidden = await execute(production.graphqlUrl, document, { token, variables });
    expect(hidden.errors?.length, JSON.stringify(hidden)).toBeGreaterThan(0);
    expect(JSON.stringify(hidden)).not.toMatch(/Did you mean/);

    // Control: development shows the hint.
    const shown = await execute(development.graphqlUrl, document, { token, variables });
    expect(JSON.stringify(shown)).toMatch(/Did you mean/);
    expect(fake.requests).toEqual([]);
  });

  it("does not serve GraphiQL in production", async () => {
    const production = await gatewayFor({ NODE_ENV: "production" });

    const response = await browse(production);

    expect(isGraphiQL(response)).toBe(false);
    expect(response.text).not.toMatch(/graphiql/i);
  });

  it("masks an unexpected error in production: no exception name, no message, a request id", async () => {
    const production = await gatewayFor({ NODE_ENV: "production" });
    const internal = "shard 7f3c of the user table is on fire";
    fake.fail("GetUser", "SomethingNewException", internal);

    const raw = await sendRaw(production.graphqlUrl, {
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await tokens.accessToken(user)}`,
      },
      body: JSON.stringify({ query: "query Hardening_Masked { me { sub } }" }),
    });

    const body = parseGraphQLBody(raw.text);
    expect(body?.errors, raw.text).toEqual([
      expect.objectContaining({
        message: "Unexpected error.",
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: raw.headers.get("x-request-id") },
      }),
    ]);
    expect(raw.text).not.toContain("SomethingNewException");
    expect(raw.text).not.toContain(internal);
    expect(raw.text).not.toContain("    at ");
    expect(fake.requestsFor("GetUser").length).toBeGreaterThan(0);
  });

  it("keeps introspection and GraphiQL in development", async () => {
    const development = await gatewayFor({ NODE_ENV: "development" });

    const data = expectNoErrors(await execute(development.graphqlUrl, Introspect));
    expect(data.__schema.queryType.name).toBe("Query");
    expect(isGraphiQL(await browse(development))).toBe(true);
  });

  it("serves GraphiQL and introspection in production when configuration turns them on", async () => {
    const enabled = await gatewayFor({ NODE_ENV: "production", GRAPHIQL: "true", INTROSPECTION: "true" });

    const data = expectNoErrors(await execute(enabled.graphqlUrl, Introspect));
    expect(data.__schema.queryType.name).toBe("Query");
    expect(isGraphiQL(await browse(enabled))).toBe(true);
  });
});

describe("HTTP request hardening", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;
  let small: TestGateway;
  let user: FakeUser;

  const SMALL_BODY_LIMIT = 2_048;

  beforeAll(async () => {
    const started = await startSecurityBackend();
    fake = started.fake;
    tokens = started.tokens;
    gateway = await startGateway(started.backend, { env: { NODE_ENV: "production" } });
    small = await startGateway(started.backend, {
      env: { NODE_ENV: "production", MAX_REQUEST_BODY_BYTES: String(SMALL_BODY_LIMIT) },
    });
    user = fake.addUser(aUser());
  });
  afterAll(async () => {
    await gateway?.close();
    await small?.close();
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  /** A `me` request whose JSON body is exactly `bytes` long (the query is padded with spaces). */
  function bodyOf(bytes: number): string {
    const bare = JSON.stringify({ query: "{ me { sub } }" });
    return JSON.stringify({ query: `{ me { sub } }${" ".repeat(bytes - bare.length)}` });
  }

  async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
    return sendRaw(url, {
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await tokens.accessToken(user)}`,
        ...headers,
      },
      body,
    });
  }

  it("answers 413 to a body over maxRequestBodyBytes, and accepts one at the limit", async () => {
    const over = await post(small.graphqlUrl, bodyOf(SMALL_BODY_LIMIT + 1));
    expect(over.status).toBe(413);
    expect(parseGraphQLBody(over.text)?.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(fake.requests).toEqual([]);

    const at = await post(small.graphqlUrl, bodyOf(SMALL_BODY_LIMIT));
    expect(at.status, at.text).toBe(200);
    expect(fake.requestsFor("GetUser")).toHaveLength(1);
  });

  it("answers 413 to a body over the default 1 MiB", async () => {
    const over = await post(gateway.graphqlUrl, bodyOf(1_048_576 + 1));

    expect(over.status).toBe(413);
    expect(fake.requests).toEqual([]);
  });

  it("does not inflate a compressed body past the limit: it is refused, not run", async () => {
    const inflated = bodyOf(SMALL_BODY_LIMIT * 50);
    const compressed = gzipSync(inflated);
    expect(compressed.length).toBeLessThan(SMALL_BODY_LIMIT);

    const response = await fetch(small.graphqlUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-encoding": "gzip",
        authorization: `Bearer ${await tokens.accessToken(user)}`,
      },
      body: compressed,
    });

    const text = await response.text();
    expect(response.status, text).toBeGreaterThanOrEqual(400);
    expect(response.status, text).toBeLessThan(500);
    expect(parseGraphQLBody(text)?.data ?? null).toBeNull();
    expect(fake.requests).toEqual([]);
  });

  it("answers 411 to a POST that does not declare its Content-Length", async () => {
    const response = await postChunked(gateway.graphqlUrl, bodyOf(200), {
      authorization: `Bearer ${await tokens.accessToken(user)}`,
    });

    expect(response.status).toBe(411);
    expect(parseGraphQLBody(response.text)?.errors?.[0]?.extensions?.code).toBe("LENGTH_REQUIRED");
    expect(fake.requests).toEqual([]);
  });

  it.each([
    [
      "urql",
      "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed",
      "application/graphql-response+json",
    ],
    [
      "Apollo Client",
      "application/graphql-response+json,application/json;q=0.9",
      "application/graphql-response+json",
    ],
    ["a JSON-only client", "application/json", "application/json"],
    ["a client without Accept", undefined, "application/json"],
  ])("answers 411 to %s in the JSON type it accepts", async (_client, accept, contentType) => {
    const response = await postChunked(gateway.graphqlUrl, bodyOf(200), {
      authorization: `Bearer ${await tokens.accessToken(user)}`,
      ...(accept === undefined ? {} : { accept }),
    });

    expect(response.status).toBe(411);
    expect(response.contentType).toBe(`${contentType}; charset=utf-8`);
    expect(parseGraphQLBody(response.text)?.errors?.[0]?.extensions?.code).toBe("LENGTH_REQUIRED");
  });

  it("runs a GET query without a CSRF header: a bearer token cannot ride on a cross-site simple request", async () => {
    const url = `${gateway.graphqlUrl}?query=${encodeURIComponent("{ me { sub } }")}`;

    const response = await sendRaw(url, {
      method: "GET",
      headers: { authorization: `Bearer ${await tokens.accessToken(user)}` },
    });

    expect(response.status, response.text).toBe(200);
    expect(parseGraphQLBody(response.text)?.data).toEqual({ me: { sub: user.sub } });
    expect(fake.requestsFor("GetUser")).toHaveLength(1);
  });

  it.each<Record<string, string>>([{ "x-graphql-yoga-csrf": "1" }, {}])(
    "refuses a mutation over GET with 405 before it runs (headers %o)",
    async (extraHeaders) => {
      const mutation = `mutation { updateMyAttributes(input: { userAttributes: [{ name: "given_name", value: "Eve" }] }) { __typename } }`;
      const url = `${gateway.graphqlUrl}?query=${encodeURIComponent(mutation)}`;

      const response = await sendRaw(url, {
        method: "GET",
        headers: { authorization: `Bearer ${await tokens.accessToken(user)}`, ...extraHeaders },
      });

      expect(response.status, response.text).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
      expect(parseGraphQLBody(response.text)?.errors?.[0]?.message).toMatch(/POST/);
      expect(fake.requests).toEqual([]);
    },
  );

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "refuses a %s POST, which a browser sends cross-site without a preflight",
    async (contentType) => {
      const response = await post(gateway.graphqlUrl, JSON.stringify({ query: "{ me { sub } }" }), {
        "content-type": contentType,
      });

      expect(response.status).toBe(403);
      expect(parseGraphQLBody(response.text)?.errors?.[0]?.message).toMatch(/CSRF/);
      expect(fake.requests).toEqual([]);
    },
  );

  it("runs an application/json POST", async () => {
    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, Me, { token: await tokens.accessToken(user) }),
    );

    expect(data.me?.sub).toBe(user.sub);
    expect(fake.requestsFor("GetUser")).toHaveLength(1);
  });

  it("refuses a batch (a JSON array body) with a GraphQL error and no Cognito request", async () => {
    const operation = { query: "{ me { sub } }" };

    const response = await post(gateway.graphqlUrl, JSON.stringify([operation, operation]));

    expect(response.status).toBe(400);
    const body = parseGraphQLBody(response.text);
    expect(body?.data ?? null).toBeNull();
    expect(body?.errors?.[0]?.message).toMatch(/batching/i);
    expect(fake.requests).toEqual([]);
  });
});
