/**
 * The yoga floor: the same two mutations in a minimal graphql-yoga server (no plugins, no permissions,
 * no token verification), sending the same SDK commands. Between the floor and the gateway it
 * separates what graphql-yoga itself costs from what the gateway adds. It sets the two options the
 * gateway sets on yoga's request path (yoga's own body-size limit and its multipart parser off), so it
 * is the most any gateway built on graphql-yoga could reach here; everything else is yoga's default.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  AdminUpdateUserAttributesCommand,
  UpdateUserAttributesCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { createSchema, createYoga } from "graphql-yoga";
import { type AttributeInput, floorClient, floorUserPoolId, toCognitoAttributes } from "./floor-client.js";

const yoga = createYoga<{ request: Request }>({
  maxRequestBodySize: false,
  multipart: false,
  schema: createSchema<{ request: Request }>({
    typeDefs: /* GraphQL */ `
      type Query {
        ok: Boolean
      }
      input AttributeInput {
        name: String!
        value: String!
      }
      input AdminUpdateUserAttributesInput {
        username: String!
        userAttributes: [AttributeInput!]!
      }
      input UpdateMyAttributesInput {
        userAttributes: [AttributeInput!]!
      }
      type AdminUpdateUserAttributesSuccess {
        ok: Boolean
      }
      type UpdateMyAttributesSuccess {
        ok: Boolean
      }
      union AdminUpdateUserAttributesResult = AdminUpdateUserAttributesSuccess
      union UpdateMyAttributesResult = UpdateMyAttributesSuccess
      type Mutation {
        adminUpdateUserAttributes(input: AdminUpdateUserAttributesInput!): AdminUpdateUserAttributesResult!
        updateMyAttributes(input: UpdateMyAttributesInput!): UpdateMyAttributesResult!
      }
    `,
    resolvers: {
      AdminUpdateUserAttributesResult: { __resolveType: () => "AdminUpdateUserAttributesSuccess" },
      UpdateMyAttributesResult: { __resolveType: () => "UpdateMyAttributesSuccess" },
      Mutation: {
        adminUpdateUserAttributes: async (
          _root: unknown,
          { input }: { input: { username: string; userAttributes: AttributeInput[] } },
        ) => {
          await floorClient.send(
            new AdminUpdateUserAttributesCommand({
              UserPoolId: floorUserPoolId,
              Username: input.username,
              UserAttributes: toCognitoAttributes(input.userAttributes),
            }),
          );
          return {};
        },
        updateMyAttributes: async (
          _root: unknown,
          { input }: { input: { userAttributes: AttributeInput[] } },
          { request }: { request: Request },
        ) => {
          const token = (request.headers.get("authorization") ?? "").replace(/^Bearer /, "");
          await floorClient.send(
            new UpdateUserAttributesCommand({
              AccessToken: token,
              UserAttributes: toCognitoAttributes(input.userAttributes),
            }),
          );
          return {};
        },
      },
    },
  }),
});

const server = createServer(yoga);
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
