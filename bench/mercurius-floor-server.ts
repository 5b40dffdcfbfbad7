/**
 * The Mercurius floor: the same two mutations in Fastify + Mercurius as their docs set them up (SDL
 * with hand-written resolvers, Fastify's and Mercurius's defaults: no logger, no JIT), sending the
 * same SDK commands. No permissions and no token verification. The fastest stack a user would pick.
 */
import Fastify from "fastify";
import mercurius from "mercurius";
import { announce, bearerToken, floorResolvers, floorTypeDefs } from "./floor-schema.js";

// Mercurius spells a union's type resolver `resolveType`, where graphql-tools (yoga, Apollo) spell it `__resolveType`.
const resolvers = {
  ...floorResolvers,
  AdminUpdateUserAttributesResult: {
    resolveType: floorResolvers.AdminUpdateUserAttributesResult.__resolveType,
  },
  UpdateMyAttributesResult: { resolveType: floorResolvers.UpdateMyAttributesResult.__resolveType },
};

const app = Fastify();
await app.register(mercurius, {
  schema: floorTypeDefs,
  resolvers: resolvers as unknown as mercurius.IResolvers,
  context: (request) => ({ token: bearerToken(request.headers.authorization) }),
});
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
announce(typeof address === "object" && address !== null ? address.port : 0, () => app.close());
