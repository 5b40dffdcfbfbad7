import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "./app.js";
import type { HttpLimits } from "./config.js";

/**
 * node:http keeps only the first of several `Authorization` headers and drops the rest, so the
 * gateway would act on whichever the client (or a proxy in between) happened to put first. Joined
 * instead, as the Fetch API's `Headers` would, the value holds a comma no bearer token can contain,
 * and the principal resolver refuses it as ambiguous.
 */
function joinDuplicateAuthorization(request: IncomingMessage): void {
  const values: string[] = [];
  const raw = request.rawHeaders;
  for (let index = 0; index < raw.length; index += 2) {
    if (raw[index]?.toLowerCase() === "authorization") values.push(raw[index + 1] ?? "");
  }
  if (values.length > 1) request.headers.authorization = values.join(", ");
}

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  /**
   * Drains: stops accepting connections, tells kept-alive clients to reconnect elsewhere
   * (`Connection: close` on every response from now on), closes each connection as soon as it is
   * idle, and resolves when the in-flight requests have finished.
   */
  close(): Promise<void>;
}

/**
 * Serves the app over node:http. Used by the process and by tests alike. A client that sends its
 * headers or body too slowly gets 408 and its connection closed; an idle kept-alive connection is
 * closed; connections beyond `maxConnections` are closed as soon as they are accepted. The limits
 * come from the configuration (HTTP_* variables, src/config/environment.ts).
 */
export async function listen(
  app: App,
  options: { host: string; port: number; limits: HttpLimits },
): Promise<RunningServer> {
  const { limits } = options;
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.idleTimeoutMs,
      // Node checks the two time-outs above only this often (30 s by default), which would let a
      // slow client overstay a 10 s limit by half a minute.
      connectionsCheckingInterval: Math.max(
        50,
        Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)),
      ),
    },
    (request, response) => {
      joinDuplicateAuthorization(request);
      handle(request, response);
    },
  );
  server.maxConnections = limits.maxConnections;
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    if (draining) response.shouldKeepAlive = false;
    response.once("close", () => {
      inFlight.delete(response);
      // Its connection may now be idle: while draining, nothing should hold the process open.
      if (draining) server.closeIdleConnections();
    });
    void app(request, response);
  };
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host;
  return {
    server,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        draining = true;
        for (const response of inFlight) {
          if (!response.headersSent) response.shouldKeepAlive = false;
        }
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
