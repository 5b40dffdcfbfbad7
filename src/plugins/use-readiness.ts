import type { Plugin } from "graphql-yoga";

/** Whether the process should receive traffic; the process flips it at start-up and shutdown. */
export interface Readiness {
  ready: boolean;
  /** Why not, when not ready (shown on /ready). */
  reason?: string;
}

/**
 * `GET /ready`: 200 once configuration is valid and the signing keys are loaded, 503 while starting or
 * shutting down. Neither this nor `/health` (yoga's liveness check) calls Cognito: a Cognito outage
 * must not make an orchestrator restart every replica.
 */
export function useReadiness(readiness: Readiness): Plugin {
  return {
    onRequest({ url, endResponse }) {
      if (url.pathname !== "/ready") return;
      const body = readiness.ready
        ? { status: "ready" }
        : { status: "not ready", reason: readiness.reason ?? "starting" };
      endResponse(
        new Response(JSON.stringify(body), {
          status: readiness.ready ? 200 : 503,
          headers: { "content-type": "application/json", "cache-control": "no-store" },
        }),
      );
    },
  };
}
