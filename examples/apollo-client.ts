/**
 * A frontend on Apollo Client 4, typed by codegen, against a gateway that runs only trusted
 * documents: it sends each document's hash (GET for queries), never its text. The cache knows the
 * union members from codegen's possible-types map, so `... on CognitoError` fields survive it.
 *
 *   COGNITO_USER_POOL_ID=… COGNITO_CLIENT_ID=… COGNITO_ENDPOINT=http://127.0.0.1:9339 npm run example:apollo
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { AdminSetAttribute, MyProfile, UpdateMyGivenName } from "./frontend/documents.js";
import { type FrontendApi, runScenario } from "./frontend/scenario.js";
import { documentHash, exampleSettings } from "./frontend/settings.js";
import introspection from "./generated/possible-types.js";

/** The few lines a frontend needs: possibleTypes, the token, and hashes instead of documents. */
export function createApolloClient(gatewayUrl: string, accessToken: () => string): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes }),
    link: ApolloLink.from([
      new SetContextLink(({ headers }) => ({
        headers: { ...headers, authorization: `Bearer ${accessToken()}` },
      })),
      new PersistedQueryLink({ generateHash: documentHash, useGETForHashedQueries: true }),
      new HttpLink({ uri: gatewayUrl }),
    ]),
  });
}

function apolloApi(client: ApolloClient): FrontendApi {
  const required = <Data>(data: Data | undefined): Data => {
    if (data === undefined) throw new Error("no data");
    return data;
  };
  return {
    myProfile: async () =>
      required((await client.query({ query: MyProfile, fetchPolicy: "network-only" })).data),
    updateMyGivenName: async (givenName) =>
      required((await client.mutate({ mutation: UpdateMyGivenName, variables: { givenName } })).data),
    adminSetAttribute: async (username, name, value) =>
      required(
        (await client.mutate({ mutation: AdminSetAttribute, variables: { username, name, value } })).data,
      ),
  };
}

const settings = exampleSettings(process.env);
runScenario("apollo", settings, (token) =>
  apolloApi(createApolloClient(settings.gatewayUrl, () => token)),
).then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
