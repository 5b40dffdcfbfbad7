import type { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createQuotaGovernor, type SharedBudgetObserver } from "../../../src/quota/governor.js";
import { MemorySpacing } from "../../../src/quota/spacing.js";

// The fallback from Redis to the in-memory budget and back, on fake timers, against a fake client
// (the reliability tests use a real redis-server). The fake answers the spacing script as the script
// does, from a MemorySpacing of its own, until it is told to fail or to hang.

const COMMAND_TIMEOUT_MS = 500;
const RETRY_MS = 1_000;
const INTERVAL_MS = 40;

class FakeRedis {
  mode: "answers" | "hangs" | "fails" = "answers";
  /** Runs of the spacing script, by hash (EVALSHA) or in full (EVAL). */
  scripts = 0;
  /** Runs that sent the script in full. */
  fullScripts = 0;
  pings = 0;
  /** Redis's script cache: empty until a script is sent in full, as after a restart. */
  private scriptCached = false;
  private readonly store = new MemorySpacing();

  evalsha(_sha1: string, _keys: number, key: string, interval: string, maxWait: string, count: number) {
    this.scripts++;
    if (this.mode === "answers" && !this.scriptCached) {
      return Promise.reject(new Error("NOSCRIPT No matching script. Please use EVAL."));
    }
    return this.run(key, interval, maxWait, count);
  }

  eval(_script: string, _keys: number, key: string, interval: string, maxWait: string, count: number) {
    this.scripts++;
    this.fullScripts++;
    if (this.mode === "answers") this.scriptCached = true;
    return this.run(key, interval, maxWait, count);
  }

  private run(key: string, interval: string, maxWait: string, count: number) {
    if (this.mode === "hangs") return new Promise(() => {});
    if (this.mode === "fails") return Promise.reject(new Error("Connection is closed."));
    const { granted, waitMs } = this.store.reserve(key, {
      intervalMs: Number(interval),
      maxWaitMs: Number(maxWait),
      count: Number(count),
    });
    return Promise.resolve([granted, waitMs.toFixed(3)]);
  }

  ping() {
    this.pings++;
    if (this.mode === "hangs") return new Promise(() => {});
    if (this.mode === "fails") return Promise.reject(new Error("Connection is closed."));
    return Promise.resolve("PONG");
  }
}

describe("the quota governor's shared budget", () => {
  let redis: FakeRedis;
  let events: string[];
  const observer: SharedBudgetObserver = {
    fallback: (reason) => events.push(`fallback ${reason}`),
    recovered: (downForMs) => events.push(`recovered after ${downForMs} ms`),
  };

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00.000Z") });
    redis = new FakeRedis();
    events = [];
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  function governor() {
    return createQuotaGovernor({
      redis: redis as unknown as Redis,
      redisCommandTimeoutMs: COMMAND_TIMEOUT_MS,
      redisRetryMs: RETRY_MS,
      sharedBudgetObserver: observer,
      reserveForCallMs: 0,
      pacing: 1,
    });
  }

  async function writes(quota: ReturnType<typeof governor>, count: number, runMs: number): Promise<number[]> {
    const start = Date.now();
    const sentAt: number[] = [];
    const all = Array.from({ length: count }, () =>
      quota
        .acquire("AdminUpdateUserAttributes", { caller: "admin" }, Date.now() + 60_000)
        .then(() => sentAt.push(Date.now() - start)),
    );
    await vi.advanceTimersByTimeAsync(runMs);
    await Promise.all(all);
    return sentAt;
  }

  it("spaces through Redis while it answers", async () => {
    const quota = governor();
    const sentAt = await writes(quota, 5, 1_000);

    expect(sentAt).toEqual([0, 40, 80, 120, 160]);
    // Redis did not know the script yet, so it went in full once; after that, by its hash only.
    expect(redis.fullScripts).toBe(1);
    const scriptsBefore = redis.scripts;
    await writes(quota, 5, 1_000);
    expect(redis.scripts).toBeGreaterThan(scriptsBefore);
    expect(redis.fullScripts).toBe(1);
    expect(events).toEqual([]);
  });

  it("falls back to memory after one bounded wait when Redis never answers, and keeps spacing there", async () => {
    redis.mode = "hangs";
    const sentAt = await writes(governor(), 5, 2_000);

    // One command time-out for the whole lane, not one per call; then memory's own spacing.
    expect(sentAt).toEqual([500, 540, 580, 620, 660]);
    expect(events).toEqual(["fallback timeout"]);
    expect(redis.scripts).toBe(1);
  });

  it("falls back at once on an error, probes at most every retry interval, and shares again once Redis answers", async () => {
    redis.mode = "fails";
    const quota = governor();
    expect(await writes(quota, 2, 100)).toEqual([0, INTERVAL_MS]);
    expect(events).toEqual(["fallback error"]);

    // Calls during the outage probe with a PING no more than once per retry interval.
    await writes(quota, 10, 500);
    expect(redis.pings).toBe(0);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    await writes(quota, 3, 200);
    expect(redis.pings).toBe(1);

    redis.mode = "answers";
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    await writes(quota, 1, 100);
    expect(events).toEqual(["fallback error", expect.stringMatching(/^recovered after \d+ ms$/)]);
    const scriptsBefore = redis.scripts;
    await writes(quota, 3, 500);
    expect(redis.scripts).toBeGreaterThan(scriptsBefore);
  });
});
