import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createQuotaGovernor } from "../../../src/quota/governor.js";
import { MemorySpacing } from "../../../src/quota/spacing.js";

// Even spacing (GCRA) on fake timers: send times are read off the simulated clock, never wall-clock.

const INTERVAL_MS = 40;

describe("the in-memory GCRA", () => {
  const terms = (maxWaitMs: number, count = 1) => ({ intervalMs: INTERVAL_MS, maxWaitMs, count });

  it("reserves send times one interval apart, whoever asks", () => {
    const spacing = new MemorySpacing();
    const sendTimes = [0, 0, 1, 5, 5].map((now) => now + spacing.reserve("all", terms(1_000), now).waitMs);
    expect(sendTimes).toEqual([0, 40, 80, 120, 160]);
  });

  it("lets a call that comes after a quiet spell go at once, without a burst for the quiet", () => {
    const spacing = new MemorySpacing();
    spacing.reserve("all", terms(0), 0);
    // Ten intervals of nothing earn no credit: the next two calls are still one interval apart.
    expect(spacing.reserve("all", terms(0), 400)).toEqual({ granted: 1, waitMs: 0 });
    expect(spacing.reserve("all", terms(1_000), 400)).toEqual({ granted: 1, waitMs: 40 });
  });

  it("reserves nothing further off than the caller would wait, and says when it could", () => {
    const spacing = new MemorySpacing();
    spacing.reserve("all", terms(1_000, 3), 0);
    expect(spacing.reserve("all", terms(100), 0)).toEqual({ granted: 0, waitMs: 120 });
    // The refusal changed nothing: the next send time is still 120 ms away.
    expect(spacing.reserve("all", terms(120), 0)).toEqual({ granted: 1, waitMs: 120 });
  });

  it("reserves as many of several send times as fit in the wait", () => {
    const spacing = new MemorySpacing();
    expect(spacing.reserve("all", terms(90, 5), 0)).toEqual({ granted: 3, waitMs: 0 });
    expect(spacing.reserve("all", terms(1_000), 0)).toEqual({ granted: 1, waitMs: 120 });
  });

  it("keeps each key's spacing apart", () => {
    const spacing = new MemorySpacing();
    spacing.reserve("alice", terms(0), 0);
    expect(spacing.reserve("bob", terms(0), 0)).toEqual({ granted: 1, waitMs: 0 });
    expect(spacing.reserve("alice", terms(0), 0).granted).toBe(0);
  });
});

/** A token bucket of one token refilled at `rate`: a Cognito that allows no burst at all. */
function burstOneBucket(rate: number) {
  let tokens = 1;
  let refilledAt = 0;
  let throttled = 0;
  return {
    arrive(at: number) {
      tokens = Math.min(1, tokens + ((at - refilledAt) / 1000) * rate);
      refilledAt = at;
      if (tokens >= 1) tokens -= 1;
      else throttled++;
    },
    get throttled() {
      return throttled;
    },
  };
}

describe("the governor's spacing", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00.000Z") });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  async function burst(governor: ReturnType<typeof createQuotaGovernor>, count: number, runMs: number) {
    const sentAt: number[] = [];
    const writes = Array.from({ length: count }, (_, index) =>
      governor
        .acquire("AdminUpdateUserAttributes", { caller: `caller-${index % 4}` }, Date.now() + 60_000)
        .then(() => sentAt.push(Date.now())),
    );
    await vi.advanceTimersByTimeAsync(runMs);
    await Promise.all(writes);
    return sentAt;
  }

  it("sends at Cognito's 25 per second with no two calls closer than 40 ms, which a bucket of one token never throttles", async () => {
    const governor = createQuotaGovernor({ reserveForCallMs: 0, pacing: 1 });
    const sentAt = await burst(governor, 100, 5_000);

    const gaps = sentAt.slice(1).map((at, index) => at - (sentAt[index] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40);
    // And no slower: 100 calls in 99 intervals.
    expect((sentAt.at(-1) as number) - (sentAt[0] as number)).toBe(99 * 40);
    const bucket = burstOneBucket(25);
    for (const at of sentAt) bucket.arrive(at);
    expect(bucket.throttled).toBe(0);
  });

  it("spaces for the pacing's share of the rate by default, leaving room for jitter", async () => {
    const governor = createQuotaGovernor({ reserveForCallMs: 0 });
    const sentAt = await burst(governor, 50, 5_000);

    const gaps = sentAt.slice(1).map((at, index) => at - (sentAt[index] as number));
    // 97% of 25 per second: 41.2 ms apart (whole milliseconds on the fake clock).
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(41);
    expect((sentAt.at(-1) as number) - (sentAt[0] as number)).toBeLessThanOrEqual(
      Math.ceil((49 * 1000) / 24.25),
    );
  });

  it("keeps one user's writes 100 ms apart (Cognito's 10 per second per user) while the category has room", async () => {
    const governor = createQuotaGovernor({ rates: { UserUpdate: 1_000 }, reserveForCallMs: 0, pacing: 1 });
    const sentAt: number[] = [];
    const writes = Array.from({ length: 10 }, (_, index) =>
      governor
        .acquire(
          "AdminUpdateUserAttributes",
          { caller: `caller-${index % 2}`, subject: "one-user" },
          Date.now() + 60_000,
        )
        .then(() => sentAt.push(Date.now())),
    );
    const other = governor
      .acquire(
        "AdminUpdateUserAttributes",
        { caller: "caller-0", subject: "another-user" },
        Date.now() + 60_000,
      )
      .then(() => Date.now());
    await vi.advanceTimersByTimeAsync(2_000);
    await Promise.all(writes);

    const gaps = sentAt.slice(1).map((at, index) => at - (sentAt[index] as number));
    expect(gaps).toEqual(Array.from({ length: 9 }, () => 100));
    // Another user's write does not queue behind them.
    expect((await other) - (sentAt[0] as number)).toBeLessThan(100);
  });
});
