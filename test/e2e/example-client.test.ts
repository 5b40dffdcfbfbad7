import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedBackend, startEmbeddedBackend } from "../helpers/embedded.js";
import { startGateway, type TestGateway } from "../helpers/gateway.js";

const run = promisify(execFile);

let embedded: EmbeddedBackend;
let gateway: TestGateway;

beforeAll(async () => {
  embedded = await startEmbeddedBackend();
  gateway = await startGateway(embedded.backend);
});
afterAll(async () => {
  await gateway?.close();
  await embedded?.close();
});

describe("the typed example client", () => {
  it("calls both mutations against the embedded Cognito and handles each result", async () => {
    const { admin, alice } = embedded.embedded.demoUsers;
    const adminToken = (await embedded.embedded.signIn(admin.username, admin.password)).accessToken;
    const userToken = (await embedded.embedded.signIn(alice.username, alice.password)).accessToken;

    const { stdout } = await run(process.execPath, ["--import", "tsx", "examples/client.ts"], {
      env: {
        ...process.env,
        GATEWAY_URL: gateway.graphqlUrl,
        ADMIN_TOKEN: adminToken,
        USER_TOKEN: userToken,
        TARGET_USERNAME: alice.username,
      },
    });

    expect(stdout).toContain(`admin: ${alice.username} is now in department research`);
    expect(stdout).toContain(`user: ${alice.username} now has given_name Alice`);
    expect(stdout).toMatch(new RegExp(`me: ${alice.username} with \\d+ attributes`));
    expect(stdout).toContain('admin: invalid input: Attribute "department" does not exist in user pool');
  });

  it("exits non-zero and says why when the tokens are missing", async () => {
    const failure = await run(process.execPath, ["--import", "tsx", "examples/client.ts"], {
      env: { ...process.env, GATEWAY_URL: gateway.graphqlUrl, ADMIN_TOKEN: "", USER_TOKEN: "" },
    }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("Set ADMIN_TOKEN and USER_TOKEN");
  });
});
