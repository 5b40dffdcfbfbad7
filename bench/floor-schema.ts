/**
 * What the GraphQL floors share (yoga, Apollo Server, Mercurius): the same two mutations in SDL with
 * hand-written resolvers that send the same SDK commands as the node:http floor. No permissions and
 * no token verification: the user's token goes to Cognito as it came.
 */
import {
  AdminUpdateUserAttributesCommand,
  UpdateUserAttributesCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { type AttributeInput, floorClient, floorUserPoolId, toCognitoAttributes } from "./floor-client.js";

export const floorTypeDefs = /* GraphQL */ `
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
`;

/** Each server puts the raw Authorization header's token into its context its own way. */
export interface FloorContext {
  token: string;
}

export const bearerToken = (authorization: string | null | undefined): string =>
  (authorization ?? "").replace(/^Bearer /, "");

export const floorResolvers = {
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
      { token }: FloorContext,
    ) => {
      await floorClient.send(
        new UpdateUserAttributesCommand({
          AccessToken: token,
          UserAttributes: toCognitoAttributes(input.userAttributes),
        }),
      );
      return {};
    },
  },
};

/** Every floor prints its port as its first stdout line and stops on SIGTERM. */
export function announce(port: number, close: () => Promise<void>): void {
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  process.once("SIGTERM", () => void close().then(() => process.exit(0)));
}
