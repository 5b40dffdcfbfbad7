import { graphql, type GraphQLSchema } from "graphql";
import { createSchema } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import type { VerifiedAccessToken } from "../../../src/auth/access-token-verifier.js";
import type { Principal } from "../../../src/auth/principal.js";
import type { GatewayContext } from "../../../src/context.js";
import { permissionsShield, protectRootFields } from "../../../src/permissions/graphql-shield.js";
import {
  canReadSdl,
  checkSelfOrAdmin,
  hasKnownEntityTypes,
  isAdmin,
  isAllowedPool,
  isAuthenticated,
  isSignedInUser,
} from "../../../src/permissions/rules.js";

/*
 * Each rule guards one root field of a small schema, through the project's shield options, so the
 * answers are what a caller would see: the field's value or its error's message and code.
 */

const ALLOWED_POOL = "eu-west-1_Allowed1";

const schema: GraphQLSchema = protectRootFields(
  createSchema({
    typeDefs: /* GraphQL */ `
      scalar Any
      input PoolInput {
        userPoolId: String
      }
      type Query {
        admin: String
        user: String
        anyone: String
        sdl: String
        pool(userPoolId: String, input: PoolInput): String
        entities(representations: [Any!]!): String
      }
    `,
    resolvers: {
      Query: {
        admin: () => "ran",
        user: () => "ran",
        anyone: () => "ran",
        sdl: () => "ran",
        pool: () => "ran",
        entities: () => "ran",
      },
    },
  }),
  permissionsShield({
    Query: {
      admin: isAdmin,
      user: isSignedInUser,
      anyone: isAuthenticated,
      sdl: canReadSdl,
      pool: isAllowedPool,
      entities: hasKnownEntityTypes,
    },
  }),
);

const token = (overrides: Partial<VerifiedAccessToken> = {}): VerifiedAccessToken => ({
  raw: "raw",
  sub: "sub-ada",
  username: "ada",
  clientId: "web",
  groups: [],
  scopes: ["aws.cognito.signin.user.admin"],
  ...overrides,
});
const user: Principal = { kind: "authenticated", token: token(), isAdmin: false, isUser: true };
const admin: Principal = { ...user, isAdmin: true };
const machine: Principal = {
  kind: "authenticated",
  token: token({ username: undefined, sub: "machineclient1", scopes: ["gateway/admin"] }),
  isAdmin: true,
  isUser: false,
};
const anonymous: Principal = { kind: "anonymous" };
const invalid: Principal = { kind: "invalid", reason: "Invalid access token: the token has expired" };
const unavailable: Principal = { kind: "unavailable", reason: "Signing keys unavailable: try again" };

interface ContextOptions {
  sdl?: GatewayContext["federation"]["sdl"];
}

/** Runs `source` as `principal`; answers each field's value or `CODE: message`. */
async function ask(
  principal: Principal,
  source: string,
  options: ContextOptions & { variables?: Record<string, unknown> } = {},
) {
  const contextValue = {
    principal: async () => principal,
    federation: { sdl: options.sdl ?? { access: "token", routerSecret: "absent" } },
    allowedUserPoolIds: new Set([ALLOWED_POOL]),
  };
  const result = await graphql({
    schema,
    source,
    contextValue,
    variableValues: options.variables ?? {},
  });
  const answers: Record<string, string> = {};
  for (const [field, value] of Object.entries(result.data ?? {}))
    if (value !== null) answers[field] = String(value);
  for (const error of result.errors ?? []) {
    answers[String(error.path?.[0])] = `${String(error.extensions.code)}: ${error.message}`;
  }
  return answers;
}

describe("the caller rules", () => {
  it("answer UNAUTHENTICATED without a usable token, SIGNING_KEYS_UNAVAILABLE (retryable) without keys", async () => {
    expect(await ask(anonymous, "{ admin user anyone }")).toEqual({
      admin: "UNAUTHENTICATED: Authentication required: send 'Authorization: Bearer <Cognito access token>'",
      user: "UNAUTHENTICATED: Authentication required: send 'Authorization: Bearer <Cognito access token>'",
      anyone: "UNAUTHENTICATED: Authentication required: send 'Authorization: Bearer <Cognito access token>'",
    });
    expect(await ask(invalid, "{ anyone }")).toEqual({
      anyone: "UNAUTHENTICATED: Invalid access token: the token has expired",
    });
    const result = await graphql({
      schema,
      source: "{ admin }",
      contextValue: { principal: async () => unavailable },
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code: "SIGNING_KEYS_UNAVAILABLE", retryable: true });
  });

  it("let an admin through the admin rule and refuse a user with FORBIDDEN", async () => {
    expect(await ask(admin, "{ admin }")).toEqual({ admin: "ran" });
    expect(await ask(machine, "{ admin }")).toEqual({ admin: "ran" });
    expect(await ask(user, "{ admin }")).toEqual({
      admin: "FORBIDDEN: This operation is for administrators: the access token is not in the admin group",
    });
  });

  it("say why an admin token is not taken as one when Cognito did not confirm it", async () => {
    const unconfirmed: Principal = {
      ...user,
      adminDenial: "Cognito says the user is no longer in the admin group",
    };

    expect(await ask(unconfirmed, "{ admin user }")).toEqual({
      admin: "FORBIDDEN: Cognito says the user is no longer in the admin group",
      user: "ran",
    });
  });

  it("keep the user operations for tokens with the self-service scope", async () => {
    expect(await ask(user, "{ user anyone }")).toEqual({ user: "ran", anyone: "ran" });
    expect(await ask(machine, "{ user anyone }")).toEqual({
      user: "FORBIDDEN: This operation is for signed-in users: the access token lacks the aws.cognito.signin.user.admin scope",
      anyone: "ran",
    });
  });
});

describe("canReadSdl", () => {
  it("lets anyone read a public SDL, and a router with the right secret without a token", async () => {
    expect(await ask(anonymous, "{ sdl }", { sdl: { access: "public", routerSecret: "absent" } })).toEqual({
      sdl: "ran",
    });
    expect(await ask(anonymous, "{ sdl }", { sdl: { access: "token", routerSecret: "matches" } })).toEqual({
      sdl: "ran",
    });
  });

  it("refuses a wrong router secret even with a good token, and an anonymous caller with what to send", async () => {
    expect(await ask(user, "{ sdl }", { sdl: { access: "token", routerSecret: "wrong" } })).toEqual({
      sdl: "UNAUTHENTICATED: The x-router-secret header does not match the gateway's FEDERATION_ROUTER_SECRET",
    });
    expect((await ask(anonymous, "{ sdl }")).sdl).toMatch(
      /^UNAUTHENTICATED: The subgraph SDL is not public here/,
    );
    expect(await ask(invalid, "{ sdl }")).toEqual({
      sdl: "UNAUTHENTICATED: Invalid access token: the token has expired",
    });
    expect(await ask(machine, "{ sdl }")).toEqual({ sdl: "ran" });
  });
});

describe("isAllowedPool", () => {
  it("allows the default pool (no id), an allow-listed one from the arguments or the input", async () => {
    expect(
      await ask(
        admin,
        `{ a: pool b: pool(userPoolId: "${ALLOWED_POOL}") c: pool(input: { userPoolId: "${ALLOWED_POOL}" }) }`,
      ),
    ).toEqual({ a: "ran", b: "ran", c: "ran" });
  });

  it("refuses a well-formed pool outside the allow list, naming it (cut to 60 characters)", async () => {
    const long = `eu-west-1_${"A".repeat(45)}`;

    expect(
      await ask(
        admin,
        `{ a: pool(input: { userPoolId: "us-east-1_Other99" }) b: pool(userPoolId: "${long}") }`,
      ),
    ).toEqual({
      a: 'FORBIDDEN: The gateway is not allowed to act on user pool "us-east-1_Other99"',
      b: `FORBIDDEN: The gateway is not allowed to act on user pool ${JSON.stringify(long)}`,
    });
  });

  it("answers each field for its own pool: an allowed alias does not let another one through", async () => {
    expect(
      await ask(admin, `{ a: pool(userPoolId: "${ALLOWED_POOL}") b: pool(userPoolId: "us-east-1_Other99") }`),
    ).toEqual({
      a: "ran",
      b: 'FORBIDDEN: The gateway is not allowed to act on user pool "us-east-1_Other99"',
    });
  });

  it("reads the input's pool before the argument's", async () => {
    expect(
      await ask(admin, `{ pool(userPoolId: "${ALLOWED_POOL}", input: { userPoolId: "us-east-1_Other99" }) }`),
    ).toEqual({ pool: 'FORBIDDEN: The gateway is not allowed to act on user pool "us-east-1_Other99"' });
  });

  it("leaves a malformed id to input validation (InvalidParameter), which refuses it before Cognito", async () => {
    expect(await ask(admin, '{ pool(userPoolId: "not a pool id") }')).toEqual({ pool: "ran" });
  });
});

describe("hasKnownEntityTypes", () => {
  const entities = (representations: unknown[]) =>
    ask(user, "query ($r: [Any!]!) { entities(representations: $r) }", { variables: { r: representations } });

  it("allows User references only, and names the first foreign __typename", async () => {
    expect(await entities([{ __typename: "User", sub: "a" }])).toEqual({ entities: "ran" });
    expect(await entities([{ __typename: "User", sub: "a" }, { __typename: "Order", id: "1" }, "x"])).toEqual(
      {
        entities: 'BAD_USER_INPUT: _entities resolves only User references; got __typename "Order"',
      },
    );
    expect(await entities(["just a string"])).toEqual({
      entities: 'BAD_USER_INPUT: _entities resolves only User references; got __typename "undefined"',
    });
  });
});

describe("checkSelfOrAdmin", () => {
  it("lets an admin read anyone and a user only themselves", () => {
    expect(checkSelfOrAdmin(admin, "sub-someone")).toBeUndefined();
    expect(checkSelfOrAdmin(user, "sub-ada")).toBeUndefined();
    expect(checkSelfOrAdmin(user, "sub-someone")).toMatchObject({
      message: "Only an administrator or the user themselves may read this user's attributes",
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("does not let a non-admin machine token read the user whose sub equals its client id", () => {
    const reader: Principal = { ...machine, isAdmin: false };

    expect(checkSelfOrAdmin(reader, "machineclient1")?.extensions.code).toBe("FORBIDDEN");
  });

  it("answers UNAUTHENTICATED without a usable token", () => {
    expect(checkSelfOrAdmin(anonymous, "sub-ada")?.extensions.code).toBe("UNAUTHENTICATED");
    expect(checkSelfOrAdmin(invalid, "sub-ada")?.message).toBe("Invalid access token: the token has expired");
  });
});
