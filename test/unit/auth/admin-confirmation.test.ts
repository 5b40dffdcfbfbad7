import { afterEach, describe, expect, it, vi } from "vitest";
import type { VerifiedAccessToken } from "../../../src/auth/access-token-verifier.js";
import { confirmedPrincipal, createAdminConfirmer } from "../../../src/auth/admin-confirmation.js";
import type { Principal } from "../../../src/auth/principal.js";
import { type FakeBackend, useFakeBackend } from "../../helpers/fake-backend.js";
import { aUser, type FakeUser } from "../../helpers/fake-cognito.js";
import { cognitoDepsFor } from "../../helpers/fake-cognito-deps.js";

const RECHECK_SECONDS = 60;

describe("the admin confirmer, against a FakeCognito over HTTP", () => {
  let world: FakeBackend;
  useFakeBackend((started) => {
    world = started;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const confirmer = (recheckSeconds = RECHECK_SECONDS) =>
    createAdminConfirmer({ userPoolId: world.fake.userPoolId, adminGroup: "admin", recheckSeconds });

  /** An admin in the pool, and the claims of a real access token of theirs. */
  async function anAdmin(
    overrides: Partial<FakeUser> = {},
  ): Promise<{ user: FakeUser; token: VerifiedAccessToken }> {
    const user = world.fake.addUser(aUser({ groups: ["admin"], ...overrides }));
    const raw = await world.tokens.adminAccessToken(user);
    return {
      user,
      token: {
        raw,
        sub: user.sub,
        username: user.username,
        clientId: world.tokens.defaultClientId,
        groups: ["admin"],
        scopes: ["aws.cognito.signin.user.admin"],
      },
    };
  }

  const questions = () => world.fake.requestsFor("GetUser").length;

  it("confirms an admin with one GetUser and one AdminListGroupsForUser", async () => {
    const { user, token } = await anAdmin();

    await expect(confirmer().confirm(token, cognitoDepsFor(world.fake))).resolves.toEqual({
      kind: "confirmed",
    });

    expect(world.fake.requestsFor("GetUser").map((request) => request.body.AccessToken)).toEqual([token.raw]);
    expect(world.fake.requestsFor("AdminListGroupsForUser").map((request) => request.body.Username)).toEqual([
      user.username,
    ]);
  });

  it("trusts an answer for the recheck interval, then asks Cognito again", async () => {
    const { token } = await anAdmin();
    const admins = confirmer();
    const cognito = cognitoDepsFor(world.fake);
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"], now: start });

    await admins.confirm(token, cognito);
    vi.setSystemTime(start + RECHECK_SECONDS * 1000 - 1);
    await admins.confirm(token, cognito);
    expect(questions()).toBe(1);

    vi.setSystemTime(start + RECHECK_SECONDS * 1000);
    await admins.confirm(token, cognito);
    expect(questions()).toBe(2);
  });

  it("asks on every call when the interval is 0", async () => {
    const { token } = await anAdmin();
    const admins = confirmer(0);
    const cognito = cognitoDepsFor(world.fake);

    await admins.confirm(token, cognito);
    await admins.confirm(token, cognito);

    expect(questions()).toBe(2);
  });

  it("shares one question between concurrent requests with the same token", async () => {
    const { token } = await anAdmin();
    const admins = confirmer();
    const cognito = cognitoDepsFor(world.fake);
    world.fake.delay("GetUser", 50);

    const answers = await Promise.all([1, 2, 3].map(() => admins.confirm(token, cognito)));

    expect(answers).toEqual([{ kind: "confirmed" }, { kind: "confirmed" }, { kind: "confirmed" }]);
    expect(questions()).toBe(1);
  });

  it("keeps answers per token: another admin's token is asked about separately", async () => {
    const admins = confirmer();
    const cognito = cognitoDepsFor(world.fake);

    await admins.confirm((await anAdmin()).token, cognito);
    await admins.confirm((await anAdmin()).token, cognito);

    expect(questions()).toBe(2);
  });

  it("rejects a revoked token, a disabled user and a deleted one, naming Cognito's exception", async () => {
    const cognito = cognitoDepsFor(world.fake);
    const revoked = await anAdmin();
    world.fake.revokeToken(revoked.token.raw);
    const disabled = await anAdmin({ enabled: false });
    const deleted = await anAdmin();
    world.fake.deleteUser(deleted.user.username);

    for (const [{ token }, reason] of [
      [revoked, /NotAuthorizedException: Access Token has been revoked/],
      [disabled, /NotAuthorizedException: User is disabled/],
      [deleted, /UserNotFoundException/],
    ] as const) {
      const answer = await confirmer().confirm(token, cognito);
      expect(answer.kind).toBe("rejected");
      expect(answer.kind === "rejected" && answer.reason).toMatch(
        /^Invalid access token: Cognito no longer accepts it/,
      );
      expect(answer.kind === "rejected" && answer.reason).toMatch(reason);
    }
    expect(world.fake.requestsFor("AdminListGroupsForUser")).toEqual([]);
  });

  it("answers not-admin for a user Cognito no longer has in the admin group, whatever the token says", async () => {
    const { token } = await anAdmin({ groups: ["staff"] });

    await expect(confirmer().confirm(token, cognitoDepsFor(world.fake))).resolves.toEqual({
      kind: "not-admin",
      reason: "This operation is for administrators: Cognito says the user is no longer in the admin group",
    });
  });

  it("does not remember a failure to ask: the next request asks again, and a later yes is trusted", async () => {
    const { token } = await anAdmin();
    const admins = confirmer();
    const cognito = cognitoDepsFor(world.fake);
    world.fake.once("GetUser", { kind: "fail", type: "TooManyRequestsException", message: "Rate exceeded" });
    world.fake.once("AdminListGroupsForUser", {
      kind: "fail",
      type: "InternalErrorException",
      message: "internal",
    });

    const throttled = await admins.confirm(token, cognito);
    expect(throttled).toMatchObject({
      kind: "unconfirmed",
      reason: expect.stringMatching(/\(TooManyRequestsException\)/),
    });
    const groupsFailed = await admins.confirm(token, cognito);
    expect(groupsFailed).toMatchObject({
      kind: "unconfirmed",
      reason: expect.stringMatching(/\(InternalErrorException\)/),
    });

    await expect(admins.confirm(token, cognito)).resolves.toEqual({ kind: "confirmed" });
    await admins.confirm(token, cognito);
    expect(questions()).toBe(3);
  });
});

describe("confirmedPrincipal", () => {
  const token = (overrides: Partial<VerifiedAccessToken> = {}): VerifiedAccessToken => ({
    raw: "not-a-real-token",
    sub: "sub-1",
    username: "ada",
    clientId: "client",
    groups: ["admin"],
    scopes: [],
    ...overrides,
  });
  const admin: Principal = { kind: "authenticated", token: token(), isAdmin: true, isUser: true };

  /** A confirmer that answers `answer` and counts the questions. */
  function answering(answer: Awaited<ReturnType<ReturnType<typeof createAdminConfirmer>["confirm"]>>) {
    const asked: VerifiedAccessToken[] = [];
    return {
      asked,
      confirmer: {
        confirm: async (asking: VerifiedAccessToken) => {
          asked.push(asking);
          return answer;
        },
      },
    };
  }
  // Never called: the confirmer double answers without Cognito.
  const cognito = {} as Parameters<typeof confirmedPrincipal>[2];

  it("asks nothing about anonymous, invalid, non-admin or machine principals", async () => {
    const { asked, confirmer } = answering({ kind: "rejected", reason: "no" });
    const principals: Principal[] = [
      { kind: "anonymous" },
      { kind: "invalid", reason: "bad" },
      { ...admin, isAdmin: false },
      { kind: "authenticated", token: token({ username: undefined }), isAdmin: true, isUser: false },
    ];

    for (const principal of principals) {
      expect(await confirmedPrincipal(principal, confirmer, cognito)).toBe(principal);
    }
    expect(asked).toEqual([]);
  });

  it("leaves the principal as it is without a confirmer (the app turned the recheck off)", async () => {
    expect(await confirmedPrincipal(admin, undefined, cognito)).toBe(admin);
  });

  it("turns a rejected admin token into an invalid principal", async () => {
    const { confirmer } = answering({ kind: "rejected", reason: "Invalid access token: revoked" });

    expect(await confirmedPrincipal(admin, confirmer, cognito)).toEqual({
      kind: "invalid",
      reason: "Invalid access token: revoked",
    });
  });

  it.each(["not-admin", "unconfirmed"] as const)(
    "keeps the user rights of an admin whose confirmation is %s, and says why admin is denied",
    async (kind) => {
      const { confirmer } = answering({ kind, reason: "why not" });

      expect(await confirmedPrincipal(admin, confirmer, cognito)).toEqual({
        ...admin,
        isAdmin: false,
        adminDenial: "why not",
      });
    },
  );

  it("returns a confirmed admin unchanged", async () => {
    const { asked, confirmer } = answering({ kind: "confirmed" });

    expect(await confirmedPrincipal(admin, confirmer, cognito)).toBe(admin);
    expect(asked).toEqual([admin.kind === "authenticated" ? admin.token : undefined]);
  });
});
