import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TooManyRequestsError } from "../../../src/cognito/errors.js";
import { createQuotaGovernor } from "../../../src/quota/governor.js";

// Deadlines on fake timers: what the governor grants, it grants in time for the call to be made; what
// it cannot, it refuses as TooManyRequestsError with a retry hint, before the deadline.

const RESERVE_MS = 250;
const INTERVAL_MS = 40;

type Outcome = { at: number; granted: true } | { at: number; granted: false; error: unknown };

describe("the quota governor's deadlines", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00.000Z") });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const governor = () => createQuotaGovernor({ reserveForCallMs: RESERVE_MS, pacing: 1 });

  function write(
    quota: ReturnType<typeof createQuotaGovernor>,
    caller: string,
    deadlineAt: number,
  ): Promise<Outcome> {
    return quota.acquire("AdminUpdateUserAttributes", { caller }, deadlineAt).then(
      () => ({ at: Date.now(), granted: true as const }),
      (error: unknown) => ({ at: Date.now(), granted: false as const, error }),
    );
  }

  it("grants no send time later than the deadline less the call's reserve, and refuses the rest as TooManyRequests before the deadline", async () => {
    const quota = governor();
    const start = Date.now();
    const deadlineAt = start + 1_000;
    const outcomes = Array.from({ length: 60 }, (_, index) =>
      write(quota, `caller-${index % 3}`, deadlineAt),
    );
    await vi.advanceTimersByTimeAsync(2_000);
    const settled = await Promise.all(outcomes);

    const granted = settled.filter((outcome) => outcome.granted);
    // Send times 0, 40, ... 720 ms fit before 750 ms (the deadline less 250 ms for the call itself).
    expect(granted).toHaveLength(Math.floor((1_000 - RESERVE_MS) / INTERVAL_MS) + 1);
    for (const outcome of granted) expect(outcome.at).toBeLessThanOrEqual(deadlineAt - RESERVE_MS);
    const refused = settled.filter((outcome) => !outcome.granted);
    expect(refused).toHaveLength(60 - granted.length);
    for (const outcome of refused) {
      expect(outcome.at).toBeLessThanOrEqual(deadlineAt - RESERVE_MS);
      expect(outcome.error).toBeInstanceOf(TooManyRequestsError);
      // 41 still waiting at 25 per second when the first was refused: about 2 s.
      expect(
        (outcome.error as InstanceType<typeof TooManyRequestsError>).retryAfterSeconds,
      ).toBeGreaterThanOrEqual(1);
    }
  });

  it("refuses a call whose deadline comes before the next send time, by the time it would have had to leave", async () => {
    const quota = governor();
    const first = write(quota, "alice", Date.now() + 5_000);
    await vi.advanceTimersByTimeAsync(1);
    // The next send time is 40 ms away; this call would have to leave before then.
    const start = Date.now();
    const late = write(quota, "bob", start + RESERVE_MS + 10);
    await vi.advanceTimersByTimeAsync(100);

    expect((await first).granted).toBe(true);
    const outcome = await late;
    expect(outcome.granted).toBe(false);
    expect(outcome.at - start).toBeLessThanOrEqual(10);
    expect(outcome.granted === false && outcome.error).toBeInstanceOf(TooManyRequestsError);
  });

  it("gives the send time a refused waiter leaves to the next one, not to nobody", async () => {
    const quota = governor();
    const start = Date.now();
    const soon = write(quota, "alice", start + RESERVE_MS + 50);
    const outcomes = Array.from({ length: 5 }, () => write(quota, "bob", start + 5_000));
    const hurried = write(quota, "carol", start + RESERVE_MS + 5);
    await vi.advanceTimersByTimeAsync(1_000);

    expect((await soon).granted).toBe(true);
    expect((await hurried).granted).toBe(false);
    const bob = await Promise.all(outcomes);
    // Five send times one interval apart after alice's: carol's would-be turn went to bob.
    expect(bob.map((outcome) => outcome.at - start)).toEqual([40, 80, 120, 160, 200]);
  });
});
