import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { type Agent, type IncomingHttpHeaders, request } from "node:http";
import { connect, createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { FakeCognito } from "./fake-cognito.js";
import type { TokenIssuer } from "./tokens.js";

/** The repository checkout the tests run in. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A port nobody listens on right now (the OS picks it; a tiny race with other processes remains). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port assigned");
  return address.port;
}

/** The environment that points the real process at a `FakeCognito` and its token issuer. */
export function fakeCognitoEnvironment(fake: FakeCognito, tokens: TokenIssuer): Record<string, string> {
  return {
    COGNITO_ENDPOINT: fake.endpoint,
    COGNITO_ISSUER: fake.issuer,
    COGNITO_USER_POOL_ID: fake.userPoolId,
    COGNITO_CLIENT_IDS: tokens.defaultClientId,
    AWS_REGION: fake.region,
    // Read by the SDK's default credential chain; the fake ignores signatures.
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
  };
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The real gateway process (`node --import tsx src/main.ts`), as an orchestrator would run it. */
export interface GatewayProcess {
  child: ChildProcess;
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** The JSON log lines written to stdout so far (LOG_FORMAT=json); other lines are skipped. */
  logLines(): Record<string, unknown>[];
  /** Resolves when the process has exited. */
  exited: Promise<ExitStatus>;
  /** Polls `/ready` until it answers 200; fails with the output when the process exits or `timeoutMs` passes. */
  waitUntilReady(timeoutMs?: number): Promise<void>;
  /** SIGKILL if still running, then waits for the exit; for `afterEach`. */
  kill(): Promise<void>;
}

/**
 * Starts `src/main.ts` in its own process with exactly `environment` (plus PATH and HOME), so the
 * developer's shell cannot leak Cognito settings into the test. Pass `PORT` to listen; see `freePort`.
 */
export function spawnGateway(environment: Record<string, string>): GatewayProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      // Never wait on an instance metadata endpoint when a test forgets credentials.
      AWS_EC2_METADATA_DISABLED: "true",
      ...environment,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<ExitStatus>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const url = `http://${environment.HOST ?? "127.0.0.1"}:${environment.PORT ?? "4000"}`;

  const describe = () => `stdout:\n${stdout}\nstderr:\n${stderr}`;

  return {
    child,
    url,
    stdout: () => stdout,
    stderr: () => stderr,
    logLines: () =>
      stdout
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
    async waitUntilReady(timeoutMs = 15_000) {
      const giveUpAt = Date.now() + timeoutMs;
      for (;;) {
        if (hasExited) throw new Error(`the gateway exited before it was ready\n${describe()}`);
        try {
          const response = await fetch(`${url}/ready`);
          if (response.status === 200) return;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > giveUpAt)
          throw new Error(`the gateway was not ready in ${timeoutMs} ms\n${describe()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async kill() {
      if (hasExited) return;
      child.kill("SIGKILL");
      await exited;
    },
  };
}

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One POST over node:http. `agent: false` (the default here) sends `Connection: close` on a
 * connection of its own, so a test about draining is not also a test about idle keep-alive sockets;
 * pass a keep-alive `Agent` to act like a pooling client.
 */
export function httpPost(
  url: string,
  body: unknown,
  options: { headers?: Record<string, string>; agent?: Agent | false } = {},
): Promise<HttpAnswer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: "POST",
        agent: options.agent ?? false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...options.headers,
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

/**
 * A GET whose headers are sent but not finished. A server closing for shutdown drops idle
 * connections and refuses new ones, but keeps this one (a request is under way), so `finish()` can
 * ask a draining process a question, e.g. `/ready` after SIGTERM. Resolves with the status and body.
 */
export async function startUnfinishedGet(
  url: string,
  path: string,
): Promise<{ finish(): Promise<{ status: number; body: string }> }> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await once(socket, "connect");
  let received = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => (received += chunk));
  socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n`);
  return {
    finish: () =>
      new Promise((resolve, reject) => {
        const answered = () => {
          const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1];
          const body = /\{[\s\S]*\}/.exec(received.slice(received.indexOf("\r\n\r\n")))?.[0];
          if (status === undefined || body === undefined || !received.includes("\r\n\r\n")) return;
          socket.destroy();
          resolve({ status: Number(status), body });
        };
        socket.on("data", answered);
        socket.on("close", () =>
          reject(new Error(`connection closed; received: ${JSON.stringify(received)}`)),
        );
        socket.on("error", reject);
        socket.write("\r\n");
      }),
  };
}
