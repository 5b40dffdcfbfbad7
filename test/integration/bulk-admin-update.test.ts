import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import {
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNLIMITED_GOVERNOR } from "../../src/quota/governor.js";
import { graphql } from "../generated/index.js";
import { type EmbeddedBackend, useEmbeddedGateway, uniqueName } from "../helpers/embedded.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import {
  aUser,
  type FakeCognito,
  FakeCognitoException,
  type FakeUser,
  type RecordedRequest,
} from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

const BulkUpdate = graphql(`
  mutation BulkAdminUpdate_Update($input: AdminUpdateUsersAttributesInput!) {
    adminUpdateUsersAttributes(input: $input) {
      __typename
      ... on AdminUpdateUsersAttributesSuccess {
        results {
          __typename
          ... on AdminUpdateUserAttributesSuccess {
            user {
              username
              locale: attribute(name: "locale")
              department: attribute(name: "custom:department")
            }
          }
          ... on CognitoError {
            code
            message
          }
        }
      }
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

// Without the read-back of each user, so the fake sees only the writes (for counting what is in flight).
const BulkUpdateTypenames = graphql(`
  mutation BulkAdminUpdate_Typenames($input: AdminUpdateUsersAttributesInput!) {
    adminUpdateUsersAttributes(input: $input) {
      __typename
      ... on AdminUpdateUsersAttributesSuccess {
        results {
          __typename
        }
      }
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

/** The SDK client's attempts per call (src/cognito/client.ts default): its own retries, not ours. */
const SDK_MAX_ATTEMPTS = 3;
/** Items the gateway keeps in flight at once (src/schema/mutations/admin-update-users-attributes.ts). */
const BULK_CONCURRENCY = 4;

const HTML_502 = "<html><body><h1>502 Bad Gateway</h1> lb 4c1d</body></html>";

/** One item of a bulk update that sets `locale`. */
const setLocale = (user: { username: string }, locale: string) => ({
  username: user.username,
  userAttributes: [{ name: "locale", value: locale }],
});

/** AdminUpdateUserAttributes requests the fake received for one username. */
function writesFor(fake: FakeCognito, username: string): RecordedRequest[] {
  return fake
    .requestsFor("AdminUpdateUserAttributes")
    .filter((request) => request.body.Username === username);
}

/**
 * Answers AdminUpdateUserAttributes like Cognito, but lets a test fail or slow down chosen users: a
 * `reply` function replaces the fake's default, so it applies the attributes to the stored user itself.
 */
function scriptWrites(
  fake: FakeCognito,
  script: { fail?: Record<string, FakeCognitoException>; delayMs?: Record<string, number> },
): void {
  fake.reply("AdminUpdateUserAttributes", async (request) => {
    const username = String(request.body.Username);
    const delayMs = script.delayMs?.[username];
    if (delayMs !== undefined) await sleep(delayMs);
    const failure = script.fail?.[username];
    if (failure) throw failure;
    const user = fake.findUser(username);
    if (!user) throw new FakeCognitoException("UserNotFoundException", "User does not exist.");
    const updates = request.body.UserAttributes as { Name: string; Value: string }[];
    fake.addUser({
      ...user,
      attributes: { ...user.attributes, ...Object.fromEntries(updates.map((a) => [a.Name, a.Value])) },
    });
    return {};
  });
}

/**
 * A pass-through in front of the fake that answers chosen requests with a load balancer's HTML 502,
 * as no FakeCognito script can (its scripts are per operation, not per user). Counts what it broke.
 */
async function startBreakingProxy(
  upstream: string,
  breaks: (operation: string, body: Record<string, unknown>) => boolean,
): Promise<{ endpoint: string; broken: Record<string, unknown>[]; close(): Promise<void> }> {
  const broken: Record<string, unknown>[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const target = String(req.headers["x-amz-target"] ?? "");
      const body = raw.length > 0 ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {};
      if (breaks(target.split(".").pop() ?? "", body)) {
        broken.push(body);
        res.writeHead(502, { "content-type": "text/html" });
        res.end(HTML_502);
        return;
      }
      const answer = await fetch(`${upstream}${req.url ?? "/"}`, {
        method: req.method ?? "POST",
        headers: { "content-type": String(req.headers["content-type"] ?? ""), "x-amz-target": target },
        body: raw,
      });
      res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "" });
      res.end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => {
      res.writeHead(599, { "content-type": "text/plain" });
      res.end(`proxy failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    broken,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

describe("adminUpdateUsersAttributes against the fake Cognito", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let gateway: TestGateway;
  let admin: FakeUser;

  useFakeGateway((world) => {
    ({ fake, tokens, backend, gateway } = world);
    admin = fake.addUser(aUser());
  });

  it("returns one result per item in input order, even when later items finish first", async () => {
    const users = [aUser(), aUser(), aUser(), aUser()].map((user) => fake.addUser(user));
    // The first item answers last and the last first.
    scriptWrites(fake, {
      delayMs: Object.fromEntries(users.map((user, index) => [user.username, (users.length - index) * 60])),
    });

    const response = await execute(gateway.graphqlUrl, BulkUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: { input: { updates: users.map((user, index) => setLocale(user, `l${index}`)) } },
    });

    const result = expectNoErrors(response).adminUpdateUsersAttributes;
    expect(result.__typename).toBe("AdminUpdateUsersAttributesSuccess");
    if (result.__typename !== "AdminUpdateUsersAttributesSuccess") return;
    expect(result.results).toEqual(
      users.map((user, index) => ({
        __typename: "AdminUpdateUserAttributesSuccess",
        user: { username: user.username, locale: `l${index}`, department: null },
      })),
    );
  });

  it("keeps one item's Cognito exception and another's invalid input from affecting the rest", async () => {
    const [first, rejected, invalid, last] = [aUser(), aUser(), aUser(), aUser()].map((user) =>
      fake.addUser(user),
    ) as [FakeUser, FakeUser, FakeUser, FakeUser];
    scriptWrites(fake, {
      fail: {
        [rejected.username]: new FakeCognitoException(
          "UserLambdaValidationException",
          "PreUpdate said no 3b7e",
        ),
      },
    });

    const response = await execute(gateway.graphqlUrl, BulkUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: {
        input: {
          updates: [
            setLocale(first, "fr"),
            setLocale(rejected, "de"),
            // No custom: prefix: refused by the gateway before Cognito hears of it.
            { username: invalid.username, userAttributes: [{ name: "department", value: "x" }] },
            setLocale(last, "it"),
          ],
        },
      },
    });

    const result = expectNoErrors(response).adminUpdateUsersAttributes;
    expect(result.__typename).toBe("AdminUpdateUsersAttributesSuccess");
    if (result.__typename !== "AdminUpdateUsersAttributesSuccess") return;
    expect(result.results).toEqual([
      {
        __typename: "AdminUpdateUserAttributesSuccess",
        user: { username: first.username, locale: "fr", department: null },
      },
      {
        __typename: "CognitoUserLambdaValidationError",
        code: "UserLambdaValidationException",
        message: "PreUpdate said no 3b7e",
      },
      {
        __typename: "CognitoInvalidParameterError",
        code: "InvalidParameterException",
        message: expect.stringContaining("custom:department"),
      },
      {
        __typename: "AdminUpdateUserAttributesSuccess",
        user: { username: last.username, locale: "it", department: null },
      },
    ]);
    expect(fake.findUser(rejected.username)?.attributes.locale).toBeUndefined();
    expect(fake.findUser(invalid.username)?.attributes).not.toHaveProperty("department");
    expect(fake.findUser(invalid.username)?.attributes).not.toHaveProperty("custom:department");
  });

  it("sends each item exactly once when Cognito answers a non-retryable exception", async () => {
    const [ok, rejected, missing] = [aUser(), aUser(), aUser()].map((user) => fake.addUser(user)) as [
      FakeUser,
      FakeUser,
      FakeUser,
    ];
    scriptWrites(fake, {
      fail: {
        [rejected.username]: new FakeCognitoException("AliasExistsException", "alias taken"),
        [missing.username]: new FakeCognitoException("UserNotFoundException", "User does not exist."),
      },
    });

    const response = await execute(gateway.graphqlUrl, BulkUpdateTypenames, {
      token: await tokens.adminAccessToken(admin),
      variables: {
        input: { updates: [setLocale(ok, "es"), setLocale(rejected, "es"), setLocale(missing, "es")] },
      },
    });

    expect(expectNoErrors(response).adminUpdateUsersAttributes).toEqual({
      __typename: "AdminUpdateUsersAttributesSuccess",
      results: [
        { __typename: "AdminUpdateUserAttributesSuccess" },
        { __typename: "CognitoAliasExistsError" },
        { __typename: "CognitoUserNotFoundError" },
      ],
    });
    expect(writesFor(fake, ok.username)).toHaveLength(1);
    expect(writesFor(fake, rejected.username)).toHaveLength(1);
    expect(writesFor(fake, missing.username)).toHaveLength(1);
    expect(fake.requestsFor("AdminUpdateUserAttributes")).toHaveLength(3);
  });

  it.each(["TooManyRequestsException", "InternalErrorException"])(
    "adds no retries of its own to the SDK's when one item keeps answering the retryable %s",
    async (exception) => {
      const [ok, throttled, other] = [aUser(), aUser(), aUser()].map((user) => fake.addUser(user)) as [
        FakeUser,
        FakeUser,
        FakeUser,
      ];
      scriptWrites(fake, {
        fail: { [throttled.username]: new FakeCognitoException(exception, `${exception} 81d0`) },
      });

      const response = await execute(gateway.graphqlUrl, BulkUpdateTypenames, {
        token: await tokens.adminAccessToken(admin),
        variables: {
          input: { updates: [setLocale(ok, "nl"), setLocale(throttled, "nl"), setLocale(other, "nl")] },
        },
      });

      const result = expectNoErrors(response).adminUpdateUsersAttributes;
      expect(result).toMatchObject({
        results: [
          { __typename: "AdminUpdateUserAttributesSuccess" },
          {
            __typename:
              exception === "InternalErrorException" ? "CognitoInternalError" : "CognitoTooManyRequestsError",
          },
          { __typename: "AdminUpdateUserAttributesSuccess" },
        ],
      });
      // The SDK may retry a retryable answer (standard mode, 3 attempts); the gateway itself must not
      // send the item again on top of that, and the other items go once each.
      const attempts = writesFor(fake, throttled.username).length;
      expect(attempts).toBeGreaterThanOrEqual(1);
      expect(attempts).toBeLessThanOrEqual(SDK_MAX_ATTEMPTS);
      expect(writesFor(fake, ok.username)).toHaveLength(1);
      expect(writesFor(fake, other.username)).toHaveLength(1);
    },
  );

  it("returns CognitoInvalidParameterError for an empty batch and sends nothing", async () => {
    const response = await execute(gateway.graphqlUrl, BulkUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: { input: { updates: [] } },
    });

    expect(expectNoErrors(response).adminUpdateUsersAttributes).toMatchObject({
      __typename: "CognitoInvalidParameterError",
      code: "InvalidParameterException",
      message: expect.stringContaining("at least one"),
    });
    expect(fake.requests).toEqual([]);
  });

  it("returns CognitoInvalidParameterError for a malformed pool id and sends nothing", async () => {
    const user = fake.addUser(aUser());

    const response = await execute(gateway.graphqlUrl, BulkUpdate, {
      token: await tokens.adminAccessToken(admin),
      variables: { input: { userPoolId: "not a pool", updates: [setLocale(user, "pt")] } },
    });

    expect(expectNoErrors(response).adminUpdateUsersAttributes).toMatchObject({
      __typename: "CognitoInvalidParameterError",
      code: "InvalidParameterException",
    });
    expect(fake.requests).toEqual([]);
  });

  it("answers FORBIDDEN to a signed-in user who is not an admin, and sends nothing", async () => {
    const user = fake.addUser(aUser());
    const target = fake.addUser(aUser());

    const response = await execute(gateway.graphqlUrl, BulkUpdate, {
      token: await tokens.accessToken(user),
      variables: { input: { updates: [setLocale(target, "sv")] } },
    });

    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    expect(response.data).toBeNull();
    expect(fake.requests).toEqual([]);
    expect(fake.findUser(target.username)?.attributes.locale).toBeUndefined();
  });

  describe("with at most 3 items allowed per request", () => {
    let limited: TestGateway;

    beforeAll(async () => {
      limited = await startGateway(backend, { env: { BULK_MAX_ITEMS: "3" } });
    });
    afterAll(async () => {
      await limited?.close();
    });

    it("refuses 4 items with CognitoInvalidParameterError and sends none of them", async () => {
      const users = [aUser(), aUser(), aUser(), aUser()].map((user) => fake.addUser(user));

      const response = await execute(limited.graphqlUrl, BulkUpdate, {
        token: await tokens.adminAccessToken(admin),
        variables: { input: { updates: users.map((user) => setLocale(user, "fi")) } },
      });

      expect(expectNoErrors(response).adminUpdateUsersAttributes).toMatchObject({
        __typename: "CognitoInvalidParameterError",
        code: "InvalidParameterException",
        message: expect.stringMatching(/\b4\b.*\b3\b/),
      });
      expect(fake.requests).toEqual([]);
      for (const user of users) expect(fake.findUser(user.username)?.attributes.locale).toBeUndefined();
    });

    it("accepts exactly 3 items", async () => {
      const users = [aUser(), aUser(), aUser()].map((user) => fake.addUser(user));

      const response = await execute(limited.graphqlUrl, BulkUpdateTypenames, {
        token: await tokens.adminAccessToken(admin),
        variables: { input: { updates: users.map((user) => setLocale(user, "da")) } },
      });

      expect(expectNoErrors(response).adminUpdateUsersAttributes).toEqual({
        __typename: "AdminUpdateUsersAttributesSuccess",
        results: users.map(() => ({ __typename: "AdminUpdateUserAttributesSuccess" })),
      });
      expect(fake.requestsFor("AdminUpdateUserAttributes")).toHaveLength(3);
    });
  });

  describe("concurrency", () => {
    let unpaced: TestGateway;

    beforeAll(async () => {
      // No quota pacing, so only the bulk mutation's own bound can keep items from all going at once.
      unpaced = await startGateway(backend, { quotaGovernor: UNLIMITED_GOVERNOR });
    });
    afterAll(async () => {
      await unpaced?.close();
    });

    it(`keeps at most ${BULK_CONCURRENCY} items in flight at once, and all of them complete`, async () => {
      const users = Array.from({ length: 12 }, () => fake.addUser(aUser()));
      fake.delay("AdminUpdateUserAttributes", 150);

      const response = await execute(unpaced.graphqlUrl, BulkUpdateTypenames, {
        token: await tokens.adminAccessToken(admin),
        variables: { input: { updates: users.map((user) => setLocale(user, "no")) } },
      });

      expect(expectNoErrors(response).adminUpdateUsersAttributes).toEqual({
        __typename: "AdminUpdateUsersAttributesSuccess",
        results: users.map(() => ({ __typename: "AdminUpdateUserAttributesSuccess" })),
      });
      expect(fake.requestsFor("AdminUpdateUserAttributes")).toHaveLength(users.length);
      expect(fake.maxInFlight).toBeLessThanOrEqual(BULK_CONCURRENCY);
      // Bounded, not serial: the items do overlap.
      expect(fake.maxInFlight).toBeGreaterThan(1);
    });
  });

  describe("when one item fails unexpectedly", () => {
    let proxy: Awaited<ReturnType<typeof startBreakingProxy>>;
    let proxied: TestGateway;
    let broken: FakeUser;

    beforeAll(async () => {
      broken = fake.addUser(aUser());
      proxy = await startBreakingProxy(
        fake.endpoint,
        (operation, body) => operation === "AdminUpdateUserAttributes" && body.Username === broken.username,
      );
      proxied = await startGateway({ ...backend, endpoint: proxy.endpoint });
    });
    afterAll(async () => {
      await proxied?.close();
      await proxy?.close();
    });

    it("nulls only that item, with the masked error at its path, and completes the others", async () => {
      const [before, after] = [fake.addUser(aUser()), fake.addUser(aUser())];

      const response = await execute(proxied.graphqlUrl, BulkUpdate, {
        token: await tokens.adminAccessToken(admin),
        variables: {
          input: { updates: [setLocale(before, "cy"), setLocale(broken, "cy"), setLocale(after, "cy")] },
        },
      });

      const requestId = response.headers.get("x-request-id");
      expect(requestId).toBeTruthy();
      expect(response.errors).toEqual([
        {
          message: "Unexpected error.",
          path: ["adminUpdateUsersAttributes", "results", 1],
          locations: expect.any(Array),
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
        },
      ]);
      expect(response.data).toEqual({
        adminUpdateUsersAttributes: {
          __typename: "AdminUpdateUsersAttributesSuccess",
          results: [
            {
              __typename: "AdminUpdateUserAttributesSuccess",
              user: { username: before.username, locale: "cy", department: null },
            },
            null,
            {
              __typename: "AdminUpdateUserAttributesSuccess",
              user: { username: after.username, locale: "cy", department: null },
            },
          ],
        },
      });
      const body = JSON.stringify({ data: response.data, errors: response.errors });
      for (const secret of ["Bad Gateway", "<html>", "lb 4c1d", "SyntaxError"])
        expect(body).not.toContain(secret);
      // Every attempt of that item hit the 502: the SDK's retries at most, never the gateway's.
      expect(proxy.broken.length).toBeGreaterThanOrEqual(1);
      expect(proxy.broken.length).toBeLessThanOrEqual(SDK_MAX_ATTEMPTS);
      expect(writesFor(fake, before.username)).toHaveLength(1);
      expect(writesFor(fake, after.username)).toHaveLength(1);
      expect(
        proxied.logs.lines.some((line) => line.msg === "unexpected error" && line.requestId === requestId),
      ).toBe(true);
    });
  });
});

describe("adminUpdateUsersAttributes against the embedded Cognito", () => {
  let backend: EmbeddedBackend;
  let gateway: TestGateway;
  let cognito: CognitoIdentityProviderClient;
  let adminToken: string;
  let password: string;
  const unique = uniqueName;

  useEmbeddedGateway((world) => ({ backend, gateway, cognito, adminToken, password } = world));

  it("updates every user of the batch and returns each as Cognito holds them afterwards", async () => {
    const departments = ["finance", "legal", "research"];
    const users = await Promise.all(
      departments.map((department) =>
        backend.embedded.createUser({
          username: unique("bulk"),
          password,
          attributes: { "custom:department": `old-${department}` },
        }),
      ),
    );

    const response = await execute(gateway.graphqlUrl, BulkUpdate, {
      token: adminToken,
      variables: {
        input: {
          updates: users.map((user, index) => ({
            username: user.username,
            userAttributes: [{ name: "custom:department", value: departments[index] as string }],
          })),
        },
      },
    });

    expect(expectNoErrors(response).adminUpdateUsersAttributes).toEqual({
      __typename: "AdminUpdateUsersAttributesSuccess",
      results: users.map((user, index) => ({
        __typename: "AdminUpdateUserAttributesSuccess",
        user: { username: user.username, locale: null, department: departments[index] },
      })),
    });
    for (const [index, user] of users.entries()) {
      const stored = await cognito.send(
        new AdminGetUserCommand({ UserPoolId: backend.embedded.userPoolId, Username: user.username }),
      );
      expect(stored.UserAttributes).toContainEqual({ Name: "custom:department", Value: departments[index] });
    }
  });
});
