import { randomUUID } from "node:crypto";
import { type GraphiQLHeaders, graphiqlTabs } from "./graphiql-examples.js";

/**
 * GraphiQL prefers its saved tabs over the defaults, so after a restart a returning browser would
 * keep the previous run's demo tokens (another issuer, or expired). With the embedded demo, saved
 * tabs from an earlier start of the process are dropped before GraphiQL reads them.
 */
function forgetOlderDemoTabs(startId: string): string {
  return `<script>(()=>{const k="cag:graphiql-start";if(localStorage.getItem(k)!==${JSON.stringify(startId)}){localStorage.removeItem("graphiql:tabState");localStorage.setItem(k,${JSON.stringify(startId)});}})();</script>`;
}

/**
 * Sent by the gateway's own GraphiQL with every request, so that outside production it can explore
 * freely on a gateway that otherwise runs only trusted documents. Anyone can send it: it opens
 * nothing in production, where it is ignored.
 */
export const GRAPHIQL_REQUEST_HEADER = "x-graphiql";

/** GraphiQL's page, when it is served; the embedded demo's tokens fill its example tabs. */
function graphiqlOptions(enabled: boolean, headers: GraphiQLHeaders | undefined) {
  if (!enabled) return false;
  return {
    title: "cognito-attributes-gateway",
    additionalHeaders: { [GRAPHIQL_REQUEST_HEADER]: "1" },
    defaultTabs: graphiqlTabs(headers ?? { admin: undefined, user: undefined }),
    // GraphiQL drops tab headers it may not persist; the embedded demo's tokens are meant to be
    // kept (they only open the local emulator). Otherwise callers' tokens stay out of storage.
    shouldPersistHeaders: headers !== undefined,
    // The headers editor starts from this rather than from the first tab's own headers.
    ...(headers?.admin ? { headers: JSON.stringify(headers.admin, null, 2) } : {}),
  };
}

/** Yoga's `graphiql` and `renderGraphiQL` options: GraphiQL at /graphql, or nothing. */
export function graphiqlPage(enabled: boolean, headers: GraphiQLHeaders | undefined) {
  // Identifies this start of the app to GraphiQL pages (see forgetOlderDemoTabs).
  const startId = randomUUID();
  return {
    graphiql: graphiqlOptions(enabled, headers),
    // The bundled GraphiQL (9 MB) loads on first use: nothing is fetched from a CDN at run time.
    renderGraphiQL: async (
      options: Parameters<typeof import("@graphql-yoga/render-graphiql").renderGraphiQL>[0],
    ) => {
      const html = (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(options);
      return headers ? html.replace("<head>", `<head>${forgetOlderDemoTabs(startId)}`) : html;
    },
  };
}
