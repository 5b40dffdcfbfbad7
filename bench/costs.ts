/**
 * Where one request's CPU time goes inside the gateway, measured in-process with a Cognito stub that
 * answers instantly, so only the gateway's own work is counted.
 */
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { execute, parse, validate } from "graphql";
import { createAccessTokenVerifier } from "../src/auth/access-token-verifier.js";
import { resolvePrincipal } from "../src/auth/principal.js";
import { createApp } from "../src/app.js";
import { createContext } from "../src/context.js";
import { createLogger } from "../src/logger.js";
import { protectSchema } from "../src/permissions/shield.js";
import { UNLIMITED_GOVERNOR } from "../src/quota/governor.js";
import { schema } from "../src/schema/index.js";
import { aUser, FakeCognito } from "../test/helpers/fake-cognito.js";

const ITERATIONS = 3_000;
const WARM_UP = 200;

const DOCUMENT = `mutation Bench($input: AdminUpdateUserAttributesInput!) {
  adminUpdateUserAttributes(input: $input) { __typename }
}`;
const VARIABLES = {
  input: { username: "bench-user", userAttributes: [{ name: "custom:department", value: "bench" }] },
};

async function perCall(label: string, run: () => unknown): Promise<{ step: string; microseconds: number }> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const started = process.cpuUsage();
  for (let i = 0; i < ITERATIONS; i++) await run();
  const used = process.cpuUsage(started);
  return { step: label, microseconds: (used.user + used.system) / ITERATIONS };
}

export async function measureCosts(): Promise<{
  iterations: number;
  rows: { step: string; microseconds: number }[];
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
      Array.from({ length: ITERATIONS + WARM_UP }, (_, index) =>
        tokens.adminAccessToken(aUser({ username: `bench-${index}` })),
      ),
    );
    const stubClient = { send: async () => ({}) } as unknown as CognitoIdentityProviderClient;
    const cognito = { client: stubClient, callTimeoutMs: 5_000, governor: UNLIMITED_GOVERNOR };
    const protectedSchema = protectSchema(schema);
    const document = parse(DOCUMENT);
    const contextDeps = {
      cognito,
      accessTokenVerifier: verifier,
      principalPolicy: { adminGroup: "admin", adminScopes: [] },
      defaultUserPoolId: fake.userPoolId,
      allowedUserPoolIds: new Set([fake.userPoolId]),
      writePolicy: { adminOnlyAttributes: new Set<string>(), readOnlyAttributes: new Set<string>() },
      loaderOptions: { maxConcurrentReads: 8 },
      auditSink: { record: () => {} },
      logger: createLogger({ level: "silent" }),
      maxBulkItems: 100,
    };
    const context = () =>
      createContext(contextDeps, { requestId: "bench", authorization: `Bearer ${token}` });
    const app = createApp({
      cognitoClient: stubClient,
      accessTokenVerifier: verifier,
      defaultUserPoolId: fake.userPoolId,
      logger: createLogger({ level: "silent" }),
      environment: "production",
      quotaGovernor: UNLIMITED_GOVERNOR,
      metrics: false,
    });
    const body = JSON.stringify({ query: DOCUMENT, variables: VARIABLES });

    const rows = [
      await perCall("whole request through yoga (`app.fetch`, no socket)", async () => {
        const response = await app.fetch("http://bench/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body,
        });
        await response.text();
      }),
      await perCall("access token verification, a token seen for the first time (RS256)", () =>
        resolvePrincipal(`Bearer ${freshTokens.pop() ?? token}`, verifier, contextDeps.principalPolicy),
      ),
      await perCall("access token verification, a token seen before (verified-token cache)", () =>
        resolvePrincipal(`Bearer ${token}`, verifier, contextDeps.principalPolicy),
      ),
      await perCall("parse + validate (uncached; yoga caches both per document)", () =>
        validate(schema, parse(DOCUMENT)),
      ),
      await perCall("execute with shield (rules, per-field middleware)", async () => {
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
    const shield = (rows[4]?.microseconds ?? 0) - (rows[5]?.microseconds ?? 0);
    return {
      iterations: ITERATIONS,
      rows,
      notes: `Shield's share of execution: ${shield.toFixed(1)} µs per request. The Cognito call itself (SDK serialization, SigV4 signing, HTTP) is not in these rows: the floor pays it too.`,
    };
  } finally {
    await fake.close();
  }
}
