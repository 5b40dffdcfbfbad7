import type { Redis } from "ioredis";
import {
  type CognitoOperation,
  DEFAULT_QUOTA_RATES,
  OPERATION_CATEGORY,
  type QuotaCategory,
  type QuotaRates,
} from "./categories.js";
import { Lane } from "./lane.js";
import { SharedBudget, type SharedBudgetObserver } from "./shared-budget.js";
import { SpacedRate, type SpacingRedis } from "./spacing.js";

export type { SharedBudgetObserver } from "./shared-budget.js";
export { userWriteSubject } from "./subject.js";

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
   * Resolves when the call may be sent. Waits for its send time while that can still come before
   * `deadlineAt` (epoch ms) less the reserve for the call itself; otherwise rejects, at once, with
   * TooManyRequestsError carrying retryAfterSeconds, and nothing is sent.
   */
  acquire(operation: CognitoOperation, claim: QuotaClaim, deadlineAt: number): Promise<void>;
}

/** Lets every call through at once: for tests that measure something else. */
export const UNLIMITED_GOVERNOR: QuotaGovernor = { acquire: async () => {} };

/** The caller of calls made for no verified principal (none reach Cognito today; kept apart anyway). */
const NOBODY = "";

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
   * Time kept for the call itself after waiting: a send time that comes with less than this left
   * before the deadline is not worth having. Default 250 ms.
   */
  reserveForCallMs?: number;
  /**
   * The share of each rate the governor actually spaces calls at. Default {@link DEFAULT_PACING}.
   */
  pacing?: number;
}

/** Default of {@link QuotaGovernorOptions.redisCommandTimeoutMs}. */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 500;

/**
 * Default of {@link QuotaGovernorOptions.pacing}: calls are spaced for 97% of each rate (41.2 ms
 * apart at UserUpdate's 25 per second instead of 40). Cognito does not publish its bucket sizes
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html); if it allows no burst, two calls sent exactly one interval apart can
 * arrive less than one apart after a few milliseconds of scheduling or network jitter, and the
 * second is throttled. The margin absorbs 1.2 ms of such jitter per pair at 25 per second while
 * goodput stays at 97%; a backend with a bucket of 2 or more sees no throttles at that spacing, one
 * that allows no burst at all still throttles about one write in five sent from two replicas on a
 * busy machine. See bench/RESULTS.md, "Quota goodput".
 */
export const DEFAULT_PACING = 0.97;

export function createQuotaGovernor(options: QuotaGovernorOptions = {}): QuotaGovernor {
  const rates: QuotaRates = { ...DEFAULT_QUOTA_RATES, ...options.rates };
  const reserve = options.reserveForCallMs ?? 250;
  const pacing = options.pacing ?? DEFAULT_PACING;
  // Redis unreachable or hung: each replica keeps to the budget on its own rather than stopping.
  const shared = options.redis
    ? new SharedBudget(
        options.redis as SpacingRedis,
        options.redisCommandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
        options.redisRetryMs ?? 1_000,
        options.sharedBudgetObserver,
      )
    : undefined;
  const spaced = (name: string, rate: number) => new SpacedRate(name, rate, rate * pacing, shared);
  const categoryLanes = new Map<QuotaCategory, Lane>();
  for (const category of new Set(Object.values(OPERATION_CATEGORY))) {
    categoryLanes.set(category, new Lane(spaced(category, rates[category]), "all"));
  }
  const perUserRate = spaced("user-write", rates.perUserWrite);
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
      // send time: otherwise writes queued behind other users would leave together, faster than 10/s.
      let lane = userLanes.get(subject);
      if (!lane) {
        lane = new Lane(perUserRate, subject, { minSpacingMs: perUserRate.intervalMs, maxOutstanding: 1 });
        userLanes.set(subject, lane);
      }
      try {
        await lane.take(caller, waitUntil, () => categoryLane.take(caller, waitUntil));
      } finally {
        // Kept for one interval after its last waiter, so the next write still keeps its distance.
        const idle = lane;
        setTimeout(() => {
          if (idle.waiting === 0 && userLanes.get(subject) === idle) userLanes.delete(subject);
        }, perUserRate.intervalMs).unref();
      }
    },
  };
}
