import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPHIQL_REQUEST_HEADER } from "../../src/app.js";
import {
  readTrustedDocuments,
  type TrustedDocuments,
  TrustedDocumentsError,
} from "../../src/plugins/use-trusted-documents.js";
import { startFakeBackend, type FakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestGateway } from "../helpers/gateway.js";
import { sample, scrapeMetrics } from "../helpers/metrics.js";
import { freePort, spawnGateway } from "../helpers/process.js";
import { parseGraphQLBody, sendRaw } from "../helpers/security-fixtures.js";

// TRUSTED_DOCUMENTS (issue 18): only listed documents run, by hash or (when asked) by exact text;
// everything else is refused before it is parsed, logged and counted as `untrusted_document`.

const ME = "query TrustedMe { me { sub } }";
const RENAME = `mutation TrustedRename { updateMyAttributes(input: { userAttributes: [{ name: "given_name", value: "Ada" }] }) { __typename } }`;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

let dir: string;
let manifestPath: string;
let backend: FakeBackend;
let user: FakeUser;
let token: string;
const gateways: TestGateway[] = [];

async function gatewayWith(
  documents: TrustedDocuments,
  environment: "development" | "production" | "test" = "test",
): Promise<TestGateway> {
  const gateway = await startGateway(backend.backend, {
    trustedDocuments: documents,
    env: { NODE_ENV: environment },
  });
  gateways.push(gateway);
  return gateway;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cag-trusted-"));
  manifestPath = path.join(dir, "persisted-documents.json");
  await writeFile(manifestPath, JSON.stringify({ [sha256(ME)]: ME, [sha256(RENAME)]: RENAME }));
  backend = await startFakeBackend();
  user = backend.fake.addUser(aUser());
  token = await backend.tokens.accessToken(user);
});

afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await backend?.fake.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const byHash = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

function post(gateway: TestGateway, body: unknown, headers: Record<string, string> = {}) {
  return sendRaw(gateway.graphqlUrl, {
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
}

function get(gateway: TestGateway, params: Record<string, string>) {
  return sendRaw(`${gateway.graphqlUrl}?${new URLSearchParams(params).toString()}`, {
    method: "GET",
    headers: { authorization: `Bearer ${token}` },
  });
}

const untrustedCount = async (gateway: TestGateway) =>
  sample(await scrapeMetrics(gateway.url), "cag_graphql_refused_requests_total", {
    reason: "untrusted_document",
  }) ?? 0;

describe("a gateway with TRUSTED_DOCUMENTS", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await gatewayWith(await readTrustedDocuments(manifestPath, false));
  });

  it("runs a listed document named by its hash, over POST and over GET", async () => {
    const posted = await post(gateway, { extensions: byHash(sha256(ME)) });
    const got = await get(gateway, { extensions: JSON.stringify(byHash(sha256(ME))) });

    expect(parseGraphQLBody(posted.text)).toEqual({ data: { me: { sub: user.sub } } });
    expect(parseGraphQLBody(got.text)).toEqual({ data: { me: { sub: user.sub } } });
  });

  it("runs the listed text for a hash, whatever text came with it", async () => {
    const response = await post(gateway, { query: "{ me { username } }", extensions: byHash(sha256(ME)) });

    expect(parseGraphQLBody(response.text)).toEqual({ data: { me: { sub: user.sub } } });
  });

  it("still refuses a listed mutation over GET (405) before it runs", async () => {
    backend.fake.reset();

    const response = await get(gateway, { extensions: JSON.stringify(byHash(sha256(RENAME))) });

    expect(response.status).toBe(405);
    expect(backend.fake.requests).toEqual([]);
  });

  it("refuses an unlisted hash with the code persisted-query clients know, logs and counts it", async () => {
    backend.fake.reset();
    const before = await untrustedCount(gateway);

    const response = await post(gateway, { extensions: byHash(sha256("{ me { username } }")) });

    const error = parseGraphQLBody(response.text)?.errors?.[0];
    expect(error?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(error?.message).toMatch(/^PersistedQueryNotFound: this gateway runs only trusted documents/);
    expect(await untrustedCount(gateway)).toBe(before + 1);
    expect(gateway.logs.lines.at(-1)).toMatchObject({ msg: "request refused", reason: "untrusted_document" });
    expect(backend.fake.requests).toEqual([]);
  });

  it.each([
    ["a listed document's exact text", ME],
    ["another document", "{ me { username } }"],
    ["text that does not even parse", "{ me { "],
  ])("refuses %s sent as text, before parsing it", async (_title, query) => {
    backend.fake.reset();
    const before = await untrustedCount(gateway);

    const response = await post(gateway, { query }, { accept: "application/graphql-response+json" });

    expect(response.status).toBe(400);
    const error = parseGraphQLBody(response.text)?.errors?.[0];
    expect(error?.extensions?.code).toBe("UNTRUSTED_DOCUMENT");
    expect(error?.message).toContain("send a listed document's hash in extensions.persistedQuery.sha256Hash");
    expect(await untrustedCount(gateway)).toBe(before + 1);
    expect(backend.fake.requests).toEqual([]);
  });

  it("does not exempt GraphiQL's header outside development", async () => {
    const production = await gatewayWith(await readTrustedDocuments(manifestPath, false), "production");

    const response = await post(production, { query: "{ me { sub } }" }, { [GRAPHIQL_REQUEST_HEADER]: "1" });

    expect(parseGraphQLBody(response.text)?.errors?.[0]?.extensions?.code).toBe("UNTRUSTED_DOCUMENT");
  });

  it("lets GraphiQL explore in development", async () => {
    const development = await gatewayWith(await readTrustedDocuments(manifestPath, false), "development");

    const fromGraphiql = await post(
      development,
      { query: "{ me { username } }" },
      { [GRAPHIQL_REQUEST_HEADER]: "1" },
    );
    const fromElsewhere = await post(development, { query: "{ me { username } }" });

    expect(parseGraphQLBody(fromGraphiql.text)).toEqual({ data: { me: { username: user.username } } });
    expect(parseGraphQLBody(fromElsewhere.text)?.errors?.[0]?.extensions?.code).toBe("UNTRUSTED_DOCUMENT");
  });
});

describe("a gateway with TRUSTED_DOCUMENTS_MATCH_TEXT", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await gatewayWith(await readTrustedDocuments(manifestPath, true));
  });

  it("runs a listed document sent as its exact text", async () => {
    const response = await post(gateway, { query: ME });

    expect(parseGraphQLBody(response.text)).toEqual({ data: { me: { sub: user.sub } } });
  });

  it("refuses text that differs from every listed document, even by a space", async () => {
    const response = await post(gateway, { query: `${ME} ` });

    const error = parseGraphQLBody(response.text)?.errors?.[0];
    expect(error?.extensions?.code).toBe("UNTRUSTED_DOCUMENT");
    expect(error?.message).toContain("or its exact text");
  });
});

describe("reading the manifest", () => {
  it.each([
    ["a missing file", undefined, /cannot read .*missing\.json: ENOENT/],
    ["a file that is not JSON", "{ nope", /cannot read .*: it is not JSON/],
    ["an array", "[]", /must be a JSON object of hash -> document/],
    [
      "an entry that is not a string",
      JSON.stringify({ abc: 1 }),
      /entry "abc" must map a hash to a document string/,
    ],
    ["an empty manifest", "{}", /lists no documents/],
  ])("refuses %s with a message naming it", async (_title, content, message) => {
    const file = path.join(
      dir,
      content === undefined ? "missing.json" : `bad-${sha256(content).slice(0, 8)}.json`,
    );
    if (content !== undefined) await writeFile(file, content);

    const failure = await readTrustedDocuments(file, false).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(TrustedDocumentsError);
    expect((failure as Error).message).toMatch(/^TRUSTED_DOCUMENTS: /);
    expect((failure as Error).message).toMatch(message);
  });

  it("reads the examples' manifest that codegen writes", async () => {
    const documents = await readTrustedDocuments("examples/generated/persisted-documents.json", false);

    for (const [hash, document] of documents.byHash) expect(hash).toBe(sha256(document));
    expect(documents.byHash.size).toBeGreaterThanOrEqual(3);
  });
});

describe("the gateway process", () => {
  it("does not start with a manifest it cannot read, and says which and why", async () => {
    const child = spawnGateway({
      PORT: String(await freePort()),
      LOCAL_COGNITO_PORT: String(await freePort()),
      LOCAL_COGNITO_DATA_DIR: path.join(dir, "cognito"),
      TRUSTED_DOCUMENTS: path.join(dir, "nowhere.json"),
      LOG_FORMAT: "json",
    });

    const status = await child.exited;

    expect(status.code).toBe(1);
    expect(child.stderr()).toMatch(/TRUSTED_DOCUMENTS: cannot read .*nowhere\.json: ENOENT/);
  }, 30_000);
});
