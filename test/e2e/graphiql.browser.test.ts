import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/process.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = path.resolve("test-artifacts/graphiql.png");

let server: ChildProcess;
let dataDir: string;
let graphiqlUrl: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); .ci/run does`,
    );
  }
  dataDir = await mkdtemp(path.join(tmpdir(), "cag-graphiql-"));
  // Started as `npm start` starts it (tsx src/main.ts), on free ports and a throwaway data folder.
  server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: String(await freePort()),
      LOCAL_COGNITO_PORT: String(await freePort()),
      LOCAL_COGNITO_DATA_DIR: dataDir,
      LOG_FORMAT: "json",
      LOG_LEVEL: "warn",
      // GraphiQL explores freely in development even where only trusted documents run otherwise.
      TRUSTED_DOCUMENTS: "examples/generated/persisted-documents.json",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  graphiqlUrl = await new Promise<string>((resolve, reject) => {
    let printed = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /GraphiQL: (http:\/\/\S+)/.exec(printed);
      if (match?.[1]) resolve(match[1]);
    });
    server.once("exit", (code) => reject(new Error(`npm start's process exited with ${code}`)));
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("GraphiQL in a real browser", () => {
  it("opens with the admin example and the demo admin's header, runs it and the user tab, and shows both payloads", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const offHost: string[] = [];
    // The mutations GraphiQL actually sent, with the Authorization header that went over the wire.
    const sent: { mutation: string; authorization: string | undefined }[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["127.0.0.1", "localhost"].includes(url.hostname) && !["blob:", "data:"].includes(url.protocol)) {
        offHost.push(request.url());
      }
      if (request.method() !== "POST" || url.pathname !== "/graphql") return;
      const mutation = /\b(adminUpdateUserAttributes|updateMyAttributes)\(/.exec(
        (request.postDataJSON() as { query?: string } | null)?.query ?? "",
      )?.[1];
      if (mutation) sent.push({ mutation, authorization: request.headers()["authorization"] });
    });

    await page.goto(graphiqlUrl);
    await page.waitForFunction(() => document.body.innerText.includes("adminUpdateUserAttributes"), null, {
      timeout: 20_000,
    });

    // The first tab: the admin update, with the demo admin's Authorization header filled in.
    await page.waitForFunction(() => localStorage.getItem("graphiql:tabState") !== null, null, {
      timeout: 20_000,
    });
    const tabs = await page.evaluate(() => localStorage.getItem("graphiql:tabState"));
    const firstTab = (JSON.parse(tabs ?? "{}") as { tabs?: { query?: string; headers?: string }[] })
      .tabs?.[0];
    expect(firstTab?.query).toContain("adminUpdateUserAttributes");
    expect(firstTab?.headers).toMatch(/"Authorization": "Bearer [\w-]+\.[\w-]+\.[\w-]+"/);
    // The user-path tab carries another token (alice's), not the admin's.
    const secondTab = (JSON.parse(tabs ?? "{}") as { tabs?: { query?: string; headers?: string }[] })
      .tabs?.[1];
    expect(secondTab?.query).toContain("updateMyAttributes");
    expect(secondTab?.headers).toMatch(/"Authorization": "Bearer [\w-]+\.[\w-]+\.[\w-]+"/);
    expect(secondTab?.headers).not.toBe(firstTab?.headers);

    // Shown in the screenshot: the Headers pane holds the demo admin's token.
    await page.getByText("Headers", { exact: true }).first().click();
    await page.locator(".graphiql-execute-button").first().click();
    await page.waitForFunction(
      () => /"__typename":\s*"AdminUpdateUserAttributesSuccess"/.test(document.body.innerText),
      null,
      { timeout: 20_000 },
    );
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toMatch(/"department":\s*"research"/);
    expect(text).toMatch(/"username":\s*"alice"/);

    // The user-path tab carries alice's own header: switching to it and running updates her.
    // (Tabs are reorderable; a synthetic click selects one where a pointer click starts a drag.)
    const userTab = page.locator("button.graphiql-tab-button", { hasText: "UpdateMyName" });
    for (const event of ["pointerdown", "mousedown", "pointerup", "mouseup", "click"])
      await userTab.dispatchEvent(event);
    await page.waitForFunction(
      () =>
        (document.querySelector(".graphiql-tab-active")?.textContent?.includes("UpdateMyName") ?? false) &&
        document.body.innerText.includes("updateMyAttributes("),
      null,
      { timeout: 10_000 },
    );
    // The synthetic pointer sequence leaves the tab strip's drag handling settling for a moment;
    // an execute click inside that moment is swallowed.
    await page.waitForTimeout(1_000);
    await page.locator(".graphiql-execute-button").first().click();
    await page.waitForFunction(
      () => /"__typename":\s*"UpdateMyAttributesSuccess"/.test(document.body.innerText),
      null,
      { timeout: 20_000 },
    );

    // Each run went out with its own tab's header: the demo admin's token, then alice's.
    const tabBearer = (headers: string | undefined) =>
      /"Authorization": "(Bearer [^"]+)"/.exec(headers ?? "")?.[1];
    expect(sent).toEqual([
      { mutation: "adminUpdateUserAttributes", authorization: tabBearer(firstTab?.headers) },
      { mutation: "updateMyAttributes", authorization: tabBearer(secondTab?.headers) },
    ]);
    const claimsOf = (authorization: string | undefined) =>
      JSON.parse(Buffer.from(authorization?.split(".")[1] ?? "", "base64url").toString()) as {
        username?: string;
        "cognito:groups"?: string[];
      };
    expect(claimsOf(sent[0]?.authorization)["cognito:groups"]).toContain("admin");
    expect(claimsOf(sent[1]?.authorization)).toMatchObject({ username: "alice" });
    expect(claimsOf(sent[1]?.authorization)["cognito:groups"] ?? []).not.toContain("admin");

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(offHost).toEqual([]);
    await context.close();
  }, 60_000);

  it("runs the AttributeDefinitions tab with alice's header and shows the demo pool's attributes", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(graphiqlUrl);
    const tab = page.locator("button.graphiql-tab-button", { hasText: "AttributeDefinitions" });
    await tab.waitFor({ timeout: 20_000 });
    // A synthetic click selects a tab where a pointer click starts a drag (see above).
    for (const event of ["pointerdown", "mousedown", "pointerup", "mouseup", "click"])
      await tab.dispatchEvent(event);
    await page.waitForFunction(
      () =>
        document.querySelector(".graphiql-tab-active")?.textContent?.includes("AttributeDefinitions") ??
        false,
      null,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(1_000);
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith("/graphql") &&
        response.request().method() === "POST" &&
        (response.request().postData() ?? "").includes("attributeDefinitions"),
      { timeout: 20_000 },
    );
    await page.locator(".graphiql-execute-button").first().click();
    const body = (await (await answered).json()) as {
      data?: { attributeDefinitions?: { name: string; maxLength: number | null; writableByMe: boolean }[] };
    };
    // What GraphiQL shows is what it got: the first lines of the result pane, and the whole answer.
    await page.waitForFunction(() => document.body.innerText.includes('"attributeDefinitions"'), null, {
      timeout: 20_000,
    });
    const byName = Object.fromEntries(
      (body.data?.attributeDefinitions ?? []).map((item) => [item.name, item]),
    );
    // alice's app client may write custom:department but not custom:employee_id.
    expect(byName["custom:department"]).toMatchObject({ maxLength: 64, writableByMe: true });
    expect(byName["custom:employee_id"]).toMatchObject({ writableByMe: false });
    expect(byName.sub).toMatchObject({ writableByMe: false });
    await context.close();
  }, 60_000);
});
