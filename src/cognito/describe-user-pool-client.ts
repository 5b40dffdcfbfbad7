import { DescribeUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./call.js";
import type { CognitoExceptionName } from "./errors.js";
import type { CognitoDeps } from "./types.js";

/**
 * The 6 exceptions Cognito documents for DescribeUserPoolClient:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPoolClient.html#API_DescribeUserPoolClient_Errors
 */
export const DESCRIBE_USER_POOL_CLIENT_EXCEPTIONS = [
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
] as const satisfies readonly CognitoExceptionName[];

/** An app client's attribute permissions, as its access tokens are held to them (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html). */
export interface UserPoolClientDescription {
  clientId: string;
  clientName: string | undefined;
  /** `ReadAttributes`; undefined when the client has none set (Cognito's default then applies). */
  readAttributes: string[] | undefined;
  /** `WriteAttributes`; undefined when the client has none set (Cognito's default then applies). */
  writeAttributes: string[] | undefined;
}

/** Reads one app client's settings with the gateway's IAM credentials. The client secret is not kept. */
export async function describeUserPoolClient(
  deps: CognitoDeps,
  input: { userPoolId: string; clientId: string },
): Promise<UserPoolClientDescription> {
  const { UserPoolClient: client } = await callCognito(
    deps,
    { operation: "DescribeUserPoolClient", documented: DESCRIBE_USER_POOL_CLIENT_EXCEPTIONS },
    new DescribeUserPoolClientCommand({ UserPoolId: input.userPoolId, ClientId: input.clientId }),
  );
  return {
    clientId: input.clientId,
    clientName: client?.ClientName,
    // An empty list reads as "not set": Cognito returns the lists only when a custom set was given.
    readAttributes: client?.ReadAttributes?.length ? [...client.ReadAttributes] : undefined,
    writeAttributes: client?.WriteAttributes?.length ? [...client.WriteAttributes] : undefined,
  };
}
