import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { TooManyRequestsError } from "../cognito/errors.js";
import {
  type CognitoOperation,
  DEFAULT_QUOTA_RATES,
  OPERATION_CATEGORY,
  type QuotaCategory,
  type QuotaRates,
} from "./categories.js";

/** Who a call is for, as the governor shares its budgets. */
export interface QuotaClaim {
  /** Whose profile a write touches (`userWriteSubject`): the per-user write budget. */
  subject?: string | undefined;
  /**
   * Who asks (`quotaCaller`): each category's budget is shared round-robin between the callers
   * waiting for it, so one caller can use all of it only while nobody else waits.
   */
  caller?: string | undefined;
}

/**
 * Keeps the gateway within Cognito's request-rate quotas, so bursts wait here instead of turning into
 * TooManyRequestsException for every caller in the account.
 */
export interface QuotaGovernor {
  /**
   * Resolves when the call may be sent. Waits for a token while it can still arrive before
   * `deadlineAt` (epoch ms); otherwise rejects with TooManyRequestsError carrying retryAfterSeconds,
   * and nothing is sent.
   */
  acquire(operation: CognitoOperation, claim: QuotaClaim, deadlineAt: number): Promise<void>;
}

/**
 * The `subject` of a write to one user's profile. Cognito limits writes per user whichever path sends
 * them, so the admin path and the user path key the same way: pool and the real username (the admin
 * path resolves whatever name it was given first, `adminWriteTarget`; the user path takes the token's
 * `username` claim). Lower-cased, because a case-insensitive pool (the console's default) takes
 * `Alice` and `alice` for one user; in a case-sensitive pool, two users who differ only in case then
 * share a budget, which makes them wait but never gets them throttled. Hashed, so usernames and email
 * aliases never sit in Redis keys.
 */
export function userWriteSubject(userPoolId: string, username: string): string {
  return createHash("sha256").update(`${userPoolId}/${username.toLowerCase()}`).digest("base64url");
}

/** Lets every call through at once: for tests that measure something else. */
export const UNLIMITED_GOVERNOR: QuotaGovernor = { acquire: async () => {} };

/** The caller of calls made for no verified principal (none reach Cognito today; kept apart anyway). */
const NOBODY = "";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Redis did not answer within `timeoutMs`. */
class RedisTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Redis did not answer within ${timeoutMs} ms`);
    this.name = "RedisTimeoutError";
  }
}

/** Receives the shared budget's changes of state, for logs and metrics. Must not throw. */
export interface SharedBudgetObserver {
  /** Redis failed or did not answer in time: the budget is now kept in memory, per process. */
  fallback(reason: "timeout" | "error", detail: string): void;
  /** Redis answered again after a fallback: the budget is shared again. */
  recovered(downForMs: number): void;
}

/**
 * The health of the Redis that shares the budget between replicas. Every command is bounded by
 * `timeoutMs`: a Redis that accepts connections and never answers must not hold calls to their
 * deadline. A time-out or an error switches the whole governor to its in-memory budget at once;
 * while it lasts, a PING (bounded too) is sent at most every `retryMs` in the background, and the
 * first answer brings the shared budget back. So a hung Redis costs each lane one bounded wait per
 * outage, never one per call.
 */
class SharedBudget {
  private downSince: number | undefined;
  private retryAt = 0;
  private probing = false;

  constructor(
    private readonly client: Redis,
    private readonly timeoutMs: number,
    private readonly retryMs: number,
    private readonly observer: SharedBudgetObserver | undefined,
  ) {}

  /** Consumes from Redis, or from memory while Redis is down; rejects with RateLimiterRes when out of tokens. */
  async consume(shared: RateLimiterRedis, local: RateLimiterMemory, key: string): Promise<void> {
    if (this.downSince !== undefined) {
      this.probeWhenDue();
      await local.consume(key);
      return;
    }
    try {
      await this.bounded(shared.consume(key));
    } catch (error) {
      // Out of tokens is an answer: Redis is working.
      if (error instanceof RateLimiterRes) throw error;
      this.fail(error);
      await local.consume(key);
    }
  }

  private probeWhenDue(): void {
    if (this.probing || Date.now() < this.retryAt) return;
    this.probing = true;
    this.bounded(this.client.ping())
      .then(
        () => this.up(),
        () => {
          this.retryAt = Date.now() + this.retryMs;
        },
      )
      .finally(() => {
        this.probing = false;
      });
  }

  private bounded<T>(command: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new RedisTimeoutError(this.timeoutMs)), this.timeoutMs);
    });
    // Whatever the abandoned command does later must not become an unhandled rejection.
    command.catch(() => {});
    return Promise.race([command, late]).finally(() => clearTimeout(timer));
  }

  private up(): void {
    if (this.downSince === undefined) return;
    const downForMs = Date.now() - this.downSince;
    this.downSince = undefined;
    this.observer?.recovered(downForMs);
  }

  private fail(error: unknown): void {
    if (this.downSince !== undefined) return;
    const now = Date.now();
    this.downSince = now;
    this.retryAt = now + this.retryMs;
    const timedOut = error instanceof RedisTimeoutError || /timed? ?out/i.test(String(error));
    const detail = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : typeof error;
    this.observer?.fallback(timedOut ? "timeout" : "error", detail);
  }
}

/**
 * A rate as short time slots, each with a few tokens: one token per 1/rate s at Cognito's rates
 * (⌈rate/100⌉ per slot at high ones). A one-second window would let 2×rate through around its edge,
 * which a token-bucket backend throttles.
 *
 * The slot is part of the key and rate-limiter-flexible counts it atomically, in memory or in Redis
 * (shared by every replica). Its Redis store only expires keys in whole seconds, so each slot key
 * lives for one second while the slot itself is only as long as it is: the key, not the expiry,
 * moves the window on. Replicas' clocks must agree to within a slot for the shared budget to hold.
 */
class SlottedRate {
  private readonly slotMs: number;
  private readonly local: RateLimiterMemory;
  private readonly shared: RateLimiterRedis | undefined;

  constructor(
    name: string,
    readonly rate: number,
    private readonly redis: { client: Redis; budget: SharedBudget } | undefined,
  ) {
    const points = Math.ceil(rate / 100);
    this.slotMs = (points * 1000) / rate;
    const options = { keyPrefix: `cag:quota:${name}`, points, duration: 1 };
    this.local = new RateLimiterMemory(options);
    // Redis unreachable or hung: each replica keeps to the budget on its own rather than stopping (SharedBudget).
    this.shared = redis ? new RateLimiterRedis({ ...options, storeClient: redis.client }) : undefined;
  }

  /** Takes a token from the current slot, or says how long until the next slot begins. */
  async tryTake(key: string): Promise<{ taken: true } | { taken: false; waitMs: number }> {
    const now = Date.now();
    const slot = Math.floor(now / this.slotMs);
    try {
      if (this.shared && this.redis)
        await this.redis.budget.consume(this.shared, this.local, `${key}:${slot}`);
      else await this.local.consume(`${key}:${slot}`);
      return { taken: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { taken: false, waitMs: Math.max(1, Math.ceil((slot + 1) * this.slotMs - Date.now())) };
    }
  }
}

interface Waiter {
  caller: string;
  deadlineAt: number;
  thenHolding: (() => Promise<void>) | undefined;
  resolve(): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout | undefined;
  queued: boolean;
  settled: boolean;
}

/**
 * Waiters for one bucket key, shared fairly between callers: each caller has its own first-come,
 * first-served queue, and each token goes to the next caller in turn (round-robin), so a caller with
 * a thousand calls waiting gets one token in n while n callers wait, and all of them while alone.
 * A caller who starts waiting joins the end of the turn, so it waits at most one token per other
 * waiting caller (its fair share) plus the token being taken. One loop per lane takes the tokens,
 * instead of every waiter polling the limiter at once.
 */
class Lane {
  /** Callers with waiters, in turn order (a Map keeps insertion order). */
  private readonly queues = new Map<string, Waiter[]>();
  /** When this lane's last waiter was served (epoch ms). */
  private lastServedAt = 0;
  private serving = false;
  waiting = 0;

  constructor(
    private readonly rate: SlottedRate,
    private readonly key: string,
    /**
     * Least time between two waiters being served. Slots bound how many tokens a second holds; this
     * also bounds how close together they are sent, since a served waiter may still have queued for
     * another lane's token after taking this one's.
     */
    private readonly minSpacingMs = 0,
  ) {}

  /**
   * Resolves once this waiter has a token and `thenHolding` (run before the next waiter may start)
   * has finished; rejects with TooManyRequestsError when that cannot happen before `deadlineAt`.
   */
  take(caller: string, deadlineAt: number, thenHolding?: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        caller,
        deadlineAt,
        thenHolding,
        resolve,
        reject,
        timer: undefined,
        queued: true,
        settled: false,
      };
      this.waiting++;
      // A waiter whose deadline passes while others are ahead leaves the queue at once.
      waiter.timer = setTimeout(
        () => this.settle(waiter, this.tooMany()),
        Math.max(0, deadlineAt - Date.now()),
      );
      const queue = this.queues.get(caller);
      if (queue) queue.push(waiter);
      else this.queues.set(caller, [waiter]);
      if (!this.serving) void this.serve();
    });
  }

  private async serve(): Promise<void> {
    this.serving = true;
    try {
      while (this.queues.size > 0) {
        const spacingLeft = this.lastServedAt + this.minSpacingMs - Date.now();
        if (spacingLeft > 0) {
          this.refuseDueBefore(Date.now() + spacingLeft);
          await sleep(spacingLeft);
          continue;
        }
        let attempt: Awaited<ReturnType<SlottedRate["tryTake"]>>;
        try {
          attempt = await this.rate.tryTake(this.key);
        } catch (error) {
          const waiter = this.next();
          if (waiter) this.settle(waiter, error);
          continue;
        }
        if (!attempt.taken) {
          this.refuseDueBefore(Date.now() + attempt.waitMs);
          await sleep(attempt.waitMs);
          continue;
        }
        // The token goes to whoever's turn it is now; unused if everyone left while it was taken.
        const waiter = this.next();
        if (!waiter) continue;
        if (waiter.thenHolding) {
          try {
            await waiter.thenHolding();
          } catch (error) {
            this.settle(waiter, error);
            continue;
          }
        }
        this.lastServedAt = Date.now();
        this.settle(waiter);
      }
    } finally {
      this.serving = false;
    }
  }

  /** The head of the caller whose turn it is; that caller goes to the end of the turn. */
  private next(): Waiter | undefined {
    for (const [caller, queue] of this.queues) {
      this.queues.delete(caller);
      const waiter = queue.shift();
      if (queue.length > 0) this.queues.set(caller, queue);
      if (waiter) {
        waiter.queued = false;
        return waiter;
      }
    }
    return undefined;
  }

  /** Refuses now whoever must give up before `time`, the earliest the next token can be had. */
  private refuseDueBefore(time: number): void {
    for (const queue of [...this.queues.values()]) {
      for (const waiter of queue.filter((candidate) => candidate.deadlineAt < time)) {
        this.settle(waiter, this.tooMany());
      }
    }
  }

  private settle(waiter: Waiter, error?: unknown): void {
    if (waiter.settled) return;
    waiter.settled = true;
    clearTimeout(waiter.timer);
    this.waiting--;
    if (waiter.queued) {
      waiter.queued = false;
      const queue = this.queues.get(waiter.caller);
      if (queue) {
        queue.splice(queue.indexOf(waiter), 1);
        if (queue.length === 0) this.queues.delete(waiter.caller);
      }
    }
    if (error === undefined) waiter.resolve();
    else waiter.reject(error);
  }

  private tooMany(): InstanceType<typeof TooManyRequestsError> {
    const seconds = Math.max(1, Math.ceil(this.waiting / this.rate.rate));
    const error = new TooManyRequestsError(
      `The gateway is at Cognito's request-rate quota for this operation; retry in about ${seconds} s`,
    );
    error.retryAfterSeconds = seconds;
    return error;
  }
}

export interface QuotaGovernorOptions {
  rates?: Partial<QuotaRates>;
  /** Shares the budget between replicas; without it each process keeps its own. */
  redis?: Redis;
  /**
   * Milliseconds one Redis command may take before the governor falls back to its in-memory budget
   * (`REDIS_COMMAND_TIMEOUT_MS`). Default 500: a healthy Redis answers in about a millisecond, and a
   * busy event loop must not be mistaken for a hung Redis.
   */
  redisCommandTimeoutMs?: number;
  /** After a Redis failure, the least time between two PINGs that check whether it is back. Default 1000 ms. */
  redisRetryMs?: number;
  /** Told when Redis fails and when it recovers (the process logs and counts both). */
  sharedBudgetObserver?: SharedBudgetObserver;
  /**
   * Time kept for the call itself after waiting: a token that arrives with less than this left
   * before the deadline is not worth taking. Default 250 ms.
   */
  reserveForCallMs?: number;
}

/** Default of {@link QuotaGovernorOptions.redisCommandTimeoutMs}. */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 500;

export function createQuotaGovernor(options: QuotaGovernorOptions = {}): QuotaGovernor {
  const rates: QuotaRates = { ...DEFAULT_QUOTA_RATES, ...options.rates };
  const reserve = options.reserveForCallMs ?? 250;
  const redis = options.redis
    ? {
        client: options.redis,
        budget: new SharedBudget(
          options.redis,
          options.redisCommandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
          options.redisRetryMs ?? 1_000,
          options.sharedBudgetObserver,
        ),
      }
    : undefined;
  const categoryLanes = new Map<QuotaCategory, Lane>();
  for (const category of new Set(Object.values(OPERATION_CATEGORY))) {
    categoryLanes.set(category, new Lane(new SlottedRate(category, rates[category], redis), "all"));
  }
  const perUserRate = new SlottedRate("user-write", rates.perUserWrite, redis);
  const perUserSpacingMs = 1000 / rates.perUserWrite;
  const userLanes = new Map<string, Lane>();

  return {
    async acquire(operation, { subject, caller = NOBODY }, deadlineAt) {
      const category = OPERATION_CATEGORY[operation];
      const categoryLane = categoryLanes.get(category) as Lane;
      const waitUntil = deadlineAt - reserve;
      if (subject === undefined || category !== "UserUpdate") {
        await categoryLane.take(caller, waitUntil);
        return;
      }
      // One user's writes go one at a time, each holding its place until it also has the category's
      // token: otherwise writes queued behind other users would leave together, faster than 10/s.
      let lane = userLanes.get(subject);
      if (!lane) {
        lane = new Lane(perUserRate, subject, perUserSpacingMs);
        userLanes.set(subject, lane);
      }
      try {
        await lane.take(caller, waitUntil, () => categoryLane.take(caller, waitUntil));
      } finally {
        // Kept for one spacing after its last waiter, so the next write still keeps its distance.
        const idle = lane;
        setTimeout(() => {
          if (idle.waiting === 0 && userLanes.get(subject) === idle) userLanes.delete(subject);
        }, perUserSpacingMs).unref();
      }
    },
  };
}
