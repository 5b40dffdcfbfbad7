import { once } from "node:events";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import type { TokenIssuer } from "../helpers/tokens.js";

/*
 * Issue 17, item 11: what node:http does with requests a client sends on purpose, over raw sockets so
 * nothing in between tidies them up: two Authorization headers, slow headers and bodies, idle
 * kept-alive connections, and more connections than the cap.
 */

/** Opens a raw TCP connection to the gateway. */
async function openSocket(gateway: TestGateway): Promise<Socket> {
  const { port } = new URL(gateway.url);
  const socket = connect(Number(port), "127.0.0.1");
  await once(socket, "connect");
  return socket;
}

/** Everything the server sends until it closes the connection. */
async function readUntilClosed(socket: Socket): Promise<string> {
  let text = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => (text += chunk));
  await once(socket, "close");
  return text;
}

/** Small limits, so a test sees each one act well within its time-out. */
const LIMITS = {
  HTTP_HEADERS_TIMEOUT_MS: "300",
  HTTP_REQUEST_TIMEOUT_MS: "600",
  HTTP_IDLE_TIMEOUT_MS: "300",
  HTTP_MAX_CONNECTIONS: "1000",
};

describe("HTTP limits on slow, idle and surplus connections", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let gateway: TestGateway;

  useFakeBackend((world) => {
    ({ fake, tokens, backend } = world);
  });
  beforeAll(async () => {
    gateway = await startGateway(backend, { env: LIMITS });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const request = (headers: string[], body: string) =>
    [
      "POST /graphql HTTP/1.1",
      `Host: 127.0.0.1`,
      "Content-Type: application/json",
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Connection: close",
      ...headers,
      "",
      body,
    ].join("\r\n");

  it("refuses a request with two Authorization headers with UNAUTHENTICATED, even with one token twice", async () => {
    const user = fake.addUser(aUser());
    const token = await tokens.accessToken(user);
    const socket = await openSocket(gateway);
    const answer = readUntilClosed(socket);

    socket.write(
      request(
        [`Authorization: Bearer ${token}`, `Authorization: Bearer ${token}`],
        JSON.stringify({ query: "{ me { sub } }" }),
      ),
    );
    const text = await answer;

    expect(text).toMatch(/^HTTP\/1\.1 200/);
    const body = JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4)) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    expect(body.errors[0]?.message).toContain("Send one Authorization header");
    expect(fake.requests).toEqual([]);
  });

  it("answers 408 and closes a connection whose headers never finish", async () => {
    const socket = await openSocket(gateway);
    const answer = readUntilClosed(socket);

    socket.write("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n");

    expect(await answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it("answers 408 and closes a connection whose body trickles in too slowly", async () => {
    const socket = await openSocket(gateway);
    const answer = readUntilClosed(socket);
    const body = JSON.stringify({ query: "{ __typename }" });

    socket.write(request([], body).slice(0, -body.length + 3));
    const trickle = setInterval(() => socket.write(" "), 100);
    try {
      expect(await answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      clearInterval(trickle);
    }
    expect(fake.requests).toEqual([]);
  });

  it("closes a kept-alive connection that sits idle after its request", async () => {
    const socket = await openSocket(gateway);
    const answer = readUntilClosed(socket);
    const body = JSON.stringify({ query: "{ __typename }" });

    socket.write(request([], body).replace("Connection: close", "Connection: keep-alive"));

    expect(await answer).toMatch(/^HTTP\/1\.1 200[\s\S]*"__typename":"Query"/);
  });
});

describe("the connection cap", () => {
  let backend: TestBackend;
  let gateway: TestGateway;

  useFakeBackend((world) => {
    ({ backend } = world);
  });
  beforeAll(async () => {
    gateway = await startGateway(backend, {
      env: {
        ...LIMITS,
        HTTP_HEADERS_TIMEOUT_MS: "5000",
        HTTP_REQUEST_TIMEOUT_MS: "5000",
        HTTP_MAX_CONNECTIONS: "2",
      },
    });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it("closes a connection beyond HTTP_MAX_CONNECTIONS at once, and serves again once one is free", async () => {
    const held = [await openSocket(gateway), await openSocket(gateway)];
    const surplus = await openSocket(gateway);

    expect(await readUntilClosed(surplus)).toBe("");

    held[0]?.destroy();
    await once(held[0] as Socket, "close");
    // The server counts the closed connection out on a later turn of its event loop.
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 200; attempt += 1) {
      status = await fetch(`${gateway.url}/health`).then(
        (response) => response.status,
        () => new Promise<number>((resolve) => setTimeout(() => resolve(0), 20)),
      );
    }
    expect(status).toBe(200);
    held[1]?.destroy();
  });
});
