/**
 * Where one request's CPU time goes inside the gateway, measured in-process with a Cognito stub that
 * answers instantly, so only the gateway's own work is counted.
 */
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { execute, parse, validate } from "graphql";
import { createSchema, createYoga } from "graphql-yoga";
import { createAccessTokenVerifier } from "../src/auth/access-token-verifier.js";
import { resolvePrincipal } from "../src/auth/principal.js";
import { createApp } from "../src/app.js";
import { createLogAuditSink } from "../src/audit.js";
import { createContext } from "../src/context.js";
import { createLogger } from "../src/logger.js";
import { protectSchema } from "../src/permissions/shield.js";
import { UNLIMITED_GOVERNOR } from "../src/quota/governor.js";
import { schema } from "../src/schema/index.js";
import { createCognitoClient } from "../src/cognito/client.js";
import { aUser, FakeCognito } from "../test/helpers/fake-cognito.js";
import { loadPoolContracts, testConfig } from "../test/helpers/gateway.js";

const ITERATIONS = 3_000;
const WARM_UP = 3_000;
const ROUNDS = 3;

const DOCUMENT = `mutation Bench($input: AdminUpdateUserAttributesInput!) {
  adminUpdateUserAttributes(input: $input) { __typename }
}`;
const VARIABLES = {
  input: { username: "bench-user", userAttributes: [{ name: "custom:department", value: "bench" }] },
};

interface Cost {
  step: string;
  microseconds: number;
}

async function perCall(step: string, run: () => unknown): Promise<Cost> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.cpuUsage();
    for (let i = 0; i < ITERATIONS; i++) await run();
    const used = process.cpuUsage(started);
    rounds.push((used.user + used.system) / ITERATIONS);
  }
  rounds.sort((a, b) => a - b);
  return { step, microseconds: rounds[Math.floor(ROUNDS / 2)] as number };
}

/** The mutation in a minimal yoga server: what graphql-yoga costs before the gateway adds anything. */
function minimalYoga(options: { maxRequestBodySize?: false }) {
  return createYoga({
    ...options,
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query {
          ok: Boolean
        }
        input AttributeInput {
          name: String!
          value: String!
        }
        input AdminUpdateUserAttributesInput {
          username: String!
          userAttributes: [AttributeInput!]!
        }
        type AdminUpdateUserAttributesSuccess {
          ok: Boolean
        }
        union AdminUpdateUserAttributesResult = AdminUpdateUserAttributesSuccess
        type Mutation {
          adminUpdateUserAttributes(input: AdminUpdateUserAttributesInput!): AdminUpdateUserAttributesResult!
        }
      `,
      resolvers: {
        AdminUpdateUserAttributesResult: { __resolveType: () => "AdminUpdateUserAttributesSuccess" },
        Mutation: { adminUpdateUserAttributes: async () => ({}) },
      },
    }),
  });
}

export async function measureCosts(): Promise<{
  iterations: number;
  warmUp: number;
  rounds: number;
  rows: Cost[];
  notes: string;
}> {
  const { fake, tokens } = await FakeCognito.startWithIssuer();
  try {
    const admin = fake.addUser(aUser({ username: "bench-admin" }));
    const token = await tokens.adminAccessToken(admin);
    const verifier = createAccessTokenVerifier({ issuer: fake.issuer, clientIds: [tokens.defaultClientId] });
    await verifier.loadSigningKeys();
    // Distinct tokens, so each verification pays the RS256 check.
    const freshTokens = await Promise.all(
      Array.from({ length: ITERATIONS * ROUNDS + WARM_UP }, (_, index) =>
        tokens.adminAccessToken(aUser({ username: `bench-${index}` })),
      ),
    );
    const stubClient = { send: async () => ({}) } as unknown as CognitoIdentityProviderClient;
    const cognito = {
      client: stubClient,
      callTimeoutMs: 5_000,
      maxAttempts: 3,
      governor: UNLIMITED_GOVERNOR,
    };
    // The contract is read from the fake once, as at start; the measured requests never call it.
    const backend = {
      endpoint: fake.endpoint,
      region: fake.region,
      userPoolId: fake.userPoolId,
      issuer: fake.issuer,
      clientIds: [tokens.defaultClientId],
    };
    const poolContracts = await loadPoolContracts(backend, {
      cognitoClient: createCognitoClient({
        region: fake.region,
        endpoint: fake.endpoint,
        credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
        maxAttempts: 3,
        connectTimeoutMs: 1_000,
      }),
      logger: createLogger({ level: "silent" }),
    });
    const protectedSchema = protectSchema(schema);
    const document = parse(DOCUMENT);
    const contextDeps = {
      cognito,
      accessTokenVerifier: verifier,
      principalPolicy: { adminGroup: "admin", adminScopes: [] },
      // The stub client answers every call with {}, which confirms nobody; once confirmed, the
      // check is a Map lookup per request.
      adminConfirmer: undefined,
      defaultUserPoolId: fake.userPoolId,
      allowedUserPoolIds: new Set([fake.userPoolId]),
      poolContracts,
      writePolicy: { adminOnlyAttributes: new Set<string>(), readOnlyAttributes: new Set<string>() },
      loaderOptions: { maxConcurrentReads: 8 },
      auditSink: { record: () => {} },
      logger: createLogger({ level: "silent" }),
      maxBulkItems: 100,
      federationSdl: "public" as const,
    };
    const context = () =>
      createContext(contextDeps, { requestId: "bench", authorization: `Bearer ${token}` });
    const appLogger = createLogger({ level: "silent" });
    const app = createApp(testConfig(backend, { NODE_ENV: "production", METRICS: "false" }), {
      cognitoClient: stubClient,
      accessTokenVerifier: verifier,
      defaultUserPoolId: fake.userPoolId,
      poolContracts,
      logger: appLogger,
      quotaGovernor: UNLIMITED_GOVERNOR,
      readiness: { ready: true },
      auditSink: createLogAuditSink(appLogger),
      metrics: undefined,
      tracer: undefined,
      trustedDocuments: undefined,
      graphiqlHeaders: undefined,
      skipAdminConfirmationForTests: true,
    });
    const body = JSON.stringify({ query: DOCUMENT, variables: VARIABLES });
    const post = (fetchFn: (url: string, init: RequestInit) => Response | Promise<Response>) => async () => {
      const response = await fetchFn("http://bench/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          authorization: `Bearer ${token}`,
        },
        body,
      });
      await response.text();
    };
    const yogaDefault = minimalYoga({});
    const yogaNoStreamLimit = minimalYoga({ maxRequestBodySize: false });

    const rows = [
      await perCall(
        "whole request through the gateway (`app.fetch`: yoga, plugins, shield, token, no logs or metrics)",
        post(app.fetch),
      ),
      await perCall("minimal graphql-yoga server, default options", post(yogaDefault.fetch)),
      await perCall(
        "minimal graphql-yoga server, `maxRequestBodySize: false`",
        post(yogaNoStreamLimit.fetch),
      ),
      await perCall("access token verification, a token seen for the first time (RS256)", () =>
        resolvePrincipal(`Bearer ${freshTokens.pop() ?? token}`, verifier, contextDeps.principalPolicy),
      ),
      await perCall("access token verification, a token seen before (verified-token cache)", () =>
        resolvePrincipal(`Bearer ${token}`, verifier, contextDeps.principalPolicy),
      ),
      await perCall("parse + validate (uncached; yoga caches both per document)", () =>
        validate(schema, parse(DOCUMENT)),
      ),
      await perCall("execute with shield (rules, root-field middleware)", async () => {
        const contextValue = context();
        await contextValue.principal();
        return execute({ schema: protectedSchema, document, variableValues: VARIABLES, contextValue });
      }),
      await perCall("execute without shield", async () => {
        const contextValue = context();
        await contextValue.principal();
        return execute({ schema, document, variableValues: VARIABLES, contextValue });
      }),
    ];
    const at = (index: number) => rows[index]?.microseconds ?? 0;
    return {
      iterations: ITERATIONS,
      warmUp: WARM_UP,
      rounds: ROUNDS,
      rows,
      notes: [
        `Shield's share of execution: ${(at(6) - at(7)).toFixed(1)} µs per request.`,
        `yoga's own body-size limit, which re-streams every body through a counting TransformStream, costs ${(at(1) - at(2)).toFixed(1)} µs per request; the gateway turns it off (its own plugin checks the declared Content-Length and refuses bodies without one).`,
        `Everything the gateway adds in-process over a minimal yoga server without that limit: ${(at(0) - at(2)).toFixed(1)} µs.`,
        "The Cognito call itself (SDK serialization, SigV4 signing, HTTP) is not in these rows: the floor pays it too.",
      ].join(" "),
    };
  } finally {
    await fake.close();
  }
}
