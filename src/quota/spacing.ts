import { createHash } from "node:crypto";
import type { SharedBudget } from "./shared-budget.js";

/*
 * Even spacing by GCRA (the generic cell rate algorithm, as in ATM networks and redis-cell): each key
 * keeps one number, its theoretical arrival time (TAT), the earliest moment its next call may be sent.
 * A reservation's send time is the later of the TAT and now, and the TAT moves one interval past it.
 * So two reservations are never closer than one interval, whichever replica makes them, which is what
 * a token bucket of one token (a Cognito that allows no burst) needs. Clock-aligned slots did not
 * hold that: one call at the end of slot k and the next at the start of slot k + 1 left back to back.
 * And since the send time is reserved ahead rather than polled for, a timer that fires late delays
 * only that call, never the schedule: the rate stays the rate.
 */

/** What a reservation of up to `count` send times, each at most `maxWaitMs` away, got. */
export interface Reservation {
  /** How many send times were reserved, one interval apart from the first; 0 changed nothing. */
  granted: number;
  /** Milliseconds from now until the first send time (reserved or not). */
  waitMs: number;
}

/** One reservation's terms, in milliseconds. */
export interface ReserveOptions {
  intervalMs: number;
  maxWaitMs: number;
  count: number;
}

/** How many of `count` send times, the first `firstMs` away and one interval apart, fit in `maxWaitMs`. */
function fitting(firstMs: number, { intervalMs, maxWaitMs, count }: ReserveOptions): number {
  if (firstMs > maxWaitMs) return 0;
  return Math.min(count, Math.floor((maxWaitMs - firstMs) / intervalMs) + 1);
}

/** The in-memory GCRA: one process's budget (no Redis, or Redis down). */
export class MemorySpacing {
  private readonly arrivals = new Map<string, number>();
  /** Above this many keys, keys whose TAT has passed (worth nothing) are swept out. */
  private sweepAbove = 1_000;

  reserve(key: string, options: ReserveOptions, now = Date.now()): Reservation {
    const firstAt = Math.max(this.arrivals.get(key) ?? now, now);
    const granted = fitting(firstAt - now, options);
    if (granted > 0) this.arrivals.set(key, firstAt + granted * options.intervalMs);
    if (this.arrivals.size > this.sweepAbove) this.sweep(now);
    return { granted, waitMs: firstAt - now };
  }

  private sweep(now: number): void {
    for (const [key, arrival] of this.arrivals) if (arrival <= now) this.arrivals.delete(key);
    this.sweepAbove = Math.max(1_000, 2 * this.arrivals.size);
  }
}

/**
 * The same GCRA in Redis, atomic because a script runs alone, and timed by Redis's own clock (TIME),
 * so replicas' clocks need not agree. KEYS[1] holds the TAT in milliseconds; ARGV: interval, most
 * wait (both in milliseconds) and how many send times are wanted. Returns {how many were reserved,
 * milliseconds until the first}. The key expires once its TAT has passed (by then it is worth
 * nothing). Numbers travel as strings: Lua's own formatting would round an epoch in milliseconds.
 */
export const RESERVE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local interval, maxWait, count = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local first = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), now) - now
local granted = 0
if first <= maxWait then granted = math.min(count, math.floor((maxWait - first) / interval) + 1) end
if granted > 0 then
  local tat = now + first + granted * interval
  redis.call('SET', KEYS[1], string.format('%.3f', tat), 'PX', math.ceil(tat - now) + 1000)
end
return {granted, string.format('%.3f', first)}
`;

/** The script's name in Redis's script cache (EVALSHA). */
const RESERVE_SCRIPT_SHA1 = createHash("sha1").update(RESERVE_SCRIPT).digest("hex");

/** What the governor needs of a Redis client (ioredis's `Redis` has all three). */
export interface SpacingRedis {
  evalsha(sha1: string, numberOfKeys: number, ...args: (string | number)[]): Promise<unknown>;
  eval(script: string, numberOfKeys: number, ...args: (string | number)[]): Promise<unknown>;
  ping(): Promise<unknown>;
}

/**
 * Runs the script by its hash, so a reservation sends about 100 bytes instead of the script's 700.
 * Redis forgets its scripts when it restarts (or on SCRIPT FLUSH) and answers NOSCRIPT: then the
 * script goes once in full, which caches it again.
 */
async function runReserveScript(
  client: SpacingRedis,
  args: [number, ...(string | number)[]],
): Promise<unknown> {
  try {
    return await client.evalsha(RESERVE_SCRIPT_SHA1, ...args);
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith("NOSCRIPT"))) throw error;
    return client.eval(RESERVE_SCRIPT, ...args);
  }
}

async function reserveInRedis(
  client: SpacingRedis,
  key: string,
  options: ReserveOptions,
): Promise<Reservation> {
  const { intervalMs, maxWaitMs, count } = options;
  const answer = await runReserveScript(client, [1, key, intervalMs.toFixed(3), maxWaitMs.toFixed(3), count]);
  if (!Array.isArray(answer) || answer.length !== 2) {
    throw new Error(`unexpected answer from the quota script: ${JSON.stringify(answer)?.slice(0, 100)}`);
  }
  return { granted: Number(answer[0]), waitMs: Math.max(0, Number(answer[1])) };
}

/**
 * One rate as even spacing, in Redis (shared by every replica) while it answers and in memory
 * otherwise (SharedBudget decides which).
 */
export class SpacedRate {
  readonly intervalMs: number;
  private readonly local = new MemorySpacing();

  constructor(
    private readonly name: string,
    /** Calls per second this rate stands for (retry hints are counted in it). */
    readonly rate: number,
    /** Calls per second actually spaced for: at most `rate` (see QuotaGovernorOptions.pacing). */
    pacedRate: number,
    private readonly shared: SharedBudget | undefined,
  ) {
    this.intervalMs = 1000 / pacedRate;
  }

  /** Reserves up to `count` of `key`'s next send times, each at most `maxWaitMs` away. */
  reserve(key: string, count: number, maxWaitMs: number): Promise<Reservation> {
    const options = { intervalMs: this.intervalMs, maxWaitMs, count };
    const local = () => this.local.reserve(key, options);
    if (!this.shared) return Promise.resolve(local());
    return this.shared.run(
      (client) => reserveInRedis(client, `cag:quota:${this.name}:${key}`, options),
      local,
    );
  }
}
