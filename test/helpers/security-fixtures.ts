import { request } from "node:http";
import { startFakeBackend } from "./fake-backend.js";
import type { FakeCognito } from "./fake-cognito.js";
import type { TestBackend } from "./gateway.js";
import type { TokenIssuer } from "./tokens.js";

/** The custom scope that makes a client-credentials token an admin in the security tests. */
export const ADMIN_SCOPE = "gateway/admin";

/** The M2M app client `TokenIssuer#machineToken` mints for by default. */
export const MACHINE_CLIENT_ID = "machineclient1";

/** An app client of the same pool the gateway was not configured to accept. */
export const OTHER_CLIENT_ID = "otherclient9";

export interface SecurityBackend {
  fake: FakeCognito;
  tokens: TokenIssuer;
  /** The fake described as a backend whose accepted clients include the machine client. */
  backend: TestBackend;
}

/**
 * FakeCognito and its token issuer, with the machine client added to the accepted app clients: a
 * machine token must then be refused or admitted for its scope alone, never for its client id.
 */
export async function startSecurityBackend(): Promise<SecurityBackend> {
  const { fake, tokens, backend } = await startFakeBackend();
  return { fake, tokens, backend: { ...backend, clientIds: [...backend.clientIds, MACHINE_CLIENT_ID] } };
}

/** What came back from a raw HTTP exchange, body unparsed. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Sends anything (any method, headers and body) with fetch and reads the whole answer as text. */
export async function sendRaw(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const response = await fetch(url, {
    method: init.method ?? "POST",
    headers: init.headers,
    body: init.body,
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/**
 * POSTs `body` with `Transfer-Encoding: chunked` and no `Content-Length`, which fetch cannot be made
 * to do for a string body; node:http can.
 */
export function postChunked(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; requestId: string | undefined; contentType: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked", ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          const requestId = res.headers["x-request-id"];
          resolve({
            status: res.statusCode ?? 0,
            requestId: typeof requestId === "string" ? requestId : undefined,
            contentType: res.headers["content-type"],
            text,
          });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, Math.ceil(body.length / 2)));
    req.end(body.slice(Math.ceil(body.length / 2)));
  });
}

/** A GraphQL response body, when the answer was one. */
export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Parses `text` as a GraphQL response body; undefined when it is not JSON with `data` or `errors`. */
export function parseGraphQLBody(text: string): GraphQLBody | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
    if (!("data" in parsed) && !("errors" in parsed)) return undefined;
    return parsed as GraphQLBody;
  } catch {
    return undefined;
  }
}

/**
 * Records the process's unhandled promise rejections until `stop()`. Outside a test runner, Node ends
 * the process on the first one (`--unhandled-rejections=throw`, the default): each is a crash.
 */
export function captureUnhandledRejections(): { reasons: unknown[]; settle(): Promise<void>; stop(): void } {
  const reasons: unknown[] = [];
  const record = (reason: unknown) => reasons.push(reason);
  process.on("unhandledRejection", record);
  return {
    reasons,
    // Node reports a rejection once the microtask queue has drained; a macrotask turn lets it through.
    settle: () => new Promise((resolve) => setTimeout(resolve, 10)),
    stop: () => process.off("unhandledRejection", record),
  };
}
