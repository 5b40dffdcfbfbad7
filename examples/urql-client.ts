/**
 * A frontend on urql, typed by codegen, against a gateway that runs only trusted documents: it
 * sends each document's hash (GET for queries), never its text. urql's default cache keeps each
 * operation's result whole, so no fragment is ever matched against a union member and nothing is
 * dropped. (Graphcache, urql's normalized cache, matches fragments: give it the schema.)
 *
 *   COGNITO_USER_POOL_ID=… COGNITO_CLIENT_ID=… COGNITO_ENDPOINT=http://127.0.0.1:9339 npm run example:urql
 */
import { cacheExchange, Client, fetchExchange } from "@urql/core";
import { persistedExchange } from "@urql/exchange-persisted";
import { AdminSetAttribute, MyProfile, UpdateMyGivenName } from "./frontend/documents.js";
import { type FrontendApi, runScenario } from "./frontend/scenario.js";
import { documentHash, exampleSettings } from "./frontend/settings.js";

/** The few lines a frontend needs: the token, and hashes instead of documents. */
export function createUrqlClient(gatewayUrl: string, accessToken: () => string): Client {
  return new Client({
    url: gatewayUrl,
    exchanges: [
      cacheExchange,
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: "within-url-limit",
        generateHash: async (_query, document) => documentHash(document),
      }),
      fetchExchange,
    ],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${accessToken()}` } }),
  });
}

function urqlApi(client: Client): FrontendApi {
  const required = <Data>(result: { data?: Data; error?: Error }): Data => {
    if (result.error) throw result.error;
    if (result.data === undefined) throw new Error("no data");
    return result.data;
  };
  return {
    myProfile: async () =>
      required(await client.query(MyProfile, {}, { requestPolicy: "network-only" }).toPromise()),
    updateMyGivenName: async (givenName) =>
      required(await client.mutation(UpdateMyGivenName, { givenName }).toPromise()),
    adminSetAttribute: async (username, name, value) =>
      required(await client.mutation(AdminSetAttribute, { username, name, value }).toPromise()),
  };
}

const settings = exampleSettings(process.env);
runScenario("urql", settings, (token) => urqlApi(createUrqlClient(settings.gatewayUrl, () => token))).then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
