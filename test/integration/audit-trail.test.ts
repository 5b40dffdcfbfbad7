import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AuditRecord, AuditSink } from "../../src/audit.js";
import { graphql } from "../generated/index.js";
import { startFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, FakeCognitoException, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors, type GraphQLResponse } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

const AdminUpdate = graphql(`
  mutation AuditTrail_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
      }
    }
  }
`);

const AdminDelete = graphql(`
  mutation AuditTrail_AdminDelete($input: AdminDeleteUserAttributesInput!) {
    adminDeleteUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
      }
    }
  }
`);

const BulkUpdate = graphql(`
  mutation AuditTrail_BulkUpdate($input: AdminUpdateUsersAttributesInput!) {
    adminUpdateUsersAttributes(input: $input) {
      __typename
      ... on AdminUpdateUsersAttributesSuccess {
        results {
          __typename
        }
      }
    }
  }
`);

const UpdateMine = graphql(`
  mutation AuditTrail_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
    }
  }
`);

const DeleteMine = graphql(`
  mutation AuditTrail_DeleteMine($input: DeleteMyAttributesInput!) {
    deleteMyAttributes(input: $input) {
      __typename
    }
  }
`);

const VerifyMine = graphql(`
  mutation AuditTrail_VerifyMine($input: VerifyMyAttributeInput!) {
    verifyMyAttribute(input: $input) {
      __typename
    }
  }
`);

/** Values no attribute name or id could contain, so finding one in a record means a value leaked. */
const SECRET_VALUES = ["Zephyrine-4417", "finance-9c2e", "meta-secret-77ab", "bulk-value-5d13"];

/** The machine (client-credentials) app client, allowed next to the user client. */
const MACHINE_CLIENT_ID = "machineclient1";
const ADMIN_SCOPE = "gateway/admin";

/** A sink that keeps every record, as a test double for a SIEM or an audit table. */
function capturingSink(): AuditSink & { records: AuditRecord[] } {
  const records: AuditRecord[] = [];
  return {
    records,
    record(entry) {
      records.push(entry);
    },
  };
}

function requestIdOf(response: GraphQLResponse<unknown>): string {
  const requestId = response.headers.get("x-request-id");
  expect(requestId).toBeTruthy();
  return requestId as string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The two records one admin write leaves, attempt first: the same write (attempt id, ids, target,
 * names), the outcome naming how it ended.
 */
function expectAttemptAndOutcome(
  records: AuditRecord[],
  expected: Omit<AuditRecord, "event" | "outcome" | "attemptId" | "at" | "gatewayRequestId"> & {
    outcome: AuditRecord["outcome"];
  },
): void {
  const { outcome, ...write } = expected;
  const mine = records.filter((record) => record.username === write.username);
  expect(mine).toEqual([
    {
      ...write,
      event: "attempt",
      attemptId: expect.stringMatching(UUID),
      gatewayRequestId: expect.stringMatching(UUID),
      at: expect.any(String),
    },
    {
      ...write,
      event: "outcome",
      outcome,
      attemptId: mine[0]?.attemptId,
      gatewayRequestId: mine[0]?.gatewayRequestId,
      at: expect.any(String),
    },
  ]);
}

/** An ISO 8601 timestamp (as `Date#toISOString` writes it) taken while the request ran. */
function expectIsoTimeWithin(at: string, startedAt: number, endedAt: number): void {
  expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(new Date(at).toISOString()).toBe(at);
  expect(Date.parse(at)).toBeGreaterThanOrEqual(startedAt);
  expect(Date.parse(at)).toBeLessThanOrEqual(endedAt);
}

describe("the audit trail of admin writes", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let gateway: TestGateway;
  let admin: FakeUser;
  const sink = capturingSink();

  beforeAll(async () => {
    const started = await startFakeBackend();
    ({ fake, tokens } = started);
    backend = { ...started.backend, clientIds: [...started.backend.clientIds, MACHINE_CLIENT_ID] };
    gateway = await startGateway(backend, { auditSink: sink, env: { ADMIN_SCOPES: ADMIN_SCOPE } });
    admin = fake.addUser(aUser());
  });
  afterAll(async () => {
    await gateway?.close();
    await fake?.close();
  });
  beforeEach(() => {
    fake.reset();
    // The fake has no default for deletions; Cognito answers them with an empty body.
    fake.reply("AdminDeleteUserAttributes", {});
    fake.reply("DeleteUserAttributes", {});
    fake.reply("VerifyUserAttribute", {});
    sink.records.length = 0;
  });

  it("records the attempt and outcome of one adminUpdateUserAttributes with who, which pool and user, the names, the request id and the time", async () => {
    const target = fake.addUser(aUser());
    const token = await tokens.adminAccessToken(admin);
    const startedAt = Date.now();

    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token,
      variables: {
        input: {
          username: target.username,
          userAttributes: [
            { name: "given_name", value: "Zephyrine-4417" },
            { name: "custom:department", value: "finance-9c2e" },
          ],
          clientMetadata: [{ key: "reason", value: "meta-secret-77ab" }],
        },
      },
    });
    const endedAt = Date.now();

    expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
      "AdminUpdateUserAttributesSuccess",
    );
    expectAttemptAndOutcome(sink.records, {
      action: "AdminUpdateUserAttributes",
      outcome: "ok",
      actor: { sub: admin.sub, username: admin.username, clientId: tokens.defaultClientId },
      userPoolId: fake.userPoolId,
      username: target.username,
      attributeNames: ["given_name", "custom:department"],
      requestId: requestIdOf(response),
    });
    expect(sink.records).toHaveLength(2);
    for (const record of sink.records) expectIsoTimeWithin(record.at, startedAt, endedAt);
    const recorded = JSON.stringify(sink.records);
    for (const value of SECRET_VALUES) expect(recorded).not.toContain(value);
  });

  it("records the attempt and outcome of one adminDeleteUserAttributes with who, which pool and user, the names and the request id", async () => {
    const target = fake.addUser(aUser({ attributes: { given_name: "Zephyrine-4417" } }));
    const startedAt = Date.now();

    const response = await execute(gateway.graphqlUrl, AdminDelete, {
      token: await tokens.adminAccessToken(admin),
      variables: { input: { username: target.username, attributeNames: ["given_name", "locale"] } },
    });
    const endedAt = Date.now();

    expect(expectNoErrors(response).adminDeleteUserAttributes.__typename).toBe(
      "AdminDeleteUserAttributesSuccess",
    );
    expectAttemptAndOutcome(sink.records, {
      action: "AdminDeleteUserAttributes",
      outcome: "ok",
      actor: { sub: admin.sub, username: admin.username, clientId: tokens.defaultClientId },
      userPoolId: fake.userPoolId,
      username: target.username,
      attributeNames: ["given_name", "locale"],
      requestId: requestIdOf(response),
    });
    expect(sink.records).toHaveLength(2);
    for (const record of sink.records) expectIsoTimeWithin(record.at, startedAt, endedAt);
    expect(JSON.stringify(sink.records)).not.toContain("Zephyrine-4417");
  });

  it("records each item of a bulk update, attempt and outcome, the failed one with its exception", async () => {
    const [first, failing, third] = [aUser(), aUser(), aUser()].map((user) => fake.addUser(user)) as [
      FakeUser,
      FakeUser,
      FakeUser,
    ];
    fake.reply("AdminUpdateUserAttributes", (request) => {
      if (request.body.Username === failing.username) {
        throw new FakeCognitoException("UserLambdaValidationException", "rejected by trigger");
      }
      return {};
    });

    const response = await execute(gateway.graphqlUrl, BulkUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: {
        input: {
          updates: [
            { username: first.username, userAttributes: [{ name: "locale", value: "bulk-value-5d13" }] },
            { username: failing.username, userAttributes: [{ name: "locale", value: "bulk-value-5d13" }] },
            {
              username: third.username,
              userAttributes: [
                { name: "nickname", value: "bulk-value-5d13" },
                { name: "custom:department", value: "finance-9c2e" },
              ],
            },
          ],
        },
      },
    });

    expect(expectNoErrors(response).adminUpdateUsersAttributes).toEqual({
      __typename: "AdminUpdateUsersAttributesSuccess",
      results: [
        { __typename: "AdminUpdateUserAttributesSuccess" },
        { __typename: "CognitoUserLambdaValidationError" },
        { __typename: "AdminUpdateUserAttributesSuccess" },
      ],
    });
    const requestId = requestIdOf(response);
    const actor = { sub: admin.sub, username: admin.username, clientId: tokens.defaultClientId };
    // Items run concurrently, so only each item's own records are in order (attempt, then outcome).
    const items = [
      { username: first.username, attributeNames: ["locale"], outcome: "ok" },
      { username: failing.username, attributeNames: ["locale"], outcome: "UserLambdaValidationException" },
      { username: third.username, attributeNames: ["nickname", "custom:department"], outcome: "ok" },
    ] as const;
    for (const { username, attributeNames, outcome } of items) {
      expectAttemptAndOutcome(sink.records, {
        action: "AdminUpdateUserAttributes",
        outcome,
        actor,
        userPoolId: fake.userPoolId,
        username,
        attributeNames: [...attributeNames],
        requestId,
      });
    }
    expect(sink.records).toHaveLength(6);
    expect(new Set(sink.records.map((record) => record.attemptId)).size).toBe(3);
    const recorded = JSON.stringify(sink.records);
    for (const value of SECRET_VALUES) expect(recorded).not.toContain(value);
  });

  it("names a machine caller by its sub and client id, without a username", async () => {
    const target = fake.addUser(aUser());

    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: await tokens.machineToken({ clientId: MACHINE_CLIENT_ID, scope: ADMIN_SCOPE }),
      variables: {
        input: { username: target.username, userAttributes: [{ name: "locale", value: "Zephyrine-4417" }] },
      },
    });

    expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
      "AdminUpdateUserAttributesSuccess",
    );
    expect(sink.records).toHaveLength(2);
    const record = sink.records[1] as AuditRecord;
    expect(record.actor.sub).toBe(MACHINE_CLIENT_ID);
    expect(record.actor.clientId).toBe(MACHINE_CLIENT_ID);
    expect(record.actor.username).toBeUndefined();
    expect(record).toMatchObject({
      action: "AdminUpdateUserAttributes",
      event: "outcome",
      outcome: "ok",
      userPoolId: fake.userPoolId,
      username: target.username,
      attributeNames: ["locale"],
      requestId: requestIdOf(response),
    });
  });

  it("records the attempt and the exception of an admin write Cognito refused", async () => {
    const target = fake.addUser(aUser());
    fake.fail("AdminUpdateUserAttributes", "UserLambdaValidationException", "no");

    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: { input: { username: target.username, userAttributes: [{ name: "locale", value: "x" }] } },
    });

    expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
      "CognitoUserLambdaValidationError",
    );
    expectAttemptAndOutcome(sink.records, {
      action: "AdminUpdateUserAttributes",
      outcome: "UserLambdaValidationException",
      actor: { sub: admin.sub, username: admin.username, clientId: tokens.defaultClientId },
      userPoolId: fake.userPoolId,
      username: target.username,
      attributeNames: ["locale"],
      requestId: requestIdOf(response),
    });
  });

  it("keeps a caller's x-request-id for correlation and records the gateway's own id beside it", async () => {
    const target = fake.addUser(aUser());
    const token = await tokens.adminAccessToken(admin);
    const send = () =>
      execute(gateway.graphqlUrl, AdminUpdate, {
        token,
        headers: { "x-request-id": "chosen-by-the-caller" },
        variables: { input: { username: target.username, userAttributes: [{ name: "locale", value: "x" }] } },
      });

    const responses = [await send(), await send()];

    expect(responses.map(requestIdOf)).toEqual(["chosen-by-the-caller", "chosen-by-the-caller"]);
    expect(sink.records.map((record) => record.requestId)).toEqual(Array(4).fill("chosen-by-the-caller"));
    const own = [...new Set(sink.records.map((record) => record.gatewayRequestId))];
    expect(own).toEqual([expect.stringMatching(UUID), expect.stringMatching(UUID)]);
    const completed = gateway.logs.lines.filter(
      (line) => line.msg === "request completed" && line.requestId === "chosen-by-the-caller",
    );
    expect(completed.map((line) => line.gatewayRequestId)).toEqual(own);
  });

  it("records nothing for an admin write the gateway refused before calling Cognito", async () => {
    const target = fake.addUser(aUser());

    const response = await execute(gateway.graphqlUrl, AdminDelete, {
      token: await tokens.adminAccessToken(admin),
      variables: { input: { username: target.username, attributeNames: ["department"] } },
    });

    expect(expectNoErrors(response).adminDeleteUserAttributes.__typename).toBe(
      "CognitoInvalidParameterError",
    );
    expect(sink.records).toEqual([]);
  });

  it("records nothing for a user's writes to their own profile", async () => {
    const user = fake.addUser(aUser());
    const token = await tokens.accessToken(user);

    const updated = await execute(gateway.graphqlUrl, UpdateMine, {
      token,
      variables: { input: { userAttributes: [{ name: "locale", value: "en" }] } },
    });
    const deleted = await execute(gateway.graphqlUrl, DeleteMine, {
      token,
      variables: { input: { attributeNames: ["locale"] } },
    });
    const verified = await execute(gateway.graphqlUrl, VerifyMine, {
      token,
      variables: { input: { attributeName: "email", code: "123456" } },
    });

    expect(expectNoErrors(updated).updateMyAttributes.__typename).toBe("UpdateMyAttributesSuccess");
    expect(expectNoErrors(deleted).deleteMyAttributes.__typename).toBe("DeleteMyAttributesSuccess");
    expect(expectNoErrors(verified).verifyMyAttribute.__typename).toBe("VerifyMyAttributeSuccess");
    expect(sink.records).toEqual([]);
  });
});

describe("where audit records go", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let admin: FakeUser;

  beforeAll(async () => {
    const started = await startFakeBackend();
    ({ fake, tokens, backend } = started);
    admin = fake.addUser(aUser());
  });
  afterAll(async () => {
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  it("writes the record to the log when no sink is configured, without the values", async () => {
    const gateway = await startGateway(backend);
    try {
      const target = fake.addUser(aUser());

      const response = await execute(gateway.graphqlUrl, AdminUpdate, {
        token: await tokens.adminAccessToken(admin),
        variables: {
          input: {
            username: target.username,
            userAttributes: [{ name: "given_name", value: "Zephyrine-4417" }],
          },
        },
      });

      expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
        "AdminUpdateUserAttributesSuccess",
      );
      const lines = gateway.logs.lines.filter((line) => line.msg === "audit");
      expectAttemptAndOutcome(
        lines.map((line) => line.audit as AuditRecord),
        {
          action: "AdminUpdateUserAttributes",
          outcome: "ok",
          actor: { sub: admin.sub, username: admin.username, clientId: tokens.defaultClientId },
          userPoolId: fake.userPoolId,
          username: target.username,
          attributeNames: ["given_name"],
          requestId: requestIdOf(response),
        },
      );
      expect(gateway.logs.text()).not.toContain("Zephyrine-4417");
    } finally {
      await gateway.close();
    }
  });

  it.each([
    {
      kind: "throws",
      sink: {
        record() {
          throw new Error("audit store down");
        },
      } satisfies AuditSink,
    },
    {
      kind: "rejects",
      sink: { record: () => Promise.reject(new Error("audit store down")) } satisfies AuditSink,
    },
  ])("completes the write when the sink $kind, and logs that the record was lost", async ({ sink }) => {
    const gateway = await startGateway(backend, { auditSink: sink });
    try {
      const target = fake.addUser(aUser());

      const response = await execute(gateway.graphqlUrl, AdminUpdate, {
        token: await tokens.adminAccessToken(admin),
        variables: {
          input: { username: target.username, userAttributes: [{ name: "locale", value: "ga" }] },
        },
      });

      expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
        "AdminUpdateUserAttributesSuccess",
      );
      expect(fake.findUser(target.username)?.attributes.locale).toBe("ga");
      const requestId = requestIdOf(response);
      expect(
        gateway.logs.lines
          .filter((line) => line.msg === "audit sink failed" && line.requestId === requestId)
          .map((line) => line.event),
      ).toEqual(["attempt", "outcome"]);
    } finally {
      await gateway.close();
    }
  });
});

describe("the audit trail when Cognito's answer is late or lost", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;
  let admin: FakeUser;
  const sink = capturingSink();

  beforeAll(async () => {
    const started = await startFakeBackend();
    ({ fake, tokens } = started);
    gateway = await startGateway(started.backend, { auditSink: sink, env: { COGNITO_TIMEOUT_MS: "300" } });
    admin = fake.addUser(aUser());
  });
  afterAll(async () => {
    await gateway?.close();
    await fake?.close();
  });
  beforeEach(() => {
    fake.reset();
    sink.records.length = 0;
  });

  const actor = () => ({ sub: admin.sub, username: admin.username, clientId: tokens.defaultClientId });

  it("records the attempt and a deadline outcome for a write Cognito applied but answered too late", async () => {
    const target = fake.addUser(aUser());
    // Cognito applies the write at once and answers after the deadline has passed.
    fake.reply("AdminUpdateUserAttributes", async (request) => {
      const [attribute] = request.body.UserAttributes as { Name: string; Value: string }[];
      fake.addUser({
        ...target,
        attributes: { ...target.attributes, [String(attribute?.Name)]: String(attribute?.Value) },
      });
      await sleep(1_000);
      return {};
    });

    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: {
        input: { username: target.username, userAttributes: [{ name: "locale", value: "late" }] },
      },
    });

    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["COGNITO_DEADLINE_EXCEEDED"]);
    expect(fake.findUser(target.username)?.attributes.locale).toBe("late");
    expectAttemptAndOutcome(sink.records, {
      action: "AdminUpdateUserAttributes",
      outcome: "deadline",
      actor: actor(),
      userPoolId: fake.userPoolId,
      username: target.username,
      attributeNames: ["locale"],
      requestId: requestIdOf(response),
    });
  });

  it("records the attempt and a deadline outcome for a delete that never got an answer", async () => {
    const target = fake.addUser(aUser());
    fake.once("AdminDeleteUserAttributes", { kind: "hang" });

    const response = await execute(gateway.graphqlUrl, AdminDelete, {
      token: await tokens.adminAccessToken(admin),
      variables: { input: { username: target.username, attributeNames: ["locale"] } },
    });

    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["COGNITO_DEADLINE_EXCEEDED"]);
    expectAttemptAndOutcome(sink.records, {
      action: "AdminDeleteUserAttributes",
      outcome: "deadline",
      actor: actor(),
      userPoolId: fake.userPoolId,
      username: target.username,
      attributeNames: ["locale"],
      requestId: requestIdOf(response),
    });
  });

  it("records an unknown outcome for a write whose connection dropped, in a bulk update too", async () => {
    const [dropped, fine] = [fake.addUser(aUser()), fake.addUser(aUser())];
    fake.when("AdminUpdateUserAttributes", (request) => request.body.Username === dropped.username, {
      kind: "drop",
    });

    const response = await execute(gateway.graphqlUrl, BulkUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: {
        input: {
          updates: [
            { username: dropped.username, userAttributes: [{ name: "locale", value: "x" }] },
            { username: fine.username, userAttributes: [{ name: "locale", value: "y" }] },
          ],
        },
      },
    });

    expect(response.data?.adminUpdateUsersAttributes).toEqual({
      __typename: "AdminUpdateUsersAttributesSuccess",
      results: [null, { __typename: "AdminUpdateUserAttributesSuccess" }],
    });
    const common = {
      action: "AdminUpdateUserAttributes" as const,
      actor: actor(),
      userPoolId: fake.userPoolId,
      attributeNames: ["locale"],
      requestId: requestIdOf(response),
    };
    expectAttemptAndOutcome(sink.records, { ...common, username: dropped.username, outcome: "unknown" });
    expectAttemptAndOutcome(sink.records, { ...common, username: fine.username, outcome: "ok" });
  });
});
