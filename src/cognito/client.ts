import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";

/** Static keys for an emulator; real deployments leave credentials to the standard AWS chain. */
type StaticCredentials = { accessKeyId: string; secretAccessKey: string };

export interface CognitoClientOptions {
  region: string;
  /** Overrides the regional endpoint (emulator, fake). */
  endpoint: string | undefined;
  /** Fixed credentials for an emulator; undefined means the standard AWS credential chain. */
  credentials: StaticCredentials | undefined;
}

/**
 * The one SDK client of the process. Admin operations are SigV4-signed with the gateway's credentials;
 * the token-authorized operations (UpdateUserAttributes, GetUser) are modelled `noAuth`, so the same
 * client sends them unsigned with only the caller's access token in the body.
 */
export function createCognitoClient(options: CognitoClientOptions): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
}
