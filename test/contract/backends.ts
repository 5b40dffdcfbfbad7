import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { startEmbeddedCognito } from "../../src/local/embedded-cognito.js";
import {
  CONTRACT_CLIENT,
  CONTRACT_POOL,
  provisionPool,
  type PoolUser,
  type ProvisionedPool,
} from "../helpers/cognito-pool.js";
import { STANDARD_SCHEMA, type WireSchemaAttribute } from "../helpers/fake-pool-schema.js";
import { aUser, FakeCognito } from "../helpers/fake-cognito.js";
import { startMoto } from "../helpers/moto.js";
import type { BackendName, ContractWorld } from "./scenarios.js";

/** A running backend: what a scenario needs of it, and the gateway's documented configuration for it. */
export interface ContractBackend extends Omit<ContractWorld, "graphqlUrl" | "admin"> {
  backend: BackendName;
  /** Only documented variables: COGNITO_USER_POOL_ID, COGNITO_CLIENT_IDS, AWS_REGION, and the overrides. */
  gatewayEnvironment: Record<string, string>;
  close(): Promise<void>;
}

/** CONTRACT_POOL's custom attributes in DescribeUserPool's shape, named as Cognito names them. */
function contractCustomAttributes(): WireSchemaAttribute[] {
  return (CONTRACT_POOL.Schema ?? []).map((attribute) => ({
    Name: `${attribute.DeveloperOnlyAttribute ? "dev:" : ""}custom:${attribute.Name ?? ""}`,
    AttributeDataType: attribute.AttributeDataType ?? "String",
    Mutable: attribute.Mutable ?? true,
    Required: attribute.Required ?? false,
    DeveloperOnlyAttribute: attribute.DeveloperOnlyAttribute ?? false,
    ...(attribute.StringAttributeConstraints
      ? { StringAttributeConstraints: { ...attribute.StringAttributeConstraints } }
      : {}),
    ...(attribute.NumberAttributeConstraints
      ? { NumberAttributeConstraints: { ...attribute.NumberAttributeConstraints } }
      : {}),
  }));
}

/** Runs every step in order, even after one fails, and rethrows the first failure. */
async function closeAll(...steps: (() => Promise<void>)[]): Promise<void> {
  let failure: unknown;
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure !== undefined) throw failure;
}

function poolParts(pool: ProvisionedPool) {
  return {
    userPoolId: pool.userPoolId,
    newUser: (options?: { admin?: boolean }) => pool.createUser(options),
  };
}

/** moto_server with the contract pool. Its tokens carry the AWS issuer; its keys are on its own host. */
export async function startMotoBackend(): Promise<ContractBackend> {
  const moto = await startMoto();
  let pool: ProvisionedPool;
  try {
    pool = await provisionPool(moto.cognito);
  } catch (error) {
    await moto.close();
    throw error;
  }
  return {
    backend: "moto",
    cognito: moto.cognito,
    ...poolParts(pool),
    gatewayEnvironment: {
      COGNITO_USER_POOL_ID: pool.userPoolId,
      COGNITO_CLIENT_IDS: pool.clientId,
      AWS_REGION: moto.region,
      COGNITO_ENDPOINT: moto.endpoint,
      // The issuer is the default (the AWS regional URL, as moto signs it); only the keys live elsewhere.
      COGNITO_JWKS_URI: moto.jwksUri(pool.userPoolId),
      AWS_ACCESS_KEY_ID: "moto",
      AWS_SECRET_ACCESS_KEY: "moto",
    },
    close: () =>
      closeAll(
        () => pool.delete(),
        () => moto.close(),
      ),
  };
}

/** The embedded cognito-local (as `npm start` runs it) with the contract pool next to its demo pool. */
export async function startCognitoLocalBackend(): Promise<ContractBackend> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "cag-contract-"));
  const embedded = await startEmbeddedCognito({ dataDir, port: 0 });
  const cognito = new CognitoIdentityProviderClient({
    endpoint: embedded.endpoint,
    region: embedded.region,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  let pool: ProvisionedPool;
  try {
    pool = await provisionPool(cognito);
  } catch (error) {
    await closeAll(
      async () => cognito.destroy(),
      () => embedded.close(),
    );
    throw error;
  }
  return {
    backend: "cognito-local",
    cognito,
    ...poolParts(pool),
    async latestCode(username) {
      return embedded.deliveries.findLast((delivery) => delivery.username === username)?.code;
    },
    gatewayEnvironment: {
      COGNITO_USER_POOL_ID: pool.userPoolId,
      COGNITO_CLIENT_IDS: pool.clientId,
      AWS_REGION: embedded.region,
      COGNITO_ENDPOINT: embedded.endpoint,
      // cognito-local signs with `<endpoint>/<pool>` and serves its keys under it.
      COGNITO_ISSUER: `${embedded.endpoint}/${pool.userPoolId}`,
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
    },
    close: () =>
      closeAll(
        () => pool.delete(),
        async () => cognito.destroy(),
        () => embedded.close(),
        () => rm(dataDir, { recursive: true, force: true }),
      ),
  };
}

/** FakeCognito, our protocol-level fake, with its token issuer; users live in its memory. */
export async function startFakeCognitoBackend(): Promise<ContractBackend> {
  const { fake, tokens } = await FakeCognito.startWithIssuer();
  // The contract pool and client, as Cognito would describe them (developer-only as `dev:custom:…`).
  fake.schemaAttributes = [...STANDARD_SCHEMA, ...contractCustomAttributes()];
  fake.appClients.set(tokens.defaultClientId, {
    ClientName: "contract-client",
    WriteAttributes: [...(CONTRACT_CLIENT.WriteAttributes ?? [])],
  });
  const cognito = new CognitoIdentityProviderClient({
    endpoint: fake.endpoint,
    region: fake.region,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
  });
  let counter = 0;
  return {
    backend: "FakeCognito",
    cognito,
    userPoolId: fake.userPoolId,
    async newUser({ admin = false } = {}): Promise<PoolUser> {
      counter += 1;
      // The gateway re-confirms admins with Cognito (ADMIN_RECHECK_SECONDS): an admin is a group member.
      const user = fake.addUser(
        aUser({
          username: `${admin ? "admin" : "user"}-contract-${counter}`,
          groups: admin ? ["admin"] : [],
        }),
      );
      const identity = { sub: user.sub, username: user.username };
      const accessToken = admin
        ? await tokens.adminAccessToken(identity)
        : await tokens.accessToken(identity);
      return { username: user.username, sub: user.sub, email: user.attributes.email ?? "", accessToken };
    },
    gatewayEnvironment: {
      COGNITO_USER_POOL_ID: fake.userPoolId,
      COGNITO_CLIENT_IDS: tokens.defaultClientId,
      AWS_REGION: fake.region,
      COGNITO_ENDPOINT: fake.endpoint,
      COGNITO_ISSUER: fake.issuer,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
    },
    close: () =>
      closeAll(
        async () => cognito.destroy(),
        () => fake.close(),
      ),
  };
}

/** Credentials and profile settings the gateway process needs to reach real Cognito, passed through. */
const AWS_CREDENTIAL_VARIABLES = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_PROFILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_CONFIG_FILE",
  "AWS_ROLE_ARN",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
];

/**
 * Real Cognito (`npm run test:aws`): a temporary contract pool in `AWS_REGION`, made with the caller's
 * credentials (standard chain) and deleted by `close()`. Never part of `npm test`: it needs an account.
 */
export async function startAwsBackend(): Promise<ContractBackend> {
  const region = process.env.AWS_REGION;
  if (!region) throw new Error("npm run test:aws needs AWS_REGION (and AWS credentials) in the environment");
  const cognito = new CognitoIdentityProviderClient({ region });
  let pool: ProvisionedPool;
  try {
    pool = await provisionPool(cognito, { namePrefix: "cag-contract-aws" });
  } catch (error) {
    cognito.destroy();
    throw error;
  }
  const credentials = Object.fromEntries(
    AWS_CREDENTIAL_VARIABLES.flatMap((name) => {
      const value = process.env[name];
      return value ? [[name, value]] : [];
    }),
  );
  return {
    backend: "Cognito",
    cognito,
    ...poolParts(pool),
    gatewayEnvironment: {
      COGNITO_USER_POOL_ID: pool.userPoolId,
      COGNITO_CLIENT_IDS: pool.clientId,
      AWS_REGION: region,
      ...credentials,
      // Instance and container roles come from the metadata endpoint, which spawnGateway turns off.
      AWS_EC2_METADATA_DISABLED: process.env.AWS_EC2_METADATA_DISABLED ?? "false",
    },
    close: () =>
      closeAll(
        () => pool.delete(),
        async () => cognito.destroy(),
      ),
  };
}
