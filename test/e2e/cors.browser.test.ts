import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeBackend, type FakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestGateway } from "../helpers/gateway.js";

// CORS_ORIGINS (issue 18): exact origins only, never reflected, never with credentials. Checked with
// preflights as a browser sends them, and in Chromium from pages on other origins.

const CHROMIUM = "/usr/bin/chromium";

let backend: FakeBackend;
let gateway: TestGateway;
let closedGateway: TestGateway;
let pages: Server;
let allowedOrigin: string;
let user: FakeUser;
let token: string;

beforeAll(async () => {
  backend = await startFakeBackend();
  // A frontend's own server: any path answers an empty page, so the page's origin is this server's.
  pages = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end("<!doctype html><title>frontend</title>");
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  allowedOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  gateway = await startGateway(backend.backend, {
    env: { CORS_ORIGINS: `${allowedOrigin}, https://app.example.com` },
  });
  // What production gets by default: no origin at all.
  closedGateway = await startGateway(backend.backend, { env: { CORS_ORIGINS: "" } });
  user = backend.fake.addUser(aUser());
  token = await backend.tokens.accessToken(user);
}, 30_000);

afterAll(async () => {
  await gateway?.close();
  await closedGateway?.close();
  await new Promise((resolve) => pages?.close(resolve));
  await backend?.fake.close();
});

/** The preflight a browser sends before a POST with the bearer token and a JSON body. */
function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type",
    },
  });
}

describe("CORS preflights", () => {
  it("answers a listed origin with itself, the methods and headers a frontend sends, and no credentials", async () => {
    const response = await preflight(gateway.graphqlUrl, "https://app.example.com");

    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST");
    expect(response.headers.get("access-control-allow-headers")?.split(", ")).toEqual(
      expect.arrayContaining(["authorization", "content-type"]),
    );
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toMatch(/Origin/);
  });

  it.each(["https://evil.example", "null", "https://app.example.com.evil.example", "http://app.example.com"])(
    "gives the unlisted origin %s no CORS header at all",
    async (origin) => {
      const response = await preflight(gateway.graphqlUrl, origin);

      expect(response.status).toBe(204);
      expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    },
  );

  it("allows no origin when none is configured (the production default)", async () => {
    const response = await preflight(closedGateway.graphqlUrl, "https://app.example.com");

    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("marks the answer to a listed origin's request as readable by it, and exposes x-request-id", async () => {
    const response = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: {
        origin: "https://app.example.com",
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: "{ me { sub } }" }),
    });

    expect(await response.json()).toEqual({ data: { me: { sub: user.sub } } });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(response.headers.get("access-control-expose-headers")).toBe("x-request-id");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("CORS in a real browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** From a page at `pageOrigin`, fetch() with the bearer token, as a frontend does; what the page sees. */
  async function fetchFromPage(
    pageOrigin: string,
    url: string,
    credentials: RequestCredentials = "same-origin",
  ) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${pageOrigin}/app`);
      return await page.evaluate(
        async ({ url, token, credentials }) => {
          try {
            const response = await fetch(url, {
              method: "POST",
              credentials,
              headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
              body: JSON.stringify({ query: "{ me { sub } }" }),
            });
            return {
              status: response.status,
              body: await response.text(),
              requestId: response.headers.get("x-request-id"),
            };
          } catch (error) {
            return { failed: String(error) };
          }
        },
        { url, token, credentials },
      );
    } finally {
      await context.close();
    }
  }

  it("lets a page on a listed origin call the gateway after its preflight", async () => {
    const seen = await fetchFromPage(allowedOrigin, gateway.graphqlUrl);

    expect(seen).toMatchObject({ status: 200, requestId: expect.any(String) });
    expect(JSON.parse((seen as { body: string }).body)).toEqual({ data: { me: { sub: user.sub } } });
  }, 30_000);

  it("keeps the answer from a page on an unlisted origin (localhost is another origin than 127.0.0.1)", async () => {
    const otherOrigin = allowedOrigin.replace("127.0.0.1", "localhost");

    const seen = await fetchFromPage(otherOrigin, gateway.graphqlUrl);

    expect(seen).toEqual({ failed: expect.stringContaining("Failed to fetch") });
  }, 30_000);

  it("refuses a credentialed request even from a listed origin: credentials are never allowed", async () => {
    const seen = await fetchFromPage(allowedOrigin, gateway.graphqlUrl, "include");

    expect(seen).toEqual({ failed: expect.stringContaining("Failed to fetch") });
  }, 30_000);

  it("keeps the answer from every origin when none is configured", async () => {
    const seen = await fetchFromPage(allowedOrigin, closedGateway.graphqlUrl);

    expect(seen).toEqual({ failed: expect.stringContaining("Failed to fetch") });
  }, 30_000);
});
