import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestGateway } from "../helpers/gateway.js";
import { execute, type GraphQLResponse } from "../helpers/graphql.js";
import { ADMIN_SCOPE, OTHER_CLIENT_ID, startSecurityBackend } from "../helpers/security-fixtures.js";
import type { TokenIssuer } from "../helpers/tokens.js";

/*
 * Issue 5's authorization matrix: every kind of caller against every entry point, over real HTTP in
 * front of a recording FakeCognito. A cell is the outcome the caller sees; a denial only counts when
 * Cognito heard nothing of the call, and data only counts when Cognito was really asked.
 */

const AdminUpdate = graphql(`
  mutation AuthorizationMatrix_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const UpdateMine = graphql(`
  mutation AuthorizationMatrix_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const Me = graphql(`
  query AuthorizationMatrix_Me {
    me {
      sub
      username
    }
  }
`);

const UserByName = graphql(`
  query AuthorizationMatrix_User($username: String!) {
    user(username: $username) {
      sub
      username
    }
  }
`);

const Entities = graphql(`
  query AuthorizationMatrix_Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on User {
        sub
        username
      }
    }
  }
`);

type Column = "adminUpdateUserAttributes" | "updateMyAttributes" | "me" | "user" | "_entities";
const COLUMNS: readonly Column[] = [
  "adminUpdateUserAttributes",
  "updateMyAttributes",
  "me",
  "user",
  "_entities",
];

/**
 * What a caller sees in one cell. `entity:FORBIDDEN` is the federation shape: `_entities` answers,
 * but the entity is null with its own FORBIDDEN error, because a router may batch many entities.
 */
type Outcome = "data" | "UNAUTHENTICATED" | "FORBIDDEN" | "entity:FORBIDDEN";

interface Row {
  caller: string;
  /** The whole `Authorization` header, or none. */
  authorization: () => Promise<string | undefined>;
  /** Whose `sub` `me` must return when the caller gets data there. */
  self?: () => FakeUser;
  /** How a successful read reaches Cognito: with the caller's own token, or with IAM. Default IAM. */
  reads?: "own token" | "iam";
  expected: Record<Column, Outcome>;
}

const everywhere = (outcome: Outcome): Record<Column, Outcome> => ({
  adminUpdateUserAttributes: outcome,
  updateMyAttributes: outcome,
  me: outcome,
  user: outcome,
  _entities: outcome,
});

/** The Cognito operation a successful call of each column must have sent, by how the caller reads. */
const SENT_ON_SUCCESS: Record<Column, Record<"own token" | "iam", string>> = {
  adminUpdateUserAttributes: { "own token": "AdminUpdateUserAttributes", iam: "AdminUpdateUserAttributes" },
  updateMyAttributes: { "own token": "UpdateUserAttributes", iam: "UpdateUserAttributes" },
  me: { "own token": "GetUser", iam: "GetUser" },
  user: { "own token": "AdminGetUser", iam: "AdminGetUser" },
  // A user resolves their own reference with their token; an admin reads anyone with IAM.
  _entities: { "own token": "GetUser", iam: "AdminGetUser" },
};

describe("authorization matrix", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;
  /** The target of every admin call and of the entity reference. */
  let plain: FakeUser;
  /** A member of the admin group. */
  let boss: FakeUser;

  beforeAll(async () => {
    const started = await startSecurityBackend();
    fake = started.fake;
    tokens = started.tokens;
    gateway = await startGateway(started.backend, { env: { ADMIN_SCOPES: ADMIN_SCOPE } });
    plain = fake.addUser(aUser({ attributes: { given_name: "Plain" } }));
    boss = fake.addUser(aUser({ attributes: { given_name: "Boss" } }));
  });
  afterAll(async () => {
    await gateway?.close();
    await fake?.close();
  });

  const bearer = async (token: Promise<string>) => `Bearer ${await token}`;

  const rows: Row[] = [
    { caller: "no token", authorization: async () => undefined, expected: everywhere("UNAUTHENTICATED") },
    {
      caller: "Bearer not-a-jwt",
      authorization: async () => "Bearer not-a-jwt",
      expected: everywhere("UNAUTHENTICATED"),
    },
    {
      // A valid user token under another scheme: only the scheme is wrong.
      caller: "non-Bearer scheme",
      authorization: async () => `Token ${await tokens.accessToken(plain)}`,
      expected: everywhere("UNAUTHENTICATED"),
    },
    {
      caller: "expired",
      authorization: () => bearer(tokens.expiredAccessToken(plain)),
      expected: everywhere("UNAUTHENTICATED"),
    },
    {
      caller: "not yet valid",
      authorization: () => bearer(tokens.notYetValidAccessToken(plain)),
      expected: everywhere("UNAUTHENTICATED"),
    },
    {
      caller: "alg: none",
      authorization: () => bearer(tokens.algNoneAccessToken(plain)),
      expected: everywhere("UNAUTHENTICATED"),
    },
    {
      caller: "foreign key, pool kid",
      authorization: () => bearer(tokens.foreignKeyAccessToken(plain)),
      expected: everywhere("UNAUTHENTICATED"),
    },
    {
      caller: "ID token",
      authorization: () => bearer(tokens.idToken(plain)),
      expected: everywhere("UNAUTHENTICATED"),
    },
    {
      caller: "other app client",
      authorization: () =>
        bearer(
          tokens.accessToken({
            sub: plain.sub,
            username: plain.username,
            client_id: OTHER_CLIENT_ID,
            "cognito:groups": ["admin"],
          }),
        ),
      expected: everywhere("UNAUTHENTICATED"),
    },
    {
      caller: "other pool's issuer",
      authorization: () => bearer(tokens.otherIssuerAccessToken(plain)),
      expected: everywhere("UNAUTHENTICATED"),
    },
    {
      caller: "user",
      authorization: () => bearer(tokens.accessToken(plain)),
      self: () => plain,
      reads: "own token",
      expected: {
        adminUpdateUserAttributes: "FORBIDDEN",
        updateMyAttributes: "data",
        me: "data",
        user: "FORBIDDEN",
        _entities: "data",
      },
    },
    {
      // The admin group's token also carries the self-service scope, so the user path is open too.
      caller: "admin group",
      authorization: () => bearer(tokens.adminAccessToken(boss)),
      self: () => boss,
      expected: everywhere("data"),
    },
    {
      caller: "machine, admin scope",
      authorization: () => bearer(tokens.machineToken({ scope: `${ADMIN_SCOPE} gateway/read` })),
      expected: {
        adminUpdateUserAttributes: "data",
        updateMyAttributes: "FORBIDDEN",
        me: "FORBIDDEN",
        user: "data",
        _entities: "data",
      },
    },
    {
      caller: "machine, no admin scope",
      authorization: () => bearer(tokens.machineToken({ scope: "gateway/read" })),
      expected: { ...everywhere("FORBIDDEN"), _entities: "entity:FORBIDDEN" },
    },
  ];

  /** Sends one column's call for a caller. */
  function call(column: Column, authorization: string | undefined): Promise<GraphQLResponse<unknown>> {
    const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
    switch (column) {
      case "adminUpdateUserAttributes":
        return execute(gateway.graphqlUrl, AdminUpdate, {
          headers,
          variables: {
            input: { username: plain.username, userAttributes: [{ name: "given_name", value: "Matrix" }] },
          },
        });
      case "updateMyAttributes":
        return execute(gateway.graphqlUrl, UpdateMine, {
          headers,
          variables: { input: { userAttributes: [{ name: "family_name", value: "Matrix" }] } },
        });
      case "me":
        return execute(gateway.graphqlUrl, Me, { headers });
      case "user":
        return execute(gateway.graphqlUrl, UserByName, { headers, variables: { username: plain.username } });
      case "_entities":
        return execute(gateway.graphqlUrl, Entities, {
          headers,
          variables: { representations: [{ __typename: "User", sub: plain.sub }] },
        });
    }
  }

  /** Whether the data in a successful response is what the column promises to the caller in `row`. */
  function isExpectedData(column: Column, row: Row, data: Record<string, unknown>): boolean {
    const value = data[column] as Record<string, unknown> | Record<string, unknown>[] | null | undefined;
    switch (column) {
      case "adminUpdateUserAttributes":
        return (value as Record<string, unknown>)?.__typename === "AdminUpdateUserAttributesSuccess";
      case "updateMyAttributes":
        return (value as Record<string, unknown>)?.__typename === "UpdateMyAttributesSuccess";
      case "me":
        return row.self !== undefined && (value as Record<string, unknown>)?.sub === row.self().sub;
      case "user":
        return (value as Record<string, unknown>)?.sub === plain.sub;
      case "_entities":
        return JSON.stringify(value) === JSON.stringify([{ sub: plain.sub, username: plain.username }]);
    }
  }

  /**
   * Classifies what happened in one cell. Anything that is not cleanly one of the outcomes (a denial
   * that still reached Cognito, data without a Cognito call, mixed errors) is described instead, so
   * it can never equal an expected outcome.
   */
  function classify(column: Column, row: Row, response: GraphQLResponse<unknown>, sent: string[]): string {
    const data = (response.data ?? {}) as Record<string, unknown>;
    const codes = [...new Set((response.errors ?? []).map((error) => String(error.extensions?.code)))];
    const sentNote = sent.length === 0 ? "" : ` sent:${sent.join("+")}`;
    if (codes.length === 0) {
      const operation = SENT_ON_SUCCESS[column][row.reads ?? "iam"];
      if (isExpectedData(column, row, data) && sent.includes(operation)) return "data";
      return `data?${sentNote || " sent:nothing"}`;
    }
    if (codes.length !== 1 || sentNote !== "") return `${codes.join("+")}${sentNote}`;
    const code = codes[0] as string;
    const value = data[column];
    if (value === null || value === undefined) return code;
    const entityDenied =
      column === "_entities" &&
      JSON.stringify(value) === "[null]" &&
      response.errors?.every((error) => JSON.stringify(error.path) === '["_entities",0]');
    return entityDenied ? `entity:${code}` : `${code} with data`;
  }

  const render = (table: Record<string, Record<Column, string>>): string => {
    const width = Math.max(...Object.keys(table).map((caller) => caller.length));
    const cellWidth = 17;
    const header = ["caller".padEnd(width), ...COLUMNS.map((column) => column.slice(0, cellWidth))];
    const lines = Object.entries(table).map(([caller, cells]) =>
      [caller.padEnd(width), ...COLUMNS.map((column) => cells[column].padEnd(cellWidth))].join(" | "),
    );
    return [header.map((cell) => cell.padEnd(cellWidth)).join(" | "), ...lines].join("\n");
  };

  it("gives each caller exactly the outcome issue 5 assigns it, and Cognito hears of no denied call", async () => {
    const expected: Record<string, Record<Column, string>> = {};
    const actual: Record<string, Record<Column, string>> = {};
    const details: string[] = [];

    for (const row of rows) {
      expected[row.caller] = row.expected;
      const cells = {} as Record<Column, string>;
      for (const column of COLUMNS) {
        // Fresh token per cell: a token minted for one cell is never reused after the fake saw it.
        const authorization = await row.authorization();
        fake.clearRequests();
        const response = await call(column, authorization);
        const sent = fake.requests.map((request) => request.operation);
        cells[column] = classify(column, row, response, sent);
        if (cells[column] !== row.expected[column]) {
          details.push(
            `${row.caller} × ${column}: expected ${row.expected[column]}, got ${cells[column]}\n` +
              JSON.stringify({ status: response.status, data: response.data, errors: response.errors }),
          );
        }
      }
      actual[row.caller] = cells;
    }

    expect(render(actual), details.join("\n\n")).toBe(render(expected));
  });
});
