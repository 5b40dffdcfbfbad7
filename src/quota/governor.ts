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
   * and nothing is sent. `subject` names the user of a profile write (per-user budget).
   */
  acquire(operation: CognitoOperation, subject: string | undefined, deadlineAt: number): Promise<void>;
}

/** Lets every call through at once: for tests that measure something else. */
export const UNLIMITED_GOVERNOR: QuotaGovernor = { acquire: async () => {} };

type Limiter = RateLimiterMemory | RateLimiterRedis;

/**
 * Short windows rather than `rate` points per second: a one-second window lets 2×rate through around
 * its edge, which a token-bucket backend throttles. A window holds ⌈rate/100⌉ tokens (one token per
 * 1/rate s at Cognito's rates), so the edge burst stays a hundredth of the rate while high rates do
 * not hinge on millisecond timers.
 */
function createLimiter(name: string, rate: number, redis: Redis | undefined): Limiter {
  const points = Math.ceil(rate / 100);
  const options = { keyPrefix: `cag:quota:${name}`, points, duration: points / rate };
  if (!redis) return new RateLimiterMemory(options);
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    // If Redis is unreachable, each replica keeps to the budget on its own rather than stopping writes.
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waiters for one bucket key, served in arrival order, so a burst drains first-come first-served
 * instead of every waiter polling the limiter at once.
 */
class Lane {
  private tail: Promise<void> = Promise.resolve();
  waiting = 0;

  constructor(
    private readonly limiter: Limiter,
    private readonly key: string,
    private readonly rate: number,
  ) {}

  take(deadlineAt: number): Promise<void> {
    this.waiting++;
    let abandoned = false;
    let timer: NodeJS.Timeout | undefined;
    const turn = this.tail.then(() =>
      abandoned ? undefined : this.consumeBefore(deadlineAt, () => abandoned),
    );
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

  private async consumeBefore(deadlineAt: number, isAbandoned: () => boolean): Promise<void> {
    for (;;) {
      if (isAbandoned()) return;
      try {
        await this.limiter.consume(this.key);
        return;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const waitMs = Math.max(rejection.msBeforeNext, 1);
        if (Date.now() + waitMs > deadlineAt) throw this.tooMany();
        await sleep(waitMs);
      }
    }
  }

  private tooMany(): InstanceType<typeof TooManyRequestsError> {
    const seconds = Math.max(1, Math.ceil(this.waiting / this.rate));
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
  for (const category of Object.keys(OPERATION_CATEGORY).map(
    (operation) => OPERATION_CATEGORY[operation as CognitoOperation],
  )) {
    if (!categoryLanes.has(category)) {
      categoryLanes.set(
        category,
        new Lane(createLimiter(category, rates[category], options.redis), "all", rates[category]),
      );
    }
  }
  const perUserLimiter = createLimiter("user-write", rates.perUserWrite, options.redis);
  const userLanes = new Map<string, Lane>();

  return {
    async acquire(operation, subject, deadlineAt) {
      const category = OPERATION_CATEGORY[operation];
      const waitUntil = deadlineAt - reserve;
      if (subject !== undefined && category === "UserUpdate") {
        let lane = userLanes.get(subject);
        if (!lane) {
          lane = new Lane(perUserLimiter, subject, rates.perUserWrite);
          userLanes.set(subject, lane);
        }
        try {
          await lane.take(waitUntil);
        } finally {
          if (lane.waiting === 0) userLanes.delete(subject);
        }
      }
      await (categoryLanes.get(category) as Lane).take(waitUntil);
    },
  };
}
