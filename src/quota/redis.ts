import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";
import type { Metrics } from "../observability/metrics.js";
import type { SharedBudgetObserver } from "./governor.js";

/**
 * The Redis client replicas share their quota budget through. ioredis is loaded only when
 * `REDIS_URL` is set. Commands fail at once while disconnected (no offline queue) and time out
 * after `commandTimeoutMs` (the governor bounds them too), so a dead or hung Redis never holds a
 * Cognito call: the governor falls back to its in-memory budget instead.
 */
export async function createRedisClient(url: string, options: { commandTimeoutMs: number }): Promise<Redis> {
  const { Redis } = await import("ioredis");
  return new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: options.commandTimeoutMs,
    connectTimeout: Math.max(1_000, options.commandTimeoutMs),
  });
}

/** Logs and counts the shared budget's fallbacks and recoveries. */
export function sharedBudgetObserver(logger: Logger, metrics: Metrics | undefined): SharedBudgetObserver {
  metrics?.observeRedisShared(true);
  return {
    fallback(reason, detail) {
      metrics?.observeRedisFallback(reason);
      logger.warn(
        { reason, error: detail },
        "redis quota fallback: each replica keeps to the budget on its own until Redis answers",
      );
    },
    recovered(downForMs) {
      metrics?.observeRedisRecovery();
      logger.info({ downForMs }, "redis quota recovered: the budget is shared again");
    },
  };
}
