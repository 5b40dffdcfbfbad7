/**
 * The yoga floor: the same two mutations in a minimal graphql-yoga server (no plugins, no permissions,
 * no token verification), sending the same SDK commands. Between the floor and the gateway it
 * separates what graphql-yoga itself costs from what the gateway adds. It sets the two options the
 * gateway sets on yoga's request path (yoga's own body-size limit and its multipart parser off), so it
 * is the most any gateway built on graphql-yoga could reach here; everything else is yoga's default.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createSchema, createYoga } from "graphql-yoga";
import { announce, bearerToken, type FloorContext, floorResolvers, floorTypeDefs } from "./floor-schema.js";

const yoga = createYoga<{ request: Request }, FloorContext>({
  maxRequestBodySize: false,
  multipart: false,
  context: ({ request }) => ({ token: bearerToken(request.headers.get("authorization")) }),
  schema: createSchema<FloorContext>({ typeDefs: floorTypeDefs, resolvers: floorResolvers }),
});

const server = createServer(yoga);
server.listen(0, "127.0.0.1", () => {
  announce(
    (server.address() as AddressInfo).port,
    () => new Promise((resolve) => server.close(() => resolve())),
  );
});
