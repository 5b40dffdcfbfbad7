/**
 * What both floors share: the SDK client with the SDK's defaults (as a bare script would make it),
 * the pool from the environment, and the GraphQL attribute input turned into Cognito's shape.
 */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";

export const floorClient = new CognitoIdentityProviderClient({
  region: process.env.AWS_REGION ?? "us-east-1",
  endpoint: process.env.COGNITO_ENDPOINT,
  credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
  maxAttempts: 3,
  requestHandler: { httpAgent: { keepAlive: true, maxSockets: 64 } },
});

export const floorUserPoolId = process.env.COGNITO_USER_POOL_ID ?? "";

export interface AttributeInput {
  name: string;
  value: string;
}

export const toCognitoAttributes = (attributes: readonly AttributeInput[]) =>
  attributes.map(({ name, value }) => ({ Name: name, Value: value }));
