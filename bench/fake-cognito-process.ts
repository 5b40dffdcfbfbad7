/**
 * The benchmark's Cognito: FakeCognito in its own process, so its work is not counted against the
 * servers being measured. Prints one JSON line (endpoint, issuer, tokens) and runs until SIGTERM.
 * BENCH_DELAY_MS adds a fixed delay to every write, like a real Cognito round trip.
 */
import { aUser, FakeCognito } from "../test/helpers/fake-cognito.js";

const delayMs = Number(process.env.BENCH_DELAY_MS ?? "0");
const USERS = 500;
const { fake, tokens } = await FakeCognito.startWithIssuer();
// In the pool's "admin" group too: the gateway re-confirms an admin token's group with Cognito.
const admin = fake.addUser(aUser({ username: "bench-admin", groups: ["admin"] }));
// Many users, as in production: Cognito (and the gateway's governor) limit writes per user to 10/s.
const users = Array.from({ length: USERS }, (_, index) =>
  fake.addUser(aUser({ username: `bench-user-${index}` })),
);
if (delayMs > 0) {
  fake.delay("AdminUpdateUserAttributes", delayMs);
  fake.delay("UpdateUserAttributes", delayMs);
}
// The fake records every request for tests; a long benchmark must not grow it without bound.
setInterval(() => fake.clearRequests(), 1_000).unref();

process.stdout.write(
  `${JSON.stringify({
    endpoint: fake.endpoint,
    issuer: fake.issuer,
    userPoolId: fake.userPoolId,
    region: fake.region,
    clientId: tokens.defaultClientId,
    adminToken: await tokens.adminAccessToken(admin),
    users: await Promise.all(
      users.map(async (user) => ({ username: user.username, token: await tokens.accessToken(user) })),
    ),
  })}\n`,
);
process.once("SIGTERM", () => void fake.close().then(() => process.exit(0)));
