import type { SpacingRedis } from "./spacing.js";

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
export class SharedBudget {
  private downSince: number | undefined;
  private retryAt = 0;
  private probing = false;

  constructor(
    private readonly client: SpacingRedis,
    private readonly timeoutMs: number,
    private readonly retryMs: number,
    private readonly observer: SharedBudgetObserver | undefined,
  ) {}

  /** Runs `command` on Redis, or `inMemory` while Redis is down or when the command fails. */
  async run<T>(command: (client: SpacingRedis) => Promise<T>, inMemory: () => T): Promise<T> {
    if (this.downSince !== undefined) {
      this.probeWhenDue();
      return inMemory();
    }
    try {
      return await this.bounded(command(this.client));
    } catch (error) {
      this.fail(error);
      return inMemory();
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
