import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { createAccessTokenVerifier } from "../src/auth/access-token-verifier.js";
import { createApp } from "../src/app.js";
import { createLogger } from "../src/logger.js";
import { UNLIMITED_GOVERNOR } from "../src/quota/governor.js";
import { aUser, FakeCognito } from "../test/helpers/fake-cognito.js";
import { Writable } from "node:stream";

const { fake, tokens } = await FakeCognito.startWithIssuer();
const admin = fake.addUser(aUser({ username: "bench-admin" }));
const token = await tokens.adminAccessToken(admin);
const verifier = createAccessTokenVerifier({ issuer: fake.issuer, clientIds: [tokens.defaultClientId] });
await verifier.loadSigningKeys();
const stubClient = { send: async () => ({}) } as unknown as CognitoIdentityProviderClient;
const variant = process.env.VARIANT ?? "full";
const app = createApp({
  cognitoClient: stubClient,
  accessTokenVerifier: verifier,
  defaultUserPoolId: fake.userPoolId,
  logger: createLogger({
    level: variant === "nolog" ? "silent" : "info",
    destination: new Writable({ write: (_c, _e, d) => d() }),
  }),
  environment: "production",
  quotaGovernor: UNLIMITED_GOVERNOR,
  metrics: variant === "nometrics" ? false : undefined,
});
const body = JSON.stringify({
  query:
    "mutation Bench($input: AdminUpdateUserAttributesInput!) { adminUpdateUserAttributes(input: $input) { __typename } }",
  variables: {
    input: { username: "bench-user", userAttributes: [{ name: "custom:department", value: "bench" }] },
  },
});
const run = async () => {
  const r = await app.fetch("http://bench/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": String(body.length),
      authorization: `Bearer ${token}`,
    },
    body,
  });
  await r.text();
};
for (let i = 0; i < 500; i++) await run();
const t = process.cpuUsage();
const N = 5000;
for (let i = 0; i < N; i++) await run();
const u = process.cpuUsage(t);
console.log(variant, ((u.user + u.system) / N).toFixed(1), "us/req");
await fake.close();
