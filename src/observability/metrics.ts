import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { CallOutcome } from "../cognito/call.js";
import type { RefusalReason } from "../plugins/use-refused-requests.js";
import type { CognitoOperation } from "../quota/categories.js";

/**
 * Prometheus metrics of one app: requests per GraphQL operation, requests refused before any
 * operation ran, and calls per Cognito operation.
 */
export interface Metrics {
  registry: Registry;
  observeRequest(labels: { operation: string; type: string; outcome: "ok" | "error" }, seconds: number): void;
  observeCognitoCall(operation: CognitoOperation, outcome: CallOutcome, seconds: number): void;
  observeRefusal(reason: RefusalReason): void;
  /** One load or refresh of a pool's contract (DescribeUserPool and DescribeUserPoolClient). */
  observePoolContractLoad(userPoolId: string, outcome: "ok" | "failed"): void;
  /** The quota governor stopped using Redis (`timeout` or `error`) and keeps the budget in memory. */
  observeRedisFallback(reason: "timeout" | "error"): void;
  /** Redis answers again after a fallback. */
  observeRedisRecovery(): void;
  /** Whether the budget is shared through Redis right now (set once Redis is configured). */
  observeRedisShared(shared: boolean): void;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A registry per app (tests run several apps in one process). Operation names come from the
 * executed document: only names from the schema's operations keep cardinality bounded, anything
 * else is counted as "other".
 */
export function createMetrics(options: { processMetrics: boolean }): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: "cag_" });
  const requests = new Counter({
    name: "cag_graphql_requests_total",
    help: "GraphQL operations executed, by operation name, type and outcome.",
    labelNames: ["operation", "type", "outcome"],
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: "cag_graphql_request_duration_seconds",
    help: "GraphQL execution time, by operation name and type.",
    labelNames: ["operation", "type"],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const refusals = new Counter({
    name: "cag_graphql_refused_requests_total",
    help: "Requests refused before any operation ran (body, CSRF, parse, validation), by reason.",
    labelNames: ["reason"],
    registers: [registry],
  });
  const calls = new Counter({
    name: "cag_cognito_calls_total",
    help: "Calls to Cognito, by operation and outcome (ok, a Cognito exception name, deadline or error).",
    labelNames: ["operation", "outcome"],
    registers: [registry],
  });
  const callSeconds = new Histogram({
    name: "cag_cognito_call_duration_seconds",
    help: "Time of calls to Cognito including quota wait and SDK retries, by operation.",
    labelNames: ["operation"],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  // Labelled by pool: the allow-list is operator-configured and short, so cardinality stays bounded.
  const contractLoads = new Counter({
    name: "cag_pool_contract_loads_total",
    help: "Loads of a pool's contract (schema and app-client permissions) from Cognito, by pool and outcome.",
    labelNames: ["user_pool_id", "outcome"],
    registers: [registry],
  });
  const redisFallbacks = new Counter({
    name: "cag_quota_redis_fallbacks_total",
    help: "Times the quota governor fell back from Redis to its in-memory budget, by reason (timeout or error).",
    labelNames: ["reason"],
    registers: [registry],
  });
  const redisRecoveries = new Counter({
    name: "cag_quota_redis_recoveries_total",
    help: "Times Redis answered again after a fallback and the quota budget was shared again.",
    registers: [registry],
  });
  const redisShared = new Gauge({
    name: "cag_quota_redis_shared",
    help: "1 while the quota budget is shared through Redis, 0 while each replica keeps its own after a fallback.",
    registers: [registry],
  });
  return {
    registry,
    observePoolContractLoad(userPoolId, outcome) {
      contractLoads.inc({ user_pool_id: userPoolId, outcome });
    },
    observeRedisFallback(reason) {
      redisFallbacks.inc({ reason });
      redisShared.set(0);
    },
    observeRedisRecovery() {
      redisRecoveries.inc();
      redisShared.set(1);
    },
    observeRedisShared(shared) {
      redisShared.set(shared ? 1 : 0);
    },
    observeRequest(labels, seconds) {
      requests.inc(labels);
      requestSeconds.observe({ operation: labels.operation, type: labels.type }, seconds);
    },
    observeRefusal(reason) {
      refusals.inc({ reason });
    },
    observeCognitoCall(operation, outcome, seconds) {
      calls.inc({ operation, outcome });
      callSeconds.observe({ operation }, seconds);
    },
  };
}
