import { composeServices } from "@apollo/composition";
import {
  ApolloGateway,
  type GraphQLDataSourceProcessOptions,
  IntrospectAndCompose,
  RemoteGraphQLDataSource,
} from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { parse } from "graphql";
import { expect } from "vitest";

/** A subgraph the router routes to, by name and GraphQL endpoint. */
export interface SubgraphEndpoint {
  name: string;
  /** e.g. http://127.0.0.1:41234/graphql */
  url: string;
}

/** What the router hands each subgraph fetch: the caller's `Authorization` header, if any. */
interface RouterContext {
  authorization?: string;
}

/**
 * The data source operators configure (README): it forwards the caller's `Authorization` header to
 * every subgraph, so the users subgraph authorizes each entity against the real caller.
 */
export class AuthorizationForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
  }
}

export interface FederationRouter {
  /** The router's GraphQL endpoint, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The composed supergraph, for a failing test to print. */
  supergraphSdl: string;
  close(): Promise<void>;
}

/** Reads a running subgraph's SDL the way `rover subgraph introspect` does: `{ _service { sdl } }`. */
export async function fetchSubgraphSdl(url: string): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: "{ _service { sdl } }" }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } }; errors?: unknown };
  const sdl = body.data?._service?.sdl;
  if (typeof sdl !== "string") {
    throw new Error(`No SDL from ${url} (HTTP ${response.status}): ${JSON.stringify(body)}`);
  }
  return sdl;
}

/** Composes the subgraphs' SDLs into a supergraph with Apollo's composition; fails the test on any error. */
export async function composeSupergraph(subgraphs: readonly SubgraphEndpoint[]): Promise<string> {
  const services = await Promise.all(
    subgraphs.map(async ({ name, url }) => ({ name, url, typeDefs: parse(await fetchSubgraphSdl(url)) })),
  );
  const result = composeServices(services);
  expect(result.errors?.map((error) => error.message) ?? [], "composition errors").toEqual([]);
  if (result.supergraphSdl === undefined) throw new Error("composition produced no supergraph");
  return result.supergraphSdl;
}

/**
 * A real Apollo Gateway (`@apollo/gateway` in `@apollo/server`) over the composed subgraphs, on
 * 127.0.0.1 and a free port. It forwards the caller's `Authorization` header to the subgraphs.
 */
export async function startFederationRouter(
  subgraphs: readonly SubgraphEndpoint[],
): Promise<FederationRouter> {
  const supergraphSdl = await composeSupergraph(subgraphs);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) => new AuthorizationForwardingDataSource({ url }),
  });
  const server = new ApolloServer<RouterContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { host: "127.0.0.1", port: 0 },
    context: async ({ req }) => {
      const authorization = req.headers.authorization;
      return authorization ? { authorization } : {};
    },
  });
  return { url, supergraphSdl, close: () => server.stop() };
}

/**
 * A real Apollo Gateway that composes the supergraph itself by asking each subgraph's `_service { sdl }`
 * (IntrospectAndCompose), sending `x-router-secret` with every subgraph request as an operator would
 * configure for `FEDERATION_SDL=token`. It forwards the caller's `Authorization` header too.
 */
export async function startIntrospectingRouter(
  subgraphs: readonly SubgraphEndpoint[],
  routerSecret: string,
): Promise<{ url: string; close(): Promise<void> }> {
  class RouterSecretDataSource extends AuthorizationForwardingDataSource {
    override willSendRequest(options: GraphQLDataSourceProcessOptions<RouterContext>): void {
      super.willSendRequest(options);
      options.request.http?.headers.set("x-router-secret", routerSecret);
    }
  }
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs: [...subgraphs] }),
    buildService: ({ url }) => new RouterSecretDataSource({ url }),
  });
  const server = new ApolloServer<RouterContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { host: "127.0.0.1", port: 0 },
    context: async ({ req }) => {
      const authorization = req.headers.authorization;
      return authorization ? { authorization } : {};
    },
  });
  return { url, close: () => server.stop() };
}
