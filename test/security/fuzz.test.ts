import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNLIMITED_GOVERNOR } from "../../src/quota/governor.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestGateway } from "../helpers/gateway.js";
import {
  ADMIN_SCOPE,
  captureUnhandledRejections,
  parseGraphQLBody,
  sendRaw,
  startSecurityBackend,
} from "../helpers/security-fixtures.js";

/*
 * Property-based fuzzing (issue 5): generated GraphQL documents, variables and headers, sent over
 * HTTP to the running app in production mode, in front of FakeCognito with real users so that valid
 * callers reach Cognito. Whatever comes in, what goes out is a GraphQL answer with nothing internal
 * in it, and the server stays up.
 *
 * The seed is fixed; `FUZZ_RUNS=20000 npx vitest run test/security/fuzz.test.ts` is the larger run
 * (`FUZZ_SEED=<n>` explores elsewhere). Documents here are generated, so none goes through codegen.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? 0x5ec_0de5);

/** What must never reach a caller: stack frames, module paths, internal error classes and details. */
const INTERNALS: readonly { what: string; pattern: RegExp }[] = [
  { what: "a stack frame", pattern: / {4}at / },
  { what: "a module path", pattern: /node_modules|node:internal|\/src\/[\w-]+\.ts/ },
  {
    what: "an internal error class",
    pattern:
      /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError|AggregateError|DOMException|AbortError|TimeoutError)\b/,
  },
  { what: "a stack or original error field", pattern: /"(?:stack|stacktrace|originalError|exception)"\s*:/ },
  {
    what: "a runtime failure message",
    pattern: /Cannot read propert|is not a function|ECONNREFUSED|ECONNRESET|socket hang up|fetch failed/,
  },
];

interface FuzzRequest {
  method: "GET" | "POST";
  headers: Record<string, string>;
  /** POST body, or the query string of a GET. */
  body: string;
}

describe("fuzzing the running app", () => {
  let fake: FakeCognito;
  let gateway: TestGateway;
  let users: FakeUser[];
  let tokens: Record<"user" | "admin" | "machine" | "machineWithoutScope" | "expired" | "foreign", string>;

  beforeAll(async () => {
    const started = await startSecurityBackend();
    fake = started.fake;
    users = [fake.addUser(aUser()), fake.addUser(aUser()), fake.addUser(aUser())];
    const [alice, boss] = users as [FakeUser, FakeUser, FakeUser];
    tokens = {
      user: await started.tokens.accessToken(alice),
      admin: await started.tokens.adminAccessToken(boss),
      machine: await started.tokens.machineToken({ scope: ADMIN_SCOPE }),
      machineWithoutScope: await started.tokens.machineToken({ scope: "gateway/read" }),
      expired: await started.tokens.expiredAccessToken(alice),
      foreign: await started.tokens.foreignKeyAccessToken(alice),
    };
    gateway = await startGateway(started.backend, {
      // A hung or slow answer must not stall the run (COGNITO_TIMEOUT_MS); the fake answers at once anyway.
      env: { NODE_ENV: "production", ADMIN_SCOPES: ADMIN_SCOPE, COGNITO_TIMEOUT_MS: "2000" },
      quotaGovernor: UNLIMITED_GOVERNOR,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await fake?.close();
  });

  // ---- GraphQL documents ---------------------------------------------------------------------

  const name = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,10}$/);
  /** A GraphQL string literal (JSON's escapes are GraphQL's, lone surrogates aside, which must fail cleanly). */
  const stringLiteral = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((text) => JSON.stringify(text));
  const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));

  // Generators lean towards the plausible (weights), so most requests get past the front door and
  // reach permissions, resolvers and Cognito; the hostile variants keep the edges covered. A hostile
  // piece is rare per field because one in a document is enough to fail all of it.
  const HOSTILE = 1;
  const directive = fc.oneof(
    { weight: 40, arbitrary: fc.constant("") },
    {
      weight: 10,
      arbitrary: fc.constantFrom(
        "@include(if: true)",
        "@skip(if: false)",
        "@skip(if: true)",
        "@include(if: $flag)",
        "@skip(if: $flag) @include(if: true)",
      ),
    },
    {
      weight: HOSTILE,
      arbitrary: fc.constantFrom("@deprecated", "@unknownDirective", "@include", '@include(if: "yes")'),
    },
  );
  /** A field as its head (name and arguments) and its selection set ("" for a leaf). */
  type Field = readonly [head: string, selection: string];
  const leaf = (head: string): Field => [head, ""];

  /** A field with an optional alias and directives, which go between the head and the selection. */
  const decorated = (field: fc.Arbitrary<Field>) =>
    fc
      .tuple(fc.option(name, { nil: undefined, freq: 2 }), field, directive)
      .map(
        ([alias, [head, selection], directives]) =>
          `${alias === undefined ? "" : `${alias}: `}${head} ${directives} ${selection}`,
      );

  const userField: fc.Arbitrary<Field> = fc.oneof(
    {
      weight: 40,
      arbitrary: fc.constantFrom<Field>(
        leaf("sub"),
        leaf("username"),
        leaf("enabled"),
        leaf("status"),
        leaf("createdAt"),
        leaf("lastModifiedAt"),
        leaf("__typename"),
        ["attributes", "{ name value }"],
        ["attributes", "{ name value __typename }"],
        leaf('attribute(name: "email")'),
      ),
    },
    {
      weight: HOSTILE,
      arbitrary: fc.constantFrom<Field>(leaf("attribute"), leaf("password"), leaf("attributes"), [
        "sub",
        "{ x }",
      ]),
    },
    { weight: 4, arbitrary: stringLiteral(anyText).map((literal) => leaf(`attribute(name: ${literal})`)) },
  );
  /**
   * Fields with arguments get an alias when they have none: two unaliased `attribute(name: …)` with
   * different names would only ever meet the "fields conflict" validation error.
   */
  const withAliases = (fields: string[], prefix: string) =>
    fields.map((field, index) => (/^\w+\(/.test(field) ? `${prefix}${index}: ${field}` : field));
  const userSelection = fc
    .array(decorated(userField), { minLength: 1, maxLength: 6 })
    .map((fields) => `{ ${withAliases(fields, "f").join(" ")} }`);

  const username = fc.oneof(
    { weight: 4, arbitrary: fc.constant("__USER__") },
    { weight: 1, arbitrary: fc.constantFrom("nobody", "") },
    { weight: 1, arbitrary: anyText },
  );
  const userPoolId = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "us-east-1_FakePool1",
        "us-east-1_Elsewhere9",
        "eu-west-1_X",
        "bad pool",
        "",
      ),
    },
    { weight: 1, arbitrary: anyText },
  );

  const queryRoot: fc.Arbitrary<Field> = fc.oneof(
    { weight: 3, arbitrary: userSelection.map((selection): Field => ["me", selection]) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(stringLiteral(username), userPoolId, userSelection)
        .map(([user, pool, selection]): Field => [
          `user(username: ${user}${pool === undefined ? "" : `, userPoolId: ${JSON.stringify(pool)}`})`,
          selection,
        ]),
    },
    fc
      .tuple(
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: fc.constant(`{ __typename: "User", sub: "__SUB__" }`) },
            {
              weight: 1,
              arbitrary: stringLiteral(anyText).map((sub) => `{ __typename: "User", sub: ${sub} }`),
            },
            {
              weight: HOSTILE,
              arbitrary: stringLiteral(anyText).map((type) => `{ __typename: ${type}, id: 1 }`),
            },
            { weight: HOSTILE, arbitrary: fc.constantFrom("{}", "1", "null", '"User"', "[]") },
          ),
          { maxLength: 4 },
        ),
        userSelection,
      )
      .map(([representations, selection]): Field => [
        `_entities(representations: [${representations.join(", ")}])`,
        `{ ... on User ${selection} }`,
      ]),
    fc.constantFrom<Field>(leaf("__typename"), ["_service", "{ sdl }"]),
    {
      weight: HOSTILE,
      arbitrary: fc.constantFrom<Field>(
        ["__schema", "{ queryType { name } }"],
        ['__type(name: "User")', "{ name fields { name } }"],
        leaf("nonexistent"),
        leaf("me"),
        leaf("user"),
      ),
    },
  );

  /** Declares `$flag` only where a directive uses it: an unused variable fails validation. */
  const flagDefinition = (selection: string, before: string, after: string) =>
    selection.includes("$flag") ? `${before}$flag: Boolean!${after}` : "";

  interface Operation {
    query: string;
    variables: unknown;
  }

  const queryOperation: fc.Arbitrary<Operation> = fc
    .tuple(fc.array(decorated(queryRoot), { minLength: 1, maxLength: 3 }), fc.option(name), fc.boolean())
    .map(([roots, operationName, flag]) => {
      const selection = `{ ${withAliases(roots, "r").join(" ")} }`;
      return {
        query: `query ${operationName ?? ""}${flagDefinition(selection, "(", ")")} ${selection}`,
        variables: { flag },
      };
    });

  const attributeName = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        "given_name",
        "family_name",
        "email",
        "email_verified",
        "phone_number",
        "custom:role",
        "custom:tenant",
        "custom:department",
        "sub",
        "not_standard",
      ),
    },
    { weight: 1, arbitrary: anyText },
  );
  const attributes = fc.array(fc.record({ name: attributeName, value: fc.oneof(anyText, fc.constant("")) }), {
    minLength: 1,
    maxLength: 3,
  });
  const clientMetadata = fc.option(fc.array(fc.record({ key: anyText, value: anyText }), { maxLength: 3 }), {
    nil: undefined,
  });

  /** Each mutation with an input shaped like its type, values anywhere from plausible to hostile. */
  const MUTATIONS: readonly {
    field: string;
    inputType: string;
    input: fc.Arbitrary<unknown>;
    success: string;
  }[] = [
    {
      field: "adminUpdateUserAttributes",
      success: "... on AdminUpdateUserAttributesSuccess { user { sub attributes { name value } } }",
      inputType: "AdminUpdateUserAttributesInput",
      input: fc.record({ userPoolId, username, userAttributes: attributes, clientMetadata }),
    },
    {
      field: "updateMyAttributes",
      success:
        "... on UpdateMyAttributesSuccess { user { sub } codeDeliveryDetails { attributeName destination } }",
      inputType: "UpdateMyAttributesInput",
      input: fc.record({ userAttributes: attributes, clientMetadata }),
    },
    {
      field: "verifyMyAttribute",
      success: "... on VerifyMyAttributeSuccess { user { sub } }",
      inputType: "VerifyMyAttributeInput",
      input: fc.record({ attributeName, code: anyText }),
    },
    {
      field: "resendMyAttributeVerificationCode",
      success: "... on ResendMyAttributeVerificationCodeSuccess { codeDeliveryDetails { deliveryMedium } }",
      inputType: "ResendMyAttributeVerificationCodeInput",
      input: fc.record({ attributeName, clientMetadata }),
    },
    {
      field: "deleteMyAttributes",
      success: "... on DeleteMyAttributesSuccess { user { attributes { name } } }",
      inputType: "DeleteMyAttributesInput",
      input: fc.record({ attributeNames: fc.array(attributeName, { maxLength: 3 }) }),
    },
    {
      field: "adminDeleteUserAttributes",
      success: "... on AdminDeleteUserAttributesSuccess { user { username } }",
      inputType: "AdminDeleteUserAttributesInput",
      input: fc.record({ userPoolId, username, attributeNames: fc.array(attributeName, { maxLength: 3 }) }),
    },
    {
      field: "adminUpdateUsersAttributes",
      success: "... on AdminUpdateUsersAttributesSuccess { results { __typename } }",
      inputType: "AdminUpdateUsersAttributesInput",
      input: fc.record({
        userPoolId,
        updates: fc.array(fc.record({ username, userAttributes: attributes, clientMetadata }), {
          maxLength: 3,
        }),
      }),
    },
  ];
  /** A selection on a mutation's result union; `success` selects its success member. */
  const resultSelection = (success: string) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant("{ __typename }") },
      { weight: 3, arbitrary: fc.constant("{ __typename ... on CognitoError { code message retryable } }") },
      { weight: 4, arbitrary: fc.constant(`{ __typename ${success} ... on CognitoError { code message } }`) },
      {
        weight: HOSTILE,
        arbitrary: fc.constantFrom(
          "{ code }",
          "{ ... on CognitoTooManyRequestsError { retryAfterSeconds } }",
          "{ ... on UpdateMyAttributesSuccess { codeDeliveryDetails { attributeName destination } } }",
        ),
      },
    );

  const mutationOperation: fc.Arbitrary<Operation> = fc
    .array(
      fc.tuple(
        fc
          .constantFrom(...MUTATIONS)
          .chain((mutation) =>
            resultSelection(mutation.success).map((selection) => [mutation, selection] as const),
          ),
        fc.option(name, { nil: undefined }),
        directive,
      ),
      { minLength: 1, maxLength: 2 },
    )
    .chain((fields) =>
      fc
        .tuple(
          ...fields.map(([[mutation]]) =>
            // Mostly the input's shape; sometimes any JSON at all in its place.
            fc.oneof({ weight: 5, arbitrary: mutation.input }, { weight: 1, arbitrary: fc.jsonValue() }),
          ),
        )
        .map((inputs) => {
          const selection = `{ ${fields
            // Always aliased: the same mutation twice with different inputs would conflict.
            .map(
              ([[m, selection], alias, directives], i) =>
                `${alias ?? `m${i}`}: ${m.field}(input: $input${i}) ${directives} ${selection}`,
            )
            .join(" ")} }`;
          const definitions = fields.map(([[m]], i) => `$input${i}: ${m.inputType}!`).join(", ");
          return {
            query: `mutation (${definitions}${flagDefinition(selection, ", ", "")}) ${selection}`,
            variables: Object.fromEntries([
              ["flag", true],
              ...inputs.map((input, i) => [`input${i}`, input]),
            ]),
          };
        }),
    );

  /** Deep documents: nested inline fragments (valid), unknown nested fields, or unbalanced braces. */
  const deepOperation: fc.Arbitrary<Operation> = fc
    .tuple(fc.integer({ min: 1, max: 80 }), fc.constantFrom("fragments", "fields", "unbalanced", "user"))
    .map(([depth, kind]) => {
      const query =
        kind === "fragments"
          ? `{ ${"... on Query { ".repeat(depth)}me { sub } ${"} ".repeat(depth)}}`
          : kind === "fields"
            ? `{ me { ${"sub { ".repeat(depth)}x${" }".repeat(depth)} } }`
            : kind === "user"
              ? `{ _entities(representations: []) { ... on User { ${"attributes { ".repeat(depth)}name${" }".repeat(depth)} } } }`
              : `{ me ${"{ sub ".repeat(depth)}`;
      return { query, variables: {} };
    });

  /** A valid operation with random text spliced in, to reach the parser's and validator's edges. */
  const spliced: fc.Arbitrary<Operation> = fc
    .tuple(fc.oneof(queryOperation, mutationOperation), fc.nat(), fc.string({ unit: "binary", maxLength: 8 }))
    .map(([operation, at, text]) => {
      const position = at % (operation.query.length + 1);
      return {
        ...operation,
        query: operation.query.slice(0, position) + text + operation.query.slice(position),
      };
    });

  const operation: fc.Arbitrary<Operation> = fc.oneof(
    { weight: 6, arbitrary: queryOperation },
    { weight: 6, arbitrary: mutationOperation },
    { weight: 1, arbitrary: deepOperation },
    { weight: 2, arbitrary: spliced },
    { weight: 1, arbitrary: fc.record({ query: fc.string({ maxLength: 200 }), variables: fc.jsonValue() }) },
  );

  // ---- HTTP requests -------------------------------------------------------------------------

  /** Header values fetch can send: printable ASCII, as any proxy would pass on. */
  const headerText = fc.string({ maxLength: 60 });

  const authorization = fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 6,
      arbitrary: fc
        .constantFrom(
          "user",
          "user",
          "admin",
          "admin",
          "machine",
          "machineWithoutScope",
          "expired",
          "foreign",
        )
        .map((kind) => `Bearer ${kind}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "Bearer",
        "Bearer ",
        "Bearer not-a-jwt",
        "Bearer a.b.c",
        "Basic dXNlcjpwYXNz",
        "bearer  x",
      ),
    },
    { weight: 1, arbitrary: headerText.map((text) => `Bearer ${text}`) },
    { weight: 1, arbitrary: headerText },
  );
  const contentType = fc.oneof(
    { weight: 12, arbitrary: fc.constant("application/json") },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "application/json; charset=utf-8",
        "application/graphql-response+json",
        "application/graphql",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
        "",
      ),
    },
    { weight: 1, arbitrary: headerText },
  );
  const accept = fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "application/json",
        "application/graphql-response+json",
        "application/graphql-response+json, application/json",
        "*/*",
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom("text/html", "text/event-stream", "multipart/mixed", "image/png"),
    },
  );

  const payload = fc.oneof(
    { weight: 24, arbitrary: operation.map((op) => ({ kind: "operation" as const, ...op })) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: "binary", maxLength: 300 }).map((raw) => ({ kind: "raw" as const, raw })),
    },
    {
      weight: 1,
      arbitrary: fc.jsonValue().map((json) => ({ kind: "raw" as const, raw: JSON.stringify(json) ?? "" })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(operation, { maxLength: 3 })
        .map((batch) => ({ kind: "raw" as const, raw: JSON.stringify(batch) })),
    },
  );

  const fuzzRequest = fc.record({
    method: fc.constantFrom("POST", "POST", "POST", "POST", "POST", "POST", "GET"),
    authorization,
    contentType,
    accept,
    csrfHeader: fc.oneof(
      { weight: 3, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
    requestId: fc.option(headerText, { nil: undefined }),
    // Mostly absent: a name that matches no operation only ever meets one refusal.
    operationName: fc.oneof(
      { weight: 20, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.oneof(name, fc.jsonValue()) },
    ),
    payload,
  });

  type GeneratedRequest = typeof fuzzRequest extends fc.Arbitrary<infer R> ? R : never;

  /** Turns a generated request into what goes on the wire, with real users and tokens filled in. */
  function materialize(generated: GeneratedRequest): FuzzRequest {
    const alice = users[0] as FakeUser;
    const fill = (text: string) =>
      text.replaceAll("__USER__", alice.username).replaceAll("__SUB__", alice.sub);
    const headers: Record<string, string> = {};
    if (generated.authorization !== undefined) {
      headers.authorization = generated.authorization.replace(
        /^Bearer (user|admin|machine|machineWithoutScope|expired|foreign)$/,
        (_all, kind: keyof typeof tokens) => `Bearer ${tokens[kind]}`,
      );
    }
    if (generated.method === "POST") headers["content-type"] = generated.contentType;
    if (generated.accept !== undefined) headers.accept = generated.accept;
    if (generated.csrfHeader) headers["x-graphql-yoga-csrf"] = "1";
    if (generated.requestId !== undefined) headers["x-request-id"] = generated.requestId;

    const { payload: content } = generated;
    if (generated.method === "GET") {
      const params = new URLSearchParams();
      if (content.kind === "operation") {
        params.set("query", fill(content.query));
        params.set("variables", fill(JSON.stringify(content.variables) ?? "null"));
      } else {
        params.set("query", content.raw);
      }
      if (generated.operationName !== undefined) params.set("operationName", String(generated.operationName));
      return { method: "GET", headers, body: params.toString() };
    }
    const body =
      content.kind === "operation"
        ? fill(
            JSON.stringify({
              query: content.query,
              variables: content.variables,
              ...(generated.operationName === undefined ? {} : { operationName: generated.operationName }),
            }),
          )
        : content.raw;
    return { method: "POST", headers, body };
  }

  async function send(request: FuzzRequest): Promise<{ status: number; contentType: string; text: string }> {
    const response =
      request.method === "GET"
        ? await fetch(`${gateway.graphqlUrl}?${request.body}`, { headers: request.headers })
        : await fetch(gateway.graphqlUrl, { method: "POST", headers: request.headers, body: request.body });
    return {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      text: await response.text(),
    };
  }

  /** The GraphQL results in a response body: one JSON body, or the parts of an SSE or multipart stream. */
  function graphqlPayloads(contentType: string, text: string): string[] {
    if (contentType.startsWith("text/event-stream")) {
      return text
        .split("\n")
        .filter((line) => line.startsWith("data: ") && line.length > "data: ".length)
        .map((line) => line.slice("data: ".length))
        .filter((data) => data !== "{}"); // the `complete` event's empty payload
    }
    if (contentType.startsWith("multipart/mixed")) {
      return text
        .split(/\r\n---(?:--)?\r\n?/)
        .map((part) => part.split("\r\n\r\n").slice(1).join("\r\n\r\n").trim())
        .filter((part) => part !== "");
    }
    return [text];
  }

  /** Everything wrong with one exchange; empty when the properties hold. */
  function problems(
    request: FuzzRequest,
    response: { status: number; contentType: string; text: string },
  ): string[] {
    const found: string[] = [];
    // GraphQL over HTTP answers content-negotiation failures with a bare status: nothing there to leak.
    if (response.status === 406 || response.status === 415) {
      if (response.text !== "") found.push(`a ${response.status} with a body`);
    } else {
      const payloads = graphqlPayloads(response.contentType, response.text);
      if (payloads.length === 0 || payloads.some((part) => parseGraphQLBody(part) === undefined)) {
        found.push(`HTTP ${response.status} without a GraphQL body`);
      }
    }
    if (response.status >= 500) {
      const body = parseGraphQLBody(response.text);
      if (!body?.errors?.length) found.push(`HTTP ${response.status} without a GraphQL error`);
    }
    // A caller may see its own input echoed back in a syntax error; only what it did not send counts.
    const sent = `${request.body}\n${JSON.stringify(request.headers)}`;
    for (const { what, pattern } of INTERNALS) {
      const match = pattern.exec(response.text);
      if (match && !sent.includes(match[0])) found.push(`${what} (${JSON.stringify(match[0])})`);
    }
    return found;
  }

  // Counterexamples the property found, pinned as plain tests so each names its own defect.
  describe("pinned counterexamples", () => {
    it("refuses a body that is not JSON without the JSON parser's error class or message", async () => {
      const response = await sendRaw(gateway.graphqlUrl, {
        headers: { "content-type": "application/json" },
        body: "{bad",
      });

      expect(response.status).toBe(400);
      expect(parseGraphQLBody(response.text)?.errors?.[0]?.message).toBe("POST body sent invalid JSON.");
      expect(response.text).not.toContain("SyntaxError");
      expect(response.text).not.toContain("originalError");
      expect(response.text).not.toContain("is not valid JSON");
    });

    it("refuses a bearer token that is not a JWT without the JWT parser's error class or message", async () => {
      const response = await sendRaw(gateway.graphqlUrl, {
        headers: { "content-type": "application/json", authorization: "Bearer a.b.c" },
        body: JSON.stringify({ query: "query Fuzz_Pinned { me { sub } }" }),
      });

      const body = parseGraphQLBody(response.text);
      expect(body?.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(response.text).not.toContain("SyntaxError");
      expect(response.text).not.toContain("JSON input");
    });

    it("stays up when a representation list holds a user the caller may not read and an unknown type", async () => {
      const other = users[1] as FakeUser;
      const rejections = captureUnhandledRejections();
      try {
        const response = await sendRaw(gateway.graphqlUrl, {
          headers: { "content-type": "application/json", authorization: `Bearer ${tokens.user}` },
          body: JSON.stringify({
            query:
              "query Fuzz_Entities($r: [_Any!]!) { _entities(representations: $r) { ... on User { sub } } }",
            variables: { r: [{ __typename: "User", sub: other.sub }, { __typename: "Nope" }] },
          }),
        });
        await rejections.settle();

        expect(parseGraphQLBody(response.text)?.errors?.length, response.text).toBeGreaterThan(0);
        expect(
          rejections.reasons.map((reason) => String(reason)),
          "unhandled rejections (each one ends a real gateway process)",
        ).toEqual([]);
      } finally {
        rejections.stop();
      }
    });
  });

  it(
    "answers every generated request with a GraphQL body, shows nothing internal, and stays up",
    async () => {
      let sentCount = 0;
      const statuses = new Map<number, number>();
      const rejections = captureUnhandledRejections();

      await fc
        .assert(
          fc.asyncProperty(fuzzRequest, async (generated) => {
            const request = materialize(generated);
            const before = rejections.reasons.length;
            const response = await send(request);
            sentCount += 1;
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            const found = problems(request, response);
            // A real process dies of an unhandled rejection; in the test runner it is only counted.
            await new Promise(setImmediate);
            if (rejections.reasons.length > before) {
              found.push(
                `an unhandled rejection, which ends the process (${String(rejections.reasons.at(-1))})`,
              );
            }
            if (found.length > 0) {
              throw new Error(
                `${found.join("; ")}\nrequest: ${JSON.stringify(request).slice(0, 2_000)}\nresponse: HTTP ${response.status} ${response.contentType}\n${response.text.slice(0, 2_000)}`,
              );
            }
          }),
          { numRuns: RUNS, seed: SEED },
        )
        .finally(() => rejections.stop());

      // The server is still there and still answers correctly.
      const alive = await fetch(gateway.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(alive.status).toBe(200);
      expect(await alive.json()).toEqual({ data: { __typename: "Query" } });
      expect(sentCount).toBeGreaterThanOrEqual(RUNS);
      // The run really exercised the app, not only its front door: some callers reached Cognito.
      expect(fake.requests.length).toBeGreaterThan(0);
      console.log(
        `fuzz: ${sentCount} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${fake.requests.length} Cognito calls`,
      );
    },
    Math.max(180_000, RUNS * 150),
  );
});
