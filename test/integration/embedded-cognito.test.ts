import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_PASSWORD,
  DEMO_POOL_NAME,
  type EmbeddedCognito,
  startEmbeddedCognito,
} from "../../src/local/embedded-cognito.js";

const tempDirs: string[] = [];
async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "embedded-cognito-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function recordingLogger() {
  const warnings: { obj: object; msg: string | undefined }[] = [];
  return { warnings, info: () => {}, warn: (obj: object, msg?: string) => warnings.push({ obj, msg }) };
}

function sdkClient(cognito: EmbeddedCognito): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: cognito.endpoint,
    region: cognito.region,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
}

async function attributesOf(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
  username: string,
): Promise<Record<string, string | undefined>> {
  const user = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
  return Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
}

describe("embedded Cognito", () => {
  let cognito: EmbeddedCognito;
  let client: CognitoIdentityProviderClient;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    cognito = await startEmbeddedCognito({ dataDir, port: 0, logger: recordingLogger() });
    client = sdkClient(cognito);
  });
  afterAll(async () => {
    client?.destroy();
    await cognito?.close();
  });

  it("seeds the demo pool and users, found by username, verified email alias and sub", async () => {
    expect(cognito.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { UserPool: pool } = await client.send(
      new DescribeUserPoolCommand({ UserPoolId: cognito.userPoolId }),
    );
    expect(pool?.Name).toBe(DEMO_POOL_NAME);
    expect(pool?.AliasAttributes).toEqual(["email"]);
    expect(pool?.UsernameAttributes ?? []).toEqual([]);
    const schema = Object.fromEntries((pool?.SchemaAttributes ?? []).map((a) => [a.Name, a]));
    expect(schema["custom:department"]).toMatchObject({
      Mutable: true,
      StringAttributeConstraints: { MaxLength: "64" },
    });
    expect(schema["custom:tenant"]).toMatchObject({ Mutable: false });

    const alice = await attributesOf(client, cognito.userPoolId, "alice");
    expect(alice).toMatchObject({
      email: "alice@example.com",
      email_verified: "true",
      "custom:department": "engineering",
      "custom:tenant": "demo",
    });
    for (const key of ["alice@example.com", alice.sub ?? "no sub"]) {
      const byAlias = await client.send(
        new AdminGetUserCommand({ UserPoolId: cognito.userPoolId, Username: key }),
      );
      expect(byAlias.Username).toBe("alice");
    }
    const { Groups: groups } = await client.send(
      new AdminListGroupsForUserCommand({ UserPoolId: cognito.userPoolId, Username: "admin" }),
    );
    expect(groups?.map((g) => g.GroupName)).toEqual(["admin"]);
    expect(cognito.demoUsers.admin).toEqual({
      username: "admin",
      password: DEMO_PASSWORD,
      email: "admin@example.com",
      groups: ["admin"],
    });
  });

  it("issues access tokens whose issuer matches and that verify against the JWKS served over HTTP", async () => {
    const { admin } = cognito.demoUsers;
    const { accessToken } = await cognito.signIn(admin.username, admin.password);
    const jwks = createRemoteJWKSet(new URL(`${cognito.issuer}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(accessToken, jwks, { issuer: cognito.issuer });
    expect(payload).toMatchObject({
      token_use: "access",
      client_id: cognito.clientId,
      "cognito:groups": ["admin"],
    });

    const byEmail = await cognito.signIn("alice@example.com", DEMO_PASSWORD);
    expect((await jwtVerify(byEmail.accessToken, jwks, { issuer: cognito.issuer })).payload.username).toBe(
      "alice",
    );
  });

  it("creates users with a permanent password and their groups, who can sign in", async () => {
    const created = await cognito.createUser({
      username: "bob",
      attributes: { email: "bob@example.com", email_verified: "true", "custom:tenant": "acme" },
      groups: ["editors"],
    });
    expect(created).toEqual({ username: "bob", sub: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const { accessToken } = await cognito.signIn("bob", DEMO_PASSWORD);
    const payload = JSON.parse(Buffer.from(accessToken.split(".")[1] ?? "", "base64url").toString());
    expect(payload).toMatchObject({ sub: created.sub, "cognito:groups": ["editors"] });
  });

  it("leaves every store file valid JSON after 20 concurrent AdminUpdateUserAttributes", async () => {
    await cognito.createUser({ username: "storm", attributes: { "custom:department": "start" } });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: cognito.userPoolId,
            Username: "storm",
            UserAttributes: [{ Name: "custom:department", Value: `department-${i}` }],
          }),
        ),
      ),
    );

    const dbDir = path.join(dataDir, "db");
    const files = await readdir(dbDir);
    expect(files.filter((f) => !f.endsWith(".json"))).toEqual([]); // no temp file left behind
    const stores = await Promise.all(
      files.map(async (f) => JSON.parse(await readFile(path.join(dbDir, f), "utf8"))),
    );
    const pool = stores[files.indexOf(`${cognito.userPoolId}.json`)];
    const onDisk = pool.Users.storm.Attributes.find((a: { Name: string }) => a.Name === "custom:department");
    const served = (await attributesOf(client, cognito.userPoolId, "storm"))["custom:department"];
    expect(served).toMatch(/^department-\d+$/);
    expect(onDisk.Value).toBe(served); // the last write won on disk too
  });

  it("captures the code sent when a user changes their email, in memory and in deliveries.jsonl", async () => {
    await cognito.createUser({
      username: "carol",
      attributes: { email: "carol@example.com", email_verified: "true" },
    });
    const { accessToken } = await cognito.signIn("carol", DEMO_PASSWORD);
    const before = cognito.deliveries.length;
    const { CodeDeliveryDetailsList: details } = await client.send(
      new UpdateUserAttributesCommand({
        AccessToken: accessToken,
        UserAttributes: [{ Name: "email", Value: "carol.new@example.com" }],
      }),
    );
    expect(details).toEqual([
      { AttributeName: "email", DeliveryMedium: "EMAIL", Destination: "carol.new@example.com" },
    ]);

    expect(cognito.deliveries).toHaveLength(before + 1);
    const delivery = cognito.deliveries.at(-1);
    expect(delivery).toMatchObject({
      username: "carol",
      destination: "carol.new@example.com",
      medium: "EMAIL",
      code: expect.stringMatching(/^\d+$/),
    });
    const lines = (await readFile(path.join(dataDir, "deliveries.jsonl"), "utf8")).trim().split("\n");
    expect(JSON.parse(lines.at(-1) ?? "null")).toEqual(delivery);

    await client.send(
      new VerifyUserAttributeCommand({
        AccessToken: accessToken,
        AttributeName: "email",
        Code: delivery?.code,
      }),
    );
    expect(await attributesOf(client, cognito.userPoolId, "carol")).toMatchObject({
      email: "carol.new@example.com",
      email_verified: "true",
    });
  });

  it("never loads aws-sdk v2, so its end-of-support NOTE is never printed", () => {
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(loaded.some((file) => file.includes("cognito-local"))).toBe(true);
    expect(loaded.filter((file) => /[\\/]node_modules[\\/]aws-sdk[\\/]lib[\\/]/.test(file))).toEqual([]);
  });
});

describe("embedded Cognito restarts", () => {
  it("keeps the pool, client and attribute changes across a close and restart on the same dataDir", async () => {
    const dataDir = await tempDataDir();
    const first = await startEmbeddedCognito({ dataDir, port: 0, logger: recordingLogger() });
    const firstClient = sdkClient(first);
    await firstClient.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: first.userPoolId,
        Username: "alice",
        UserAttributes: [{ Name: "custom:department", Value: "research" }],
      }),
    );
    firstClient.destroy();
    await first.close();

    const second = await startEmbeddedCognito({ dataDir, port: 0, logger: recordingLogger() });
    const client = sdkClient(second);
    try {
      expect({ userPoolId: second.userPoolId, clientId: second.clientId }).toEqual({
        userPoolId: first.userPoolId,
        clientId: first.clientId,
      });
      expect(await attributesOf(client, second.userPoolId, "alice")).toMatchObject({
        "custom:department": "research",
      });
      const { UserPools: pools } = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
      expect(pools?.filter((p) => p.Name === DEMO_POOL_NAME)).toHaveLength(1);
      await expect(second.signIn("admin", DEMO_PASSWORD)).resolves.toHaveProperty("accessToken");
    } finally {
      client.destroy();
      await second.close();
    }
  });

  it("moves a corrupt pool file aside, warns, and starts with a freshly seeded demo pool", async () => {
    const dataDir = await tempDataDir();
    const first = await startEmbeddedCognito({ dataDir, port: 0 });
    await first.close();
    const poolFile = path.join(dataDir, "db", `${first.userPoolId}.json`);
    await writeFile(poolFile, '{ "Users": { "alice": {');

    const logger = recordingLogger();
    const second = await startEmbeddedCognito({ dataDir, port: 0, logger });
    try {
      const files = await readdir(path.join(dataDir, "db"));
      expect(files.filter((f) => f.startsWith(`${first.userPoolId}.json.corrupt-`))).toHaveLength(1);
      expect(files).not.toContain(`${first.userPoolId}.json`);
      expect(logger.warnings).toEqual([
        expect.objectContaining({ obj: expect.objectContaining({ file: poolFile }) }),
      ]);
      expect(second.userPoolId).not.toBe(first.userPoolId);
      await expect(second.signIn("alice", DEMO_PASSWORD)).resolves.toHaveProperty("accessToken");
    } finally {
      await second.close();
    }
  });
});
