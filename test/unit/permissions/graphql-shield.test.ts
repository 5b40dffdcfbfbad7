import { graphql, GraphQLError, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { createSchema } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import {
  and,
  deny,
  perFieldRule,
  perRequestRule,
  permissionsShield,
  protectRootFields,
} from "../../../src/permissions/graphql-shield.js";

/*
 * The workarounds in src/permissions/graphql-shield.ts, each against shield's default it replaces,
 * on a small schema executed in-process with graphql-js.
 */

const typeDefs = /* GraphQL */ `
  type Query {
    open: String
    closed: String
    viewer: Viewer
    pool(userPoolId: String): String
    failing: String
    throwingRule: String
  }
  type Mutation {
    write: String
  }
  type Viewer {
    name: String
    secret: String
  }
`;

/** A fresh schema protected through the project's shield options, and counters of what ran. */
function protectedSchema() {
  const calls = { caller: 0, pool: [] as unknown[], viewerFieldParents: 0 };
  const isCaller = perRequestRule(async () => {
    calls.caller++;
    return true;
  });
  const isPool = perFieldRule<{ userPoolId?: string }>(async (_parent, args) => {
    calls.pool.push(args.userPoolId);
    return args.userPoolId === "allowed"
      ? true
      : new GraphQLError(`not pool ${args.userPoolId}`, { extensions: { code: "FORBIDDEN" } });
  });
  const throws = perRequestRule(async () => {
    throw new Error("rule crashed with internals");
  });
  const permissions = permissionsShield({
    Query: {
      "*": deny,
      open: isCaller,
      viewer: isCaller,
      pool: and(isCaller, isPool),
      failing: isCaller,
      throwingRule: throws,
    },
    Mutation: { "*": deny },
  });
  const schema: GraphQLSchema = createSchema({
    typeDefs,
    resolvers: {
      Query: {
        open: () => "open",
        closed: () => "closed",
        viewer: () => ({ name: "ada", secret: "s" }),
        pool: (_parent: unknown, args: { userPoolId?: string }) => `pool ${args.userPoolId}`,
        failing: () => {
          throw new GraphQLError("Cognito said no", { extensions: { code: "NotAuthorizedException" } });
        },
        throwingRule: () => "never",
      },
      Mutation: { write: () => "written" },
      Viewer: {
        name: (parent: { name: string }) => {
          calls.viewerFieldParents++;
          return parent.name;
        },
      },
    },
  });
  return { schema: protectRootFields(schema, permissions), calls, unprotected: schema };
}

const run = async (source: string) => {
  const { schema, calls } = protectedSchema();
  const result = await graphql({ schema, source, contextValue: {} });
  return { result: JSON.parse(JSON.stringify(result)) as { data?: unknown; errors?: unknown[] }, calls };
};

describe("the shield workarounds", () => {
  it("closes each root type with '*': deny, refusing with the FORBIDDEN fallback error", async () => {
    const { result } = await run("{ closed }");
    const mutation = await run("mutation { write }");

    for (const { data, errors } of [result, mutation.result]) {
      expect(errors).toEqual([
        expect.objectContaining({
          message: "This field is not exposed by the gateway's permissions",
          extensions: { code: "FORBIDDEN" },
        }),
      ]);
      expect(Object.values(data as object)).toEqual([null]);
    }
  });

  it("decides a caller rule once per request, however many fields name it", async () => {
    const { result, calls } = await run('{ open a: open viewer { name } p: pool(userPoolId: "allowed") }');

    expect(result.errors).toBeUndefined();
    expect(calls.caller).toBe(1);
  });

  it("decides an argument rule for each field: two aliases aiming at different pools get their own answers", async () => {
    const { result, calls } = await run('{ ok: pool(userPoolId: "allowed") no: pool(userPoolId: "other") }');

    expect(calls.pool).toEqual(["allowed", "other"]);
    expect(result.data).toEqual({ ok: "pool allowed", no: null });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: "not pool other", path: ["no"], extensions: { code: "FORBIDDEN" } }),
    ]);
  });

  it("lets a resolver's own error through as it is, not as a permission refusal", async () => {
    const { result } = await run("{ failing }");

    expect(result.errors).toEqual([
      expect.objectContaining({ message: "Cognito said no", extensions: { code: "NotAuthorizedException" } }),
    ]);
  });

  it("answers a rule that throws with the FORBIDDEN fallback, never with the thrown message", async () => {
    const { result } = await run("{ throwingRule }");

    expect(JSON.stringify(result)).not.toContain("internals");
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: { code: "FORBIDDEN" }, path: ["throwingRule"] }),
    ]);
  });

  it("wraps the root fields only: nested fields keep their own resolvers and inherit the root decision", async () => {
    const { schema, unprotected } = protectedSchema();
    const viewer = (s: GraphQLSchema) => s.getType("Viewer") as GraphQLObjectType;

    expect(viewer(schema).getFields().name?.resolve).toBe(viewer(unprotected).getFields().name?.resolve);
    expect(viewer(schema).getFields().secret?.resolve).toBeUndefined();
    const query = (s: GraphQLSchema) => s.getQueryType()?.getFields().open?.resolve;
    expect(query(schema)).not.toBe(query(unprotected));

    const { result, calls } = await run("{ viewer { name secret } }");
    expect(result).toEqual({ data: { viewer: { name: "ada", secret: "s" } } });
    expect(calls.viewerFieldParents).toBe(1);
  });
});
