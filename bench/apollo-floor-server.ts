/**
 * The Apollo floor: the same two mutations in Apollo Server 5 as its docs set it up
 * (`startStandaloneServer`, SDL with hand-written resolvers, Apollo's defaults, production mode from
 * NODE_ENV), sending the same SDK commands. No permissions and no token verification. What a user
 * would most likely pick instead of the gateway.
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { announce, bearerToken, type FloorContext, floorResolvers, floorTypeDefs } from "./floor-schema.js";

const server = new ApolloServer<FloorContext>({ typeDefs: floorTypeDefs, resolvers: floorResolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: 0, host: "127.0.0.1" },
  context: async ({ req }) => ({ token: bearerToken(req.headers.authorization) }),
});
announce(Number(new URL(url).port), () => server.stop());
