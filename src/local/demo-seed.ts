import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  GetGroupCommand,
  AddCustomAttributesCommand,
  DescribeUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  type SchemaAttributeType,
  UpdateUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { STANDARD_WRITABLE_ATTRIBUTES } from "../pool/pool-contract.js";
import type { DemoUser } from "./embedded-cognito.js";

/** The password of every demo user, and the default of `createUser`. Local use only: the README states it. */
export const DEMO_PASSWORD = "Passw0rd!demo";
export const DEMO_POOL_NAME = "cognito-attributes-gateway-demo";
export const DEMO_CLIENT_NAME = "cognito-attributes-gateway-demo-client";
export const ADMIN_GROUP = "admin";

interface DemoUserSeed extends DemoUser {
  attributes: Record<string, string>;
}

const DEMO_USERS = {
  admin: {
    username: "admin",
    password: DEMO_PASSWORD,
    email: "admin@example.com",
    groups: [ADMIN_GROUP],
    attributes: { email: "admin@example.com", email_verified: "true", "custom:tenant": "demo" },
  },
  alice: {
    username: "alice",
    password: DEMO_PASSWORD,
    email: "alice@example.com",
    groups: [],
    attributes: {
      email: "alice@example.com",
      email_verified: "true",
      "custom:department": "engineering",
      "custom:tenant": "demo",
      "custom:employee_id": "1042",
    },
  },
} satisfies Record<string, DemoUserSeed>;

export interface UserInput {
  username: string;
  password?: string;
  attributes?: Record<string, string>;
  groups?: string[];
}

const hasName = (error: unknown, name: string): boolean => error instanceof Error && error.name === name;

/**
 * Sends Cognito admin calls against one pool. Groups are created on first use, once per process:
 * cognito-local's CreateGroup overwrites an existing group, members included, so two callers racing to
 * create the same group would lose a membership.
 */
export class PoolAdmin {
  readonly #groups = new Map<string, Promise<void>>();

  constructor(
    private readonly client: CognitoIdentityProviderClient,
    readonly userPoolId: string,
  ) {}

  ensureGroup(groupName: string): Promise<void> {
    let ensured = this.#groups.get(groupName);
    if (!ensured) {
      ensured = this.#createGroupIfMissing(groupName);
      ensured.catch(() => this.#groups.delete(groupName)); // let a later call retry
      this.#groups.set(groupName, ensured);
    }
    return ensured;
  }

  async addToGroups(username: string, groups: readonly string[]): Promise<void> {
    for (const GroupName of groups) {
      await this.ensureGroup(GroupName);
      // Idempotent on cognito-local: a member is not added twice.
      await this.client.send(
        new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: username, GroupName }),
      );
    }
  }

  /** AdminCreateUser (no welcome message), AdminSetUserPassword (permanent), then the groups. */
  async createUser(input: UserInput): Promise<{ username: string; sub: string }> {
    const { User: user } = await this.client.send(
      new AdminCreateUserCommand({
        UserPoolId: this.userPoolId,
        Username: input.username,
        MessageAction: "SUPPRESS",
        UserAttributes: Object.entries(input.attributes ?? {}).map(([Name, Value]) => ({ Name, Value })),
      }),
    );
    const username = user?.Username ?? input.username;
    const sub = user?.Attributes?.find((a) => a.Name === "sub")?.Value;
    if (!sub) throw new Error(`AdminCreateUser returned no sub for ${input.username}`);
    await this.client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: this.userPoolId,
        Username: username,
        Password: input.password ?? DEMO_PASSWORD,
        Permanent: true,
      }),
    );
    await this.addToGroups(username, input.groups ?? []);
    return { username, sub };
  }

  async userExists(username: string): Promise<boolean> {
    try {
      await this.client.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: username }));
      return true;
    } catch (error) {
      if (hasName(error, "UserNotFoundException")) return false;
      throw error;
    }
  }

  async #createGroupIfMissing(GroupName: string): Promise<void> {
    try {
      await this.client.send(new GetGroupCommand({ UserPoolId: this.userPoolId, GroupName }));
    } catch (error) {
      if (!hasName(error, "ResourceNotFoundException")) throw error;
      await this.client.send(new CreateGroupCommand({ UserPoolId: this.userPoolId, GroupName }));
    }
  }
}

/**
 * The demo pool's custom attributes, one for each rule the gateway enforces from a pool's schema, so
 * each can be tried locally (README, "The pool's contract"):
 * - `department`: a String of at most 64 characters, which users may write;
 * - `tenant`: immutable, set only when a user is created;
 * - `employee_id`: a Number from 1 to 999999, left out of the demo client's WriteAttributes, so
 *   only the admin path may write it;
 * - `clearance`: developer-only (the admin path only, whatever the client allows).
 */
const DEMO_CUSTOM_ATTRIBUTES: SchemaAttributeType[] = [
  {
    Name: "department",
    AttributeDataType: "String",
    Mutable: true,
    StringAttributeConstraints: { MinLength: "0", MaxLength: "64" },
  },
  { Name: "tenant", AttributeDataType: "String", Mutable: false },
  {
    Name: "employee_id",
    AttributeDataType: "Number",
    Mutable: true,
    NumberAttributeConstraints: { MinValue: "1", MaxValue: "999999" },
  },
  { Name: "clearance", AttributeDataType: "String", Mutable: true, DeveloperOnlyAttribute: true },
];

/** What the demo client's tokens may write: the standard attributes and `custom:department`. */
export const DEMO_CLIENT_WRITE_ATTRIBUTES: readonly string[] = [
  ...STANDARD_WRITABLE_ATTRIBUTES,
  "custom:department",
];

/** Adds the demo attributes a pool created by an earlier version lacks (its data directory is kept). */
async function addMissingCustomAttributes(client: CognitoIdentityProviderClient, userPoolId: string) {
  const { UserPool: pool } = await client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
  const present = new Set((pool?.SchemaAttributes ?? []).map((attribute) => attribute.Name));
  const missing = DEMO_CUSTOM_ATTRIBUTES.filter(
    (attribute) => !present.has(`custom:${attribute.Name}`) && !present.has(`dev:custom:${attribute.Name}`),
  );
  if (missing.length > 0) {
    await client.send(new AddCustomAttributesCommand({ UserPoolId: userPoolId, CustomAttributes: missing }));
  }
}

async function ensureUserPool(client: CognitoIdentityProviderClient): Promise<string> {
  const { UserPools: pools = [] } = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  const existing = pools.find((pool) => pool.Name === DEMO_POOL_NAME)?.Id;
  if (existing) {
    await addMissingCustomAttributes(client, existing);
    return existing;
  }
  const { UserPool: pool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: DEMO_POOL_NAME,
      // Username sign-in, email as an alias. UsernameAttributes stays unset: cognito-local's config
      // default of [] keeps it empty (its shipped default ["email"] would win the merge otherwise).
      AliasAttributes: ["email"],
      AutoVerifiedAttributes: ["email"],
      Schema: DEMO_CUSTOM_ATTRIBUTES,
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: [] },
    }),
  );
  if (!pool?.Id) throw new Error("CreateUserPool returned no pool id");
  return pool.Id;
}

async function ensureAppClient(client: CognitoIdentityProviderClient, userPoolId: string): Promise<string> {
  const { UserPoolClients: clients = [] } = await client.send(
    new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
  );
  const existing = clients.find((c) => c.ClientName === DEMO_CLIENT_NAME)?.ClientId;
  if (existing) {
    // A client from an earlier version may lack the WriteAttributes; cognito-local keeps every
    // field the update does not name.
    await client.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientId: existing,
        WriteAttributes: [...DEMO_CLIENT_WRITE_ATTRIBUTES],
      }),
    );
    return existing;
  }
  const { UserPoolClient: created } = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: DEMO_CLIENT_NAME,
      GenerateSecret: false,
      ExplicitAuthFlows: [
        "ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_ADMIN_USER_PASSWORD_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH",
      ],
      WriteAttributes: [...DEMO_CLIENT_WRITE_ATTRIBUTES],
    }),
  );
  if (!created?.ClientId) throw new Error("CreateUserPoolClient returned no client id");
  return created.ClientId;
}

export interface SeededDemo {
  userPoolId: string;
  clientId: string;
  admin: PoolAdmin;
  demoUsers: { admin: DemoUser; alice: DemoUser };
}

/**
 * Creates whatever of the demo pool, app client, `admin` group and demo users is missing, through the
 * emulator's HTTP API. Existing users are left as they are (a developer's attribute changes survive a
 * restart); only their demo group memberships are restored.
 */
export async function seedDemo(client: CognitoIdentityProviderClient): Promise<SeededDemo> {
  const userPoolId = await ensureUserPool(client);
  const clientId = await ensureAppClient(client, userPoolId);
  const admin = new PoolAdmin(client, userPoolId);
  await admin.ensureGroup(ADMIN_GROUP);
  for (const user of Object.values(DEMO_USERS)) {
    if (await admin.userExists(user.username)) {
      await admin.addToGroups(user.username, user.groups);
    } else {
      await admin.createUser(user);
    }
  }
  const toDemoUser = ({ username, password, email, groups }: DemoUserSeed): DemoUser => ({
    username,
    password,
    email,
    groups: [...groups],
  });
  return {
    userPoolId,
    clientId,
    admin,
    demoUsers: { admin: toDemoUser(DEMO_USERS.admin), alice: toDemoUser(DEMO_USERS.alice) },
  };
}
