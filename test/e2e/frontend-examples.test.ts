import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort, type GatewayProcess, spawnGateway } from "../helpers/process.js";

// The Apollo Client and urql examples, run as a developer runs them (`npm run example:apollo`,
// `npm run example:urql`) against the gateway process started as `npm start` starts it, with the
// embedded Cognito and TRUSTED_DOCUMENTS set to the manifest codegen built from the examples.

const run = promisify(execFile);
const MANIFEST = "examples/generated/persisted-documents.json";

let gateway: GatewayProcess;
let dataDir: string;
let exampleEnv: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "cag-frontend-"));
  gateway = spawnGateway({
    PORT: String(await freePort()),
    LOCAL_COGNITO_PORT: String(await freePort()),
    LOCAL_COGNITO_DATA_DIR: dataDir,
    TRUSTED_DOCUMENTS: MANIFEST,
    LOG_FORMAT: "json",
  });
  await gateway.waitUntilReady(30_000);
  // What `npm start` prints is what a developer copies into the examples' environment.
  const banner = /Embedded local Cognito at (\S+) \(pool (\S+), app client (\S+),/.exec(gateway.stdout());
  if (!banner) throw new Error(`no embedded Cognito banner:\n${gateway.stdout()}`);
  const [, endpoint = "", userPoolId = "", clientId = ""] = banner;
  exampleEnv = {
    ...process.env,
    GATEWAY_URL: `${gateway.url}/graphql`,
    COGNITO_ENDPOINT: endpoint,
    COGNITO_USER_POOL_ID: userPoolId,
    COGNITO_CLIENT_ID: clientId,
  } as Record<string, string>;
}, 60_000);

afterAll(async () => {
  await gateway?.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const refusals = () => gateway.logLines().filter((line) => line.msg === "request refused");
const completed = () =>
  gateway
    .logLines()
    .filter((line) => line.msg === "request completed")
    .map((line) => line.operationName);

describe.each(["apollo", "urql"])("the %s example", (client) => {
  it("signs in through the embedded Cognito and handles every outcome, sending only trusted documents", async () => {
    const refusedBefore = refusals().length;
    const completedBefore = completed().length;

    const { stdout } = await run(process.execPath, ["--import", "tsx", `examples/${client}-client.ts`], {
      env: exampleEnv,
    });

    expect(stdout).toMatch(new RegExp(`^${client}: me: alice \\(sub [0-9a-f-]{36}\\)$`, "m"));
    expect(stdout).toContain(`${client}: user: UpdateMyAttributesSuccess: alice now has given_name Alice`);
    // The refusal's code and message came through the client's cache: possibleTypes at work for Apollo.
    expect(stdout).toContain(
      `${client}: admin: CognitoInvalidParameterError: refused (InvalidParameterException): Attribute "department" does not exist in user pool`,
    );
    expect(stdout).toMatch(
      new RegExp(`^${client}: admin: AdminUpdateUserAttributesSuccess: alice now has \\d+ attributes$`, "m"),
    );
    await vi.waitFor(() => expect(completed().length).toBeGreaterThanOrEqual(completedBefore + 4));
    expect(refusals().slice(refusedBefore)).toEqual([]);
    expect(completed().slice(completedBefore)).toEqual([
      "FrontendMyProfile",
      "FrontendUpdateMyGivenName",
      "FrontendAdminSetAttribute",
      "FrontendAdminSetAttribute",
    ]);
  }, 60_000);
});

describe("the gateway the examples run against", () => {
  it("enforces the manifest: a document sent as text is refused before it runs", async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ me { username } }" }),
    });

    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("UNTRUSTED_DOCUMENT");
    // The log line crosses the process's stdout pipe after the answer.
    await vi.waitFor(() => expect(refusals().at(-1)).toMatchObject({ reason: "untrusted_document" }));
  });

  it("stops an example with a clear message when the user pool is not given", async () => {
    const failure = await run(process.execPath, ["--import", "tsx", "examples/urql-client.ts"], {
      env: { ...exampleEnv, COGNITO_USER_POOL_ID: "" },
    }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("Set COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID");
  });
});
