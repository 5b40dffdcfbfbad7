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

/**
 * Keeps the gateway within Cognito's request-rate quotas, so bursts wait here instead of turning into
 * TooManyRequestsException for every caller in the account.
 */
export interface QuotaGovernor {
  /**
   * Resolves when the call may be sent. Waits for a token while it can still arrive before
   * `deadlineAt` (epoch ms); otherwise rejects with TooManyRequestsError carrying retryAfterSeconds,
   * and nothing is sent. `subject` names the user of a profile write (per-user budget, `userWriteSubject`).
   */
  acquire(operation: CognitoOperation, subject: string | undefined, deadlineAt: number): Promise<void>;
}

/**
 * The `subject` of a write to one user's profile. Cognito limits writes per user whichever path sends
 * them, so the admin path (naming the user) and the user path (the caller's own token) key the same
 * way: pool and username. Lower-cased, because a case-insensitive pool (the console's default) takes
 * `Alice` and `alice` for one user; in a case-sensitive pool, two users who differ only in case then
 * share a budget, which makes them wait but never gets them throttled. Hashed, so usernames and email
 * aliases never sit in Redis keys.
 *
 * A caller who names one user by an alias or sub still draws on a separate budget: mapping those to
 * the username would cost a read (AdminGetUser) per write.
 */
export function userWriteSubject(userPoolId: string, username: string): string {
  return createHash("sha256").update(`${userPoolId}/${username.toLowerCase()}`).digest("base64url");
}

/** Lets every call through at once: for tests that measure something else. */
export const UNLIMITED_GOVERNOR: QuotaGovernor = { acquire: async () => {} };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  private readonly limiter: RateLimiterMemory | RateLimiterRedis;

  constructor(
    name: string,
    readonly rate: number,
    redis: Redis | undefined,
  ) {
    const points = Math.ceil(rate / 100);
    this.slotMs = (points * 1000) / rate;
    const options = { keyPrefix: `cag:quota:${name}`, points, duration: 1 };
    this.limiter = redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          // Redis unreachable: each replica keeps to the budget on its own rather than stopping writes.
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  }

  /** Takes a token from the current slot, or says how long until the next slot begins. */
  async tryTake(key: string): Promise<{ taken: true } | { taken: false; waitMs: number }> {
    const now = Date.now();
    const slot = Math.floor(now / this.slotMs);
    try {
      await this.limiter.consume(`${key}:${slot}`);
      return { taken: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { taken: false, waitMs: Math.max(1, Math.ceil((slot + 1) * this.slotMs - now)) };
    }
  }
}

/**
 * Waiters for one bucket key, served strictly in arrival order: a burst drains first come, first
 * served, instead of every waiter polling the limiter at once.
 */
class Lane {
  private tail: Promise<void> = Promise.resolve();
  /** When this lane's last waiter was served (epoch ms). */
  private lastServedAt = 0;
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
  take(deadlineAt: number, thenHolding?: () => Promise<void>): Promise<void> {
    this.waiting++;
    let abandoned = false;
    let timer: NodeJS.Timeout | undefined;
    const turn = this.tail.then(async () => {
      if (abandoned) return;
      const spacingLeft = this.lastServedAt + this.minSpacingMs - Date.now();
      if (spacingLeft > 0) {
        if (Date.now() + spacingLeft > deadlineAt) throw this.tooMany();
        await sleep(spacingLeft);
      }
      await this.tokenBefore(deadlineAt, () => abandoned);
      if (abandoned) return;
      await thenHolding?.();
      this.lastServedAt = Date.now();
    });
    // The next waiter starts when this one is served or gives up, never on its error.
    this.tail = turn.then(
      () => {},
      () => {},
    );
    // A waiter whose deadline passes while others are ahead leaves the queue at once.
    const outOfTime = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => {
          abandoned = true;
          reject(this.tooMany());
        },
        Math.max(0, deadlineAt - Date.now()),
      );
    });
    return Promise.race([turn, outOfTime]).finally(() => {
      clearTimeout(timer);
      this.waiting--;
    });
  }

  private async tokenBefore(deadlineAt: number, isAbandoned: () => boolean): Promise<void> {
    for (;;) {
      if (isAbandoned()) return;
      const attempt = await this.rate.tryTake(this.key);
      if (attempt.taken) return;
      if (Date.now() + attempt.waitMs > deadlineAt) throw this.tooMany();
      await sleep(attempt.waitMs);
    }
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
   * Time kept for the call itself after waiting: a token that arrives with less than this left
   * before the deadline is not worth taking. Default 250 ms.
   */
  reserveForCallMs?: number;
}

export function createQuotaGovernor(options: QuotaGovernorOptions = {}): QuotaGovernor {
  const rates: QuotaRates = { ...DEFAULT_QUOTA_RATES, ...options.rates };
  const reserve = options.reserveForCallMs ?? 250;
  const categoryLanes = new Map<QuotaCategory, Lane>();
  for (const category of new Set(Object.values(OPERATION_CATEGORY))) {
    categoryLanes.set(category, new Lane(new SlottedRate(category, rates[category], options.redis), "all"));
  }
  const perUserRate = new SlottedRate("user-write", rates.perUserWrite, options.redis);
  const perUserSpacingMs = 1000 / rates.perUserWrite;
  const userLanes = new Map<string, Lane>();

  return {
    async acquire(operation, subject, deadlineAt) {
      const category = OPERATION_CATEGORY[operation];
      const categoryLane = categoryLanes.get(category) as Lane;
      const waitUntil = deadlineAt - reserve;
      if (subject === undefined || category !== "UserUpdate") {
        await categoryLane.take(waitUntil);
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
        await lane.take(waitUntil, () => categoryLane.take(waitUntil));
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
