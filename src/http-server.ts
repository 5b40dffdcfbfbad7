import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "./app.js";

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

/** Serves the app over node:http. Used by the process and by tests alike. */
export async function listen(app: App, options: { host: string; port: number }): Promise<RunningServer> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const server = createServer((request, response) => {
    inFlight.add(response);
    if (draining) response.shouldKeepAlive = false;
    response.once("close", () => {
      inFlight.delete(response);
      // Its connection may now be idle: while draining, nothing should hold the process open.
      if (draining) server.closeIdleConnections();
    });
    void app(request, response);
  });
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
