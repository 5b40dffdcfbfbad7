import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAccessTokenVerifier } from "../../../src/auth/access-token-verifier.js";
import { type Principal, resolvePrincipal } from "../../../src/auth/principal.js";
import { type FakeBackend, useFakeBackend } from "../../helpers/fake-backend.js";
import { aUser } from "../../helpers/fake-cognito.js";

const POLICY = { adminGroup: "admin", adminScopes: ["gateway/admin"] };
/** The client-credentials app client TokenIssuer#machineToken mints for by default. */
const MACHINE_CLIENT = "machineclient1";

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("resolvePrincipal, with the real verifier against a FakeCognito's keys over HTTP", () => {
  let world: FakeBackend;
  useFakeBackend((started) => {
    world = started;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const verifier = () =>
    createAccessTokenVerifier({
      issuer: world.fake.issuer,
      clientIds: [world.tokens.defaultClientId, MACHINE_CLIENT],
    });
  const resolve = (authorization: string | null, tokenVerifier = verifier()) =>
    resolvePrincipal(authorization, tokenVerifier, POLICY);
  const reasonOf = (principal: Principal) =>
    principal.kind === "invalid" ? principal.reason : principal.kind;

  it("is anonymous without a header or with a blank one, and fetches no keys", async () => {
    await expect(resolve(null)).resolves.toEqual({ kind: "anonymous" });
    await expect(resolve("   ")).resolves.toEqual({ kind: "anonymous" });
    expect(world.fake.jwksRequests).toBe(0);
  });

  it("refuses several Authorization headers (joined with a comma) rather than guessing one", async () => {
    const token = await world.tokens.accessToken(aUser());

    const principal = await resolve(`Bearer ${token}, Bearer ${token}`);

    expect(reasonOf(principal)).toMatch(/^Send one Authorization header/);
  });

  it.each(["Basic dXNlcjpwYXNz", "Bearer", "Bearer two words", "Token abc.def.ghi"])(
    "refuses %j as not 'Bearer <access token>'",
    async (header) => {
      expect(reasonOf(await resolve(header))).toBe(
        "The Authorization header must be 'Bearer <access token>'",
      );
    },
  );

  it("accepts the scheme in any case and trailing spaces", async () => {
    const user = aUser();
    const token = await world.tokens.accessToken(user);

    const principal = await resolve(`bEaReR   ${token}  `);

    expect(principal).toMatchObject({ kind: "authenticated", token: { sub: user.sub }, isUser: true });
  });

  it("takes a member of the admin group for an admin and a user, and anyone else for a user only", async () => {
    const admin = await resolve(`Bearer ${await world.tokens.adminAccessToken(aUser())}`);
    const user = await resolve(`Bearer ${await world.tokens.accessToken(aUser())}`);
    const otherGroup = await resolve(
      `Bearer ${await world.tokens.accessToken({ ...aUser(), "cognito:groups": ["administrators"] })}`,
    );

    expect(admin).toMatchObject({ kind: "authenticated", isAdmin: true, isUser: true });
    expect(user).toMatchObject({ kind: "authenticated", isAdmin: false, isUser: true });
    expect(otherGroup).toMatchObject({ kind: "authenticated", isAdmin: false, isUser: true });
  });

  it("does not take a user token without the self-service scope for a user", async () => {
    const token = await world.tokens.accessToken({ ...aUser(), scope: "openid email" });

    expect(await resolve(`Bearer ${token}`)).toMatchObject({ kind: "authenticated", isUser: false });
  });

  it("takes a machine token for an admin by its scope only, and never for a user", async () => {
    const admin = await resolve(
      `Bearer ${await world.tokens.machineToken({ scope: "gateway/read gateway/admin" })}`,
    );
    const reader = await resolve(`Bearer ${await world.tokens.machineToken({ scope: "gateway/read" })}`);
    // A machine token claiming the admin group is not an admin: groups are for users.
    const grouped = await resolve(`Bearer ${await world.tokens.machineToken({ scope: "admin" })}`);

    expect(admin).toMatchObject({ kind: "authenticated", isAdmin: true, isUser: false });
    expect(reader).toMatchObject({ kind: "authenticated", isAdmin: false, isUser: false });
    expect(grouped).toMatchObject({ kind: "authenticated", isAdmin: false, isUser: false });
  });

  it("names what is wrong with a bad token in a fixed sentence that quotes nothing from it", async () => {
    const user = aUser();
    const cases: [Promise<string>, string][] = [
      [world.tokens.idToken(user), "wrong token use: send the access token, not the ID token"],
      [
        world.tokens.accessToken({ ...user, client_id: "someotherclient" }),
        "the token was issued to an app client this gateway does not accept",
      ],
      [
        world.tokens.otherIssuerAccessToken(user),
        "the token was issued by another user pool (issuer not allowed)",
      ],
      [
        world.tokens.foreignKeyAccessToken(user),
        "the signature does not verify against the user pool's keys",
      ],
      // aws-jwt-verify refuses `alg: none` while parsing the header, before any key is looked up.
      [
        world.tokens.algNoneAccessToken(user),
        "the token is malformed or its claims are not those of a Cognito access token",
      ],
      [world.tokens.expiredAccessToken(user), "the token has expired"],
      [world.tokens.notYetValidAccessToken(user), "the token is not valid yet (nbf)"],
      [
        Promise.resolve("bm90.YQ.dG9rZW4"),
        "the token is malformed or its claims are not those of a Cognito access token",
      ],
    ];
    for (const [minted, reason] of cases) {
      const token = await minted;
      const principal = await resolve(`Bearer ${token}`);
      expect(reasonOf(principal), token).toBe(`Invalid access token: ${reason}`);
      expect(reasonOf(principal)).not.toContain(user.sub);
    }
  });

  it("refuses a correctly signed token without exp: it would never expire", async () => {
    const token = await world.tokens.accessToken({ ...aUser(), exp: undefined as unknown as number });

    expect(reasonOf(await resolve(`Bearer ${token}`))).toMatch(
      /^Invalid access token: the token has no expiry/,
    );
  });

  it("allows no clock skew at exp: good one second before, expired one second after", async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    const token = await world.tokens.accessToken({ ...aUser(), exp });
    const tokenVerifier = verifier();

    vi.useFakeTimers({ toFake: ["Date"], now: (exp - 1) * 1000 });
    expect((await resolve(`Bearer ${token}`, tokenVerifier)).kind).toBe("authenticated");
    // The same verifier remembers the token; the remembered answer must not outlive exp either.
    vi.setSystemTime((exp + 1) * 1000);
    expect(reasonOf(await resolve(`Bearer ${token}`, tokenVerifier))).toBe(
      "Invalid access token: the token has expired",
    );
  });

  it("allows no clock skew at nbf: a token from an issuer whose clock runs ahead works once ours catches up", async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await world.tokens.accessToken({ ...aUser(), iat: now + 30, nbf: now + 30 });
    const tokenVerifier = verifier();

    vi.useFakeTimers({ toFake: ["Date"], now: now * 1000 });
    expect(reasonOf(await resolve(`Bearer ${token}`, tokenVerifier))).toBe(
      "Invalid access token: the token is not valid yet (nbf)",
    );
    // The refusal was not remembered: the same verifier accepts the token once the clock passes nbf.
    vi.setSystemTime((now + 31) * 1000);
    expect((await resolve(`Bearer ${token}`, tokenVerifier)).kind).toBe("authenticated");
  });

  it("says the keys are unavailable, not that the token is bad, when the JWKS cannot be fetched", async () => {
    const token = await world.tokens.accessToken(aUser());
    const unreachable = createAccessTokenVerifier({
      issuer: world.fake.issuer,
      clientIds: [world.tokens.defaultClientId],
      jwksUri: `http://127.0.0.1:${await closedPort()}/.well-known/jwks.json`,
    });

    const principal = await resolve(`Bearer ${token}`, unreachable);

    expect(principal).toEqual({
      kind: "unavailable",
      reason: "Signing keys unavailable: the gateway cannot check access tokens right now; try again",
    });
  });
});
