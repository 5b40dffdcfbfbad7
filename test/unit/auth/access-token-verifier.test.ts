import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAccessTokenVerifier } from "../../../src/auth/access-token-verifier.js";
import { aUser, type FakeCognito } from "../../helpers/fake-cognito.js";
import { startFakeBackend } from "../../helpers/fake-backend.js";
import type { TokenIssuer } from "../../helpers/tokens.js";

let fake: FakeCognito;
let tokens: TokenIssuer;
beforeAll(async () => {
  ({ fake, tokens } = await startFakeBackend());
});
afterAll(async () => {
  await fake.close();
});

describe("createAccessTokenVerifier", () => {
  it("returns the claims the gateway acts on", async () => {
    const verifier = createAccessTokenVerifier({ issuer: fake.issuer, clientIds: [tokens.defaultClientId] });
    const user = aUser({ username: "claims-user" });
    const token = await tokens.adminAccessToken(user);
    await expect(verifier.verify(token)).resolves.toEqual({
      raw: token,
      sub: user.sub,
      username: "claims-user",
      clientId: tokens.defaultClientId,
      groups: ["admin"],
      scopes: ["aws.cognito.signin.user.admin"],
    });
  });

  it("remembers a verified token instead of fetching keys or checking the signature again", async () => {
    const verifier = createAccessTokenVerifier({ issuer: fake.issuer, clientIds: [tokens.defaultClientId] });
    const token = await tokens.accessToken(aUser());
    const before = fake.jwksRequests;
    const first = await verifier.verify(token);
    const second = await verifier.verify(token);
    expect(second).toBe(first);
    expect(fake.jwksRequests - before).toBe(1);
  });

  it("does not remember a token past its expiry", async () => {
    const verifier = createAccessTokenVerifier({ issuer: fake.issuer, clientIds: [tokens.defaultClientId] });
    const now = Math.floor(Date.now() / 1000);
    const token = await tokens.accessToken({ ...aUser(), iat: now - 60, exp: now + 60 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ raw: token });
    // The clock moves past `exp` instead of the test waiting for it: a token that expired within
    // milliseconds of being minted made this depend on how fast the first verification ran.
    vi.useFakeTimers({ toFake: ["Date"], now: (now + 61) * 1000 });
    try {
      await expect(verifier.verify(token)).rejects.toThrow(/expired/i);
    } finally {
      vi.useRealTimers();
    }
  });

  it("never remembers a token that failed verification", async () => {
    const verifier = createAccessTokenVerifier({ issuer: fake.issuer, clientIds: [tokens.defaultClientId] });
    const forged = await tokens.foreignKeyAccessToken(aUser());
    await expect(verifier.verify(forged)).rejects.toThrow();
    await expect(verifier.verify(forged)).rejects.toThrow();
  });
});
