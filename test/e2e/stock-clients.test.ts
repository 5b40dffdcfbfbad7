import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql as apolloGql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { cacheExchange, Client, fetchExchange, gql as urqlGql } from "@urql/core";
import { persistedExchange } from "@urql/exchange-persisted";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import introspection from "../../examples/generated/possible-types.js";
import { type EmbeddedGateway, useEmbeddedGateway } from "../helpers/embedded.js";

// Stock urql and Apollo Client 4, configured as their docs show and nothing more (no CSRF header,
// no extra fetch options), against the gateway and the embedded Cognito.

let world: EmbeddedGateway;
let aliceToken: string;

useEmbeddedGateway(async (started) => {
  world = started;
  const { alice } = world.backend.embedded.demoUsers;
  aliceToken = (await world.backend.embedded.signIn(alice.username, alice.password)).accessToken;
});

/** fetch, recording the method and Accept header of each request a client sends. */
function recordingFetch(): { fetch: typeof fetch; sent: { method: string; accept: string | null }[] } {
  const sent: { method: string; accept: string | null }[] = [];
  return {
    sent,
    fetch: (input, init) => {
      sent.push({ method: init?.method ?? "GET", accept: new Headers(init?.headers).get("accept") });
      return fetch(input, init);
    },
  };
}

const ME = "query StockMe { me { username } }";
// The README's admin example, refused by the gateway's own checks: a Cognito verdict as data.
const ADMIN_UPDATE = `mutation StockAdminUpdate {
  adminUpdateUserAttributes(input: { username: "alice", userAttributes: [{ name: "department", value: "x" }] }) {
    __typename
    ... on AdminUpdateUserAttributesSuccess { user { sub username } }
    ... on CognitoError { code message retryable }
  }
}`;
const REFUSED = {
  __typename: "CognitoInvalidParameterError",
  code: "InvalidParameterException",
  message: expect.stringContaining('Attribute "department" does not exist in user pool'),
  retryable: false,
};

describe("stock urql", () => {
  const urql = (token: string, fetcher: typeof fetch) =>
    new Client({
      url: world.gateway.graphqlUrl,
      exchanges: [cacheExchange, fetchExchange],
      fetch: fetcher,
      fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    });

  it("sends the text after the hash with persistedExchange, on a gateway without TRUSTED_DOCUMENTS", async () => {
    const recording = recordingFetch();
    const client = new Client({
      url: world.gateway.graphqlUrl,
      exchanges: [cacheExchange, persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
      fetch: recording.fetch,
      fetchOptions: () => ({ headers: { authorization: `Bearer ${aliceToken}` } }),
    });

    const result = await client.query(urqlGql(ME), {}).toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({ me: { username: "alice" } });
    // The hash alone, answered PersistedQueryNotFound, then hash and text.
    expect(recording.sent).toHaveLength(2);
  });

  it("runs a query, which it sends as GET with its own Accept header", async () => {
    const recording = recordingFetch();

    const result = await urql(aliceToken, recording.fetch).query(urqlGql(ME), {}).toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({ me: { username: "alice" } });
    expect(recording.sent).toEqual([
      {
        method: "GET",
        accept:
          "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed",
      },
    ]);
  });

  it("runs a mutation over POST and gets every field of the union member", async () => {
    const recording = recordingFetch();

    const result = await urql(world.adminToken, recording.fetch)
      .mutation(urqlGql(ADMIN_UPDATE), {})
      .toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data?.adminUpdateUserAttributes).toEqual(REFUSED);
    expect(recording.sent.map(({ method }) => method)).toEqual(["POST"]);
  });

  it("gets a top-level UNAUTHENTICATED error, not a CSRF refusal, for a query without a token", async () => {
    const client = new Client({ url: world.gateway.graphqlUrl, exchanges: [fetchExchange] });

    const result = await client.query(urqlGql(ME), {}).toPromise();

    expect(result.error?.graphQLErrors.map((error) => error.extensions.code)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("stock Apollo Client 4", () => {
  const apollo = (
    token: string,
    options: { possibleTypes?: boolean; useGETForQueries?: boolean },
    fetcher: typeof fetch,
  ) =>
    new ApolloClient({
      cache: new InMemoryCache(options.possibleTypes ? { possibleTypes: introspection.possibleTypes } : {}),
      link: new HttpLink({
        uri: world.gateway.graphqlUrl,
        headers: { authorization: `Bearer ${token}` },
        useGETForQueries: options.useGETForQueries ?? false,
        fetch: fetcher,
      }),
    });

  it.each([
    { useGETForQueries: false, method: "POST" },
    { useGETForQueries: true, method: "GET" },
  ])(
    "runs a query over $method (useGETForQueries: $useGETForQueries)",
    async ({ useGETForQueries, method }) => {
      const recording = recordingFetch();

      const result = await apollo(aliceToken, { useGETForQueries }, recording.fetch).query({
        query: apolloGql(ME),
      });

      expect(result.data).toEqual({ me: { __typename: "User", username: "alice" } });
      expect(recording.sent).toEqual([
        { method, accept: "application/graphql-response+json,application/json;q=0.9" },
      ]);
    },
  );

  it("sends the text after the hash with a persisted-query link, on a gateway without TRUSTED_DOCUMENTS", async () => {
    const recording = recordingFetch();
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: ApolloLink.from([
        new PersistedQueryLink({
          sha256: (text) => createHash("sha256").update(text).digest("hex"),
          useGETForHashedQueries: true,
        }),
        new HttpLink({
          uri: world.gateway.graphqlUrl,
          headers: { authorization: `Bearer ${aliceToken}` },
          fetch: recording.fetch,
        }),
      ]),
    });

    const result = await client.query({ query: apolloGql(ME) });

    expect(result.data).toEqual({ me: { __typename: "User", username: "alice" } });
    // The hash alone (GET), answered PERSISTED_QUERY_NOT_FOUND, then hash and text (POST).
    expect(recording.sent.map(({ method }) => method)).toEqual(["GET", "POST"]);
  });

  it("keeps the CognitoError fields of a union member with codegen's possibleTypes", async () => {
    const client = apollo(world.adminToken, { possibleTypes: true }, fetch);

    const result = await client.mutate({ mutation: apolloGql(ADMIN_UPDATE) });

    expect((result.data as { adminUpdateUserAttributes: unknown }).adminUpdateUserAttributes).toEqual(
      REFUSED,
    );
  });

  it("loses them without possibleTypes: why the README's setup passes them", async () => {
    const client = apollo(world.adminToken, {}, fetch);
    const warn = console.warn;
    console.warn = () => {}; // Apollo warns about the missing possibleTypes entry; that is the point.
    try {
      const result = await client.mutate({ mutation: apolloGql(ADMIN_UPDATE) });

      expect((result.data as { adminUpdateUserAttributes: unknown }).adminUpdateUserAttributes).toEqual({
        __typename: "CognitoInvalidParameterError",
      });
    } finally {
      console.warn = warn;
    }
  });
});
