import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { createYoga } from "graphql-yoga";

/**
 * The SDL of a second subgraph that exists only in the test world: orders whose `buyer` references
 * this gateway's `User` entity by `sub`. `resolvable: false` because only the users subgraph can
 * resolve a user; this one merely points at them.
 */
export const ORDERS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    "The first \`first\` orders (default: all), in id order."
    orders(first: Int): [Order!]!
    "One order by id; null when there is none. Nullable, so one forbidden buyer cannot null a sibling."
    order(id: ID!): Order
  }

  type Order @key(fields: "id") {
    id: ID!
    "In cents."
    total: Int!
    buyer: User!
  }

  type User @key(fields: "sub", resolvable: false) {
    sub: ID!
  }
`;

/** One order as the orders subgraph stores it. */
export interface StoredOrder {
  id: string;
  total: number;
  buyerSub: string;
}

export interface OrdersSubgraphOptions {
  /** The `sub`s of the buyers; orders go to them round-robin (order n to `buyers[(n - 1) % length]`). */
  buyers: readonly string[];
  /** How many orders to hold. */
  count: number;
}

export interface OrdersSubgraph {
  /** e.g. http://127.0.0.1:41234/graphql */
  graphqlUrl: string;
  /** The stored orders, ids `order-1` … `order-<count>`. */
  orders: readonly StoredOrder[];
  /** The `Authorization` header of every request received, in arrival order (null when absent). */
  authorizations: (string | null)[];
  close(): Promise<void>;
}

/** Starts the orders subgraph (graphql-yoga over node:http) on 127.0.0.1 and a free port. */
export async function startOrdersSubgraph(options: OrdersSubgraphOptions): Promise<OrdersSubgraph> {
  if (options.buyers.length === 0) throw new Error("startOrdersSubgraph needs at least one buyer");
  const orders: StoredOrder[] = Array.from({ length: options.count }, (_, index) => ({
    id: `order-${index + 1}`,
    total: (index + 1) * 100,
    buyerSub: options.buyers[index % options.buyers.length] as string,
  }));
  const byId = new Map(orders.map((order) => [order.id, order]));
  const authorizations: (string | null)[] = [];

  const schema = buildSubgraphSchema({
    typeDefs: parse(ORDERS_SDL),
    resolvers: {
      Query: {
        orders: (_root: unknown, args: { first?: number | null }) =>
          args.first === undefined || args.first === null ? orders : orders.slice(0, args.first),
        order: (_root: unknown, args: { id: string }) => byId.get(args.id) ?? null,
      },
      Order: {
        __resolveReference: (reference: { id: string }) => byId.get(reference.id) ?? null,
        buyer: (order: StoredOrder) => ({ __typename: "User", sub: order.buyerSub }),
      },
    },
  });
  const yoga = createYoga({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    logging: false,
    context: ({ request }) => {
      authorizations.push(request.headers.get("authorization"));
      return {};
    },
  });

  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    orders,
    authorizations,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The router keeps connections alive; they must not hold the close open.
        server.closeAllConnections();
      }),
  };
}
