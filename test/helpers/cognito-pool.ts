import { randomUUID } from "node:crypto";
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  type CreateUserPoolCommandInput,
  DeleteUserPoolCommand,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";

/**
 * The pool every SDK-provisioned contract backend gets (moto, cognito-local, real Cognito): sign-in by
 * username with `email` as an alias, email verified by code and kept at its old value until verified.
 * Pool rules (immutable, developer-only, constrained attributes) are added here, once for all backends.
 */
export const CONTRACT_POOL: Omit<CreateUserPoolCommandInput, "PoolName"> = {
  AliasAttributes: ["email"],
  AutoVerifiedAttributes: ["email"],
  UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] },
  Schema: [
    { Name: "department", AttributeDataType: "String", Mutable: true },
    // One attribute per pool rule the gateway enforces from DescribeUserPool (test/contract/scenarios.ts).
    { Name: "tenant", AttributeDataType: "String", Mutable: false },
    {
      Name: "code",
      AttributeDataType: "String",
      Mutable: true,
      StringAttributeConstraints: { MinLength: "0", MaxLength: "8" },
    },
    {
      Name: "level",
      AttributeDataType: "Number",
      Mutable: true,
      NumberAttributeConstraints: { MinValue: "1", MaxValue: "5" },
    },
    { Name: "clearance", AttributeDataType: "String", Mutable: true, DeveloperOnlyAttribute: true },
  ],
  // Deleted right after the run; protection would make the cleanup fail.
  DeletionProtection: "INACTIVE",
};

/** The app client of the contract pool: no secret, password sign-in, explicit read and write sets. */
export const CONTRACT_CLIENT: Omit<CreateUserPoolClientCommandInput, "UserPoolId" | "ClientName"> = {
  GenerateSecret: false,
  ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
  // custom:level and custom:code are left out: only the admin path may write them.
  WriteAttributes: ["email", "given_name", "family_name", "nickname", "locale", "custom:department"],
  ReadAttributes: [
    "email",
    "email_verified",
    "given_name",
    "family_name",
    "nickname",
    "locale",
    "custom:department",
  ],
};

/** The group whose members the gateway treats as admins (its `ADMIN_GROUP` default). */
export const CONTRACT_ADMIN_GROUP = "admin";

/** Meets every default password policy (Cognito's, moto's and cognito-local's). */
const PASSWORD = "Passw0rd!contract";

export interface PoolUser {
  username: string;
  sub: string;
  email: string;
  /** A real access token from signing in with the password. */
  accessToken: string;
}

/** A temporary pool with its app client and admin group, made through the SDK. */
export interface ProvisionedPool {
  userPoolId: string;
  clientId: string;
  /** A confirmed user with a verified email and a permanent password, signed in. */
  createUser(options?: { admin?: boolean }): Promise<PoolUser>;
  /** Signs `username` in again (USER_PASSWORD_AUTH) and returns the access token. */
  signIn(username: string): Promise<string>;
  /** Deletes the pool, its client, group and users. Idempotent. */
  delete(): Promise<void>;
}

export interface ProvisionOptions {
  /** Prefix of the pool's name; a random suffix is added, so leftovers are recognisable. Default `cag-contract`. */
  namePrefix?: string;
  /**
   * Called between the creation steps, for tests of the cleanup: a throw there must still delete the
   * pool. `step` is `"pool"`, `"client"` or `"group"`, the step just done.
   */
  afterStep?: (step: "pool" | "client" | "group") => void | Promise<void>;
}

function accessTokenOf(username: string, token: string | undefined): string {
  if (!token) throw new Error(`signing in ${username} returned no access token`);
  return token;
}

/** The `sub` claim of an access token (read, not verified: it was just issued to us). */
function subOf(accessToken: string): string {
  const payload = accessToken.split(".")[1] ?? "";
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { sub?: unknown };
  if (typeof claims.sub !== "string") throw new Error("the access token has no sub");
  return claims.sub;
}

/**
 * Creates the contract pool, client and admin group. If any step fails, the pool is deleted before
 * the error is rethrown, so a failed provisioning leaves nothing behind in the account.
 */
export async function provisionPool(
  cognito: CognitoIdentityProviderClient,
  options: ProvisionOptions = {},
): Promise<ProvisionedPool> {
  const name = `${options.namePrefix ?? "cag-contract"}-${randomUUID().slice(0, 8)}`;
  const created = await cognito.send(new CreateUserPoolCommand({ ...CONTRACT_POOL, PoolName: name }));
  const userPoolId = created.UserPool?.Id;
  if (!userPoolId) throw new Error("CreateUserPool returned no pool id");

  let deleted: Promise<void> | undefined;
  const deletePool = () => {
    deleted ??= cognito.send(new DeleteUserPoolCommand({ UserPoolId: userPoolId })).then(() => undefined);
    return deleted;
  };

  let clientId: string;
  try {
    await options.afterStep?.("pool");
    const client = await cognito.send(
      new CreateUserPoolClientCommand({ ...CONTRACT_CLIENT, UserPoolId: userPoolId, ClientName: name }),
    );
    if (!client.UserPoolClient?.ClientId) throw new Error("CreateUserPoolClient returned no client id");
    clientId = client.UserPoolClient.ClientId;
    await options.afterStep?.("client");
    await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: CONTRACT_ADMIN_GROUP }));
    await options.afterStep?.("group");
  } catch (error) {
    await deletePool();
    throw error;
  }

  const signIn = async (username: string): Promise<string> => {
    const answer = await cognito.send(
      new InitiateAuthCommand({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: clientId,
        AuthParameters: { USERNAME: username, PASSWORD: PASSWORD },
      }),
    );
    return accessTokenOf(username, answer.AuthenticationResult?.AccessToken);
  };

  return {
    userPoolId,
    clientId,
    signIn,
    async createUser({ admin = false } = {}) {
      const username = `${admin ? "admin" : "user"}-${randomUUID().slice(0, 8)}`;
      const email = `${username}@example.com`;
      await cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: username,
          MessageAction: "SUPPRESS",
          UserAttributes: [
            { Name: "email", Value: email },
            { Name: "email_verified", Value: "true" },
          ],
        }),
      );
      await cognito.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: userPoolId,
          Username: username,
          Password: PASSWORD,
          Permanent: true,
        }),
      );
      if (admin) {
        await cognito.send(
          new AdminAddUserToGroupCommand({
            UserPoolId: userPoolId,
            Username: username,
            GroupName: CONTRACT_ADMIN_GROUP,
          }),
        );
      }
      const accessToken = await signIn(username);
      return { username, sub: subOf(accessToken), email, accessToken };
    },
    delete: deletePool,
  };
}

/** Provisions a pool, runs `work` with it and deletes the pool afterwards, whether `work` succeeded or not. */
export async function withProvisionedPool<T>(
  cognito: CognitoIdentityProviderClient,
  work: (pool: ProvisionedPool) => Promise<T>,
  options: ProvisionOptions = {},
): Promise<T> {
  const pool = await provisionPool(cognito, options);
  try {
    return await work(pool);
  } finally {
    await pool.delete();
  }
}
