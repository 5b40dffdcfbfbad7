/**
 * Sign-in as a browser app does it: amazon-cognito-identity-js against the user pool's app client
 * (no secret), USER_PASSWORD_AUTH. The access token is what the gateway takes as
 * `Authorization: Bearer …`; the ID token is not accepted.
 */
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from "amazon-cognito-identity-js";

export interface UserPoolSettings {
  userPoolId: string;
  clientId: string;
  /** Cognito's endpoint; set for the embedded local Cognito, leave unset for AWS. */
  endpoint: string | undefined;
}

/** Signs `username` in and resolves to their access token. */
export function signIn(pool: UserPoolSettings, username: string, password: string): Promise<string> {
  const userPool = new CognitoUserPool({
    UserPoolId: pool.userPoolId,
    ClientId: pool.clientId,
    ...(pool.endpoint ? { endpoint: pool.endpoint } : {}),
  });
  const user = new CognitoUser({ Username: username, Pool: userPool });
  // The library's default is SRP; the demo app client (like many) allows USER_PASSWORD_AUTH.
  user.setAuthenticationFlowType("USER_PASSWORD_AUTH");
  return new Promise((resolve, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: (session) => resolve(session.getAccessToken().getJwtToken()),
      onFailure: (error: Error) => reject(new Error(`sign-in of ${username} failed: ${error.message}`)),
      newPasswordRequired: () => reject(new Error(`sign-in of ${username} needs a new password first`)),
    });
  });
}
