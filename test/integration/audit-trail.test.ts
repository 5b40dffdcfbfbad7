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
    gateway = await startGateway(backend, { auditSink: sink, adminScopes: [ADMIN_SCOPE] });
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

  it("records one adminUpdateUserAttributes with who, which pool and user, the names, the request id and the time", async () => {
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
    expect(sink.records).toEqual([
      {
        action: "AdminUpdateUserAttributes",
        actor: { sub: admin.sub, username: admin.username, clientId: tokens.defaultClientId },
        userPoolId: fake.userPoolId,
        username: target.username,
        attributeNames: ["given_name", "custom:department"],
        requestId: requestIdOf(response),
        at: expect.any(String),
      },
    ]);
    expectIsoTimeWithin(sink.records[0]?.at as string, startedAt, endedAt);
    const recorded = JSON.stringify(sink.records);
    for (const value of SECRET_VALUES) expect(recorded).not.toContain(value);
  });

  it("records one adminDeleteUserAttributes with who, which pool and user, the names and the request id", async () => {
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
    expect(sink.records).toEqual([
      {
        action: "AdminDeleteUserAttributes",
        actor: { sub: admin.sub, username: admin.username, clientId: tokens.defaultClientId },
        userPoolId: fake.userPoolId,
        username: target.username,
        attributeNames: ["given_name", "locale"],
        requestId: requestIdOf(response),
        at: expect.any(String),
      },
    ]);
    expectIsoTimeWithin(sink.records[0]?.at as string, startedAt, endedAt);
    expect(JSON.stringify(sink.records)).not.toContain("Zephyrine-4417");
  });

  it("records one entry per successful item of a bulk update, none for the failed one", async () => {
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
    // Items run concurrently, so records arrive in completion order.
    const byUsername = [...sink.records].sort((a, b) => a.username.localeCompare(b.username));
    const expected = [
      { username: first.username, attributeNames: ["locale"] },
      { username: third.username, attributeNames: ["nickname", "custom:department"] },
    ].sort((a, b) => a.username.localeCompare(b.username));
    expect(byUsername).toEqual(
      expected.map(({ username, attributeNames }) => ({
        action: "AdminUpdateUserAttributes",
        actor,
        userPoolId: fake.userPoolId,
        username,
        attributeNames,
        requestId,
        at: expect.any(String),
      })),
    );
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
    expect(sink.records).toHaveLength(1);
    const record = sink.records[0] as AuditRecord;
    expect(record.actor.sub).toBe(MACHINE_CLIENT_ID);
    expect(record.actor.clientId).toBe(MACHINE_CLIENT_ID);
    expect(record.actor.username).toBeUndefined();
    expect(record).toMatchObject({
      action: "AdminUpdateUserAttributes",
      userPoolId: fake.userPoolId,
      username: target.username,
      attributeNames: ["locale"],
      requestId: requestIdOf(response),
    });
  });

  it("records nothing for an admin write Cognito refused", async () => {
    const target = fake.addUser(aUser());
    fake.fail("AdminUpdateUserAttributes", "UserLambdaValidationException", "no");

    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: { input: { username: target.username, userAttributes: [{ name: "locale", value: "x" }] } },
    });

    expect(expectNoErrors(response).adminUpdateUserAttributes.__typename).toBe(
      "CognitoUserLambdaValidationError",
    );
    expect(sink.records).toEqual([]);
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
      expect(lines).toHaveLength(1);
      expect(lines[0]?.audit).toEqual({
        action: "AdminUpdateUserAttributes",
        actor: { sub: admin.sub, username: admin.username, clientId: tokens.defaultClientId },
        userPoolId: fake.userPoolId,
        username: target.username,
        attributeNames: ["given_name"],
        requestId: requestIdOf(response),
        at: expect.any(String),
      });
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
        gateway.logs.lines.filter((line) => line.msg === "audit sink failed" && line.requestId === requestId),
      ).toHaveLength(1);
    } finally {
      await gateway.close();
    }
  });
});
