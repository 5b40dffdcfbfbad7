import { describe, expect, it, vi } from "vitest";
import { createLogger } from "../../../src/logger.js";
import { createPoolContractStore } from "../../../src/pool/pool-contract-store.js";
import { type FakeBackend, useFakeBackend } from "../../helpers/fake-backend.js";
import { cognitoDepsFor } from "../../helpers/fake-cognito-deps.js";
import { LogSink } from "../../helpers/gateway.js";

const OTHER_POOL = "us-east-1_Deleted99";

describe("the pool contract store, against a FakeCognito over HTTP", () => {
  let world: FakeBackend;
  useFakeBackend((started) => {
    world = started;
  });

  function storeFor(userPoolIds: string[] = []) {
    const logs = new LogSink();
    const loads: [string, string][] = [];
    const store = createPoolContractStore({
      cognito: cognitoDepsFor(world.fake),
      defaultUserPoolId: world.fake.userPoolId,
      userPoolIds: [world.fake.userPoolId, ...userPoolIds],
      clientIds: world.backend.clientIds,
      refreshSeconds: 300,
      logger: createLogger({ level: "info", destination: logs.stream }),
      onLoad: (userPoolId, outcome) => loads.push([userPoolId, outcome]),
    });
    return { store, logs, loads };
  }

  it("reads the pool's schema and each configured app client's WriteAttributes", async () => {
    world.fake.appClients.set(world.backend.clientIds[0] as string, {
      ClientName: "web",
      WriteAttributes: ["given_name", "custom:department"],
    });
    const { store, loads } = storeFor();

    await store.refresh();

    const contract = store.get(world.fake.userPoolId);
    expect(store.defaultPoolLoaded).toBe(true);
    expect(contract?.attributes.get("custom:department")).toMatchObject({ type: "String", maxLength: 256 });
    expect(contract?.attributes.get("sub")).toMatchObject({ mutable: false, required: true });
    expect([...(contract?.clients.get(world.backend.clientIds[0] as string)?.writable ?? [])]).toEqual([
      "given_name",
      "custom:department",
    ]);
    expect(loads).toEqual([[world.fake.userPoolId, "ok"]]);
    expect(world.fake.requestsFor("DescribeUserPoolClient").map((request) => request.body.ClientId)).toEqual(
      world.backend.clientIds,
    );
  });

  it.each([
    ["DescribeUserPool", "cognito-idp:DescribeUserPool"],
    ["DescribeUserPoolClient", "cognito-idp:DescribeUserPoolClient"],
  ])("stays unloaded when %s is denied, naming the IAM action in one log line", async (operation, action) => {
    world.fake.fail(
      operation,
      "AccessDeniedException",
      "User: arn:aws:sts::1:assumed-role/x is not authorized",
    );
    const { store, logs, loads } = storeFor();

    await store.refresh();

    expect(store.defaultPoolLoaded).toBe(false);
    expect(loads).toEqual([[world.fake.userPoolId, "failed"]]);
    const lines = logs.lines.filter((line) => line.level === 50);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ action, error: "AccessDeniedException", keptLastGood: false });
    expect(String(lines[0]?.msg)).toContain(`grant the gateway's IAM identity ${action}`);
  });

  it("keeps the last good contract when a refresh fails, and logs and counts the failure", async () => {
    const { store, logs, loads } = storeFor();
    await store.refresh();
    const loaded = store.get(world.fake.userPoolId);

    world.fake.fail("DescribeUserPool", "InternalErrorException", "boom");
    await store.refresh();

    expect(store.get(world.fake.userPoolId)).toBe(loaded);
    expect(loads).toEqual([
      [world.fake.userPoolId, "ok"],
      [world.fake.userPoolId, "failed"],
    ]);
    expect(logs.lines.at(-1)).toMatchObject({ keptLastGood: true, error: "InternalErrorException" });
  });

  it("picks up a changed schema on refresh", async () => {
    const { store } = storeFor();
    await store.refresh();
    expect(store.get(world.fake.userPoolId)?.attributes.has("custom:added")).toBe(false);

    world.fake.schemaAttributes.push({
      Name: "custom:added",
      AttributeDataType: "String",
      Mutable: true,
      Required: false,
      DeveloperOnlyAttribute: false,
    });
    await store.refresh();

    expect(store.get(world.fake.userPoolId)?.attributes.has("custom:added")).toBe(true);
  });

  it("marks an allow-listed pool Cognito does not know as missing", async () => {
    const { store } = storeFor([OTHER_POOL]);

    await store.refresh();

    expect(store.isMissing(OTHER_POOL)).toBe(true);
    expect(store.get(OTHER_POOL)).toBeUndefined();
    expect(store.isMissing(world.fake.userPoolId)).toBe(false);
    // Only the default pool's app clients are read: the user path works on the default pool only.
    expect(
      world.fake
        .requestsFor("DescribeUserPoolClient")
        .every((r) => r.body.UserPoolId === world.fake.userPoolId),
    ).toBe(true);
  });

  it("retries the first load within seconds instead of waiting for the refresh period", async () => {
    world.fake.once("DescribeUserPool", { kind: "fail", type: "InternalErrorException", message: "not yet" });
    const { store } = storeFor();

    await store.start();
    try {
      expect(store.defaultPoolLoaded).toBe(false);
      await vi.waitFor(() => expect(store.defaultPoolLoaded).toBe(true), { timeout: 5_000, interval: 50 });
    } finally {
      store.stop();
    }
  });
});
