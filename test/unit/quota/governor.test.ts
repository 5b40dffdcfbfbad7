import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TooManyRequestsError } from "../../../src/cognito/errors.js";
import { createQuotaGovernor, type QuotaGovernor } from "../../../src/quota/governor.js";

// The governor's sharing between callers, on fake timers: grants are counted in token intervals of
// the simulated clock, never in wall-clock time.

/** UserRead at 10 per second: one token every 100 ms (one slot, one token). */
const RATE = 10;
const INTERVAL_MS = 1000 / RATE;
const FAR = 60_000;

interface Grant {
  caller: string;
  askedAt: number;
  grantedAt: number;
}

describe("the quota governor's fair share between callers", () => {
  let governor: QuotaGovernor;
  let grants: Grant[];
  let start: number;

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00.000Z") });
    start = Date.now();
    governor = createQuotaGovernor({ rates: { UserRead: RATE }, reserveForCallMs: 0, pacing: 1 });
    grants = [];
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  function read(caller: string, deadlineAt = Date.now() + FAR): Promise<void> {
    const askedAt = Date.now();
    return governor.acquire("GetUser", { caller }, deadlineAt).then(() => {
      grants.push({ caller, askedAt, grantedAt: Date.now() });
    });
  }

  /** Token intervals from `from` to `to`. */
  const intervals = (from: number, to: number) => (to - from) / INTERVAL_MS;

  it("gives a caller who asks while another floods a turn within its fair share", async () => {
    const flood = Array.from({ length: 100 }, () => read("alice"));
    await vi.advanceTimersByTimeAsync(3 * INTERVAL_MS);
    const aliceBefore = grants.length;

    const bobReads = Array.from({ length: 5 }, () => read("bob"));
    await vi.advanceTimersByTimeAsync(12 * INTERVAL_MS);
    await Promise.all(bobReads);

    const bob = grants.filter((grant) => grant.caller === "bob");
    expect(bob).toHaveLength(5);
    // With two callers waiting, bob's share is every other token: his k-th read is due after 2k
    // intervals, and may wait one more for the token being taken when he asked.
    bob.forEach((grant, index) => {
      expect(intervals(grant.askedAt, grant.grantedAt)).toBeLessThanOrEqual(2 * (index + 1) + 1);
    });
    // Meanwhile alice kept the other half rather than stopping.
    const aliceDuring = grants.filter(
      (grant) => grant.caller === "alice" && grant.grantedAt <= (bob.at(-1) as Grant).grantedAt,
    ).length;
    expect(aliceDuring - aliceBefore).toBeGreaterThanOrEqual(4);
    await vi.advanceTimersByTimeAsync(100 * INTERVAL_MS);
    await Promise.all(flood);
  });

  it("lets one caller use the whole rate while nobody else waits", async () => {
    const reads = Array.from({ length: 20 }, () => read("alice"));
    await vi.advanceTimersByTimeAsync(20 * INTERVAL_MS);
    await Promise.all(reads);

    expect(grants).toHaveLength(20);
    // One token per interval: 20 reads within 20 intervals of the first ask.
    expect(intervals(start, (grants.at(-1) as Grant).grantedAt)).toBeLessThanOrEqual(20);
  });

  it("takes turns between three callers, each in its own arrival order", async () => {
    const reads = [
      ...Array.from({ length: 6 }, () => read("alice")),
      ...Array.from({ length: 3 }, () => read("bob")),
      ...Array.from({ length: 3 }, () => read("carol")),
    ];
    await vi.advanceTimersByTimeAsync(15 * INTERVAL_MS);
    await Promise.all(reads);

    expect(grants.map((grant) => grant.caller)).toEqual([
      "alice",
      "bob",
      "carol",
      "alice",
      "bob",
      "carol",
      "alice",
      "bob",
      "carol",
      "alice",
      "alice",
      "alice",
    ]);
  });

  it("shares a user's write budget between the callers writing to that user", async () => {
    governor = createQuotaGovernor({
      rates: { UserUpdate: 100, perUserWrite: RATE },
      reserveForCallMs: 0,
      pacing: 1,
    });
    const order: string[] = [];
    const write = (caller: string) =>
      governor
        .acquire("AdminUpdateUserAttributes", { caller, subject: "one-user" }, Date.now() + FAR)
        .then(() => order.push(caller));
    const writes = [...Array.from({ length: 4 }, () => write("admin")), write("alice"), write("alice")];
    await vi.advanceTimersByTimeAsync(10 * INTERVAL_MS);
    await Promise.all(writes);

    expect(order).toEqual(["admin", "alice", "admin", "alice", "admin", "admin"]);
  });

  it("refuses a flooding caller's reads that cannot be served before their deadline, and still serves the other caller", async () => {
    const deadlineAt = Date.now() + 10 * INTERVAL_MS;
    const flood = Array.from({ length: 30 }, () =>
      read("alice", deadlineAt).then(
        () => "granted",
        (error: unknown) => error,
      ),
    );
    const bobRead = read("bob", deadlineAt);
    await vi.advanceTimersByTimeAsync(11 * INTERVAL_MS);
    await bobRead;
    const outcomes = await Promise.all(flood);

    const refused = outcomes.filter((outcome) => outcome instanceof TooManyRequestsError);
    expect(refused.length).toBeGreaterThanOrEqual(30 - 10);
    for (const error of refused) {
      expect((error as InstanceType<typeof TooManyRequestsError>).retryAfterSeconds).toBeGreaterThanOrEqual(
        1,
      );
    }
    expect(grants.find((grant) => grant.caller === "bob")?.grantedAt).toBeLessThanOrEqual(
      start + 2 * INTERVAL_MS,
    );
  });
});
