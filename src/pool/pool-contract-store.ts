import { describeUserPool } from "../cognito/describe-user-pool.js";
import { describeUserPoolClient } from "../cognito/describe-user-pool-client.js";
import { CognitoServiceError } from "../cognito/errors.js";
import type { CognitoDeps } from "../cognito/types.js";
import type { Logger } from "../logger.js";
import { createPoolContract, type PoolContract } from "./pool-contract.js";

/** The contract of each allowed pool, as last confirmed by Cognito. */
export interface PoolContracts {
  /** Undefined until the pool's contract has loaded once; after that, the last good one. */
  get(userPoolId: string): PoolContract | undefined;
  /** True when Cognito's last answer for the pool was ResourceNotFoundException: it does not exist. */
  isMissing(userPoolId: string): boolean;
}

export interface PoolContractStore extends PoolContracts {
  /** Reads every pool's contract now. Resolves once each pool was tried; never rejects. */
  refresh(): Promise<void>;
  /** True once the default pool's contract is loaded: until then the gateway is not ready. */
  readonly defaultPoolLoaded: boolean;
  /**
   * Loads now, retrying the default pool every few seconds until it loads, then refreshes every pool
   * every `refreshSeconds`. Resolves after the first attempt.
   */
  start(): Promise<void>;
  stop(): void;
}

export interface PoolContractStoreOptions {
  cognito: CognitoDeps;
  /** The configured pool (COGNITO_USER_POOL_ID): its app clients are read too. */
  defaultUserPoolId: string;
  /** Every pool the admin path may act on, the default one included. */
  userPoolIds: readonly string[];
  /** COGNITO_CLIENT_IDS: the app clients whose tokens the user path accepts. */
  clientIds: readonly string[];
  /** POOL_SCHEMA_REFRESH_SECONDS. */
  refreshSeconds: number;
  logger: Logger;
  /** Counts loads and failures per pool. */
  onLoad?: (userPoolId: string, outcome: "ok" | "failed") => void;
}

/** Until the default pool loads once, retry at this pace rather than the (minutes-long) refresh. */
const FIRST_LOAD_RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** The name of an SDK or domain error, for one log line; never its message (it may quote input). */
function errorName(error: unknown): string {
  return error instanceof Error ? ("code" in error && String(error.code)) || error.name : typeof error;
}

export function createPoolContractStore(options: PoolContractStoreOptions): PoolContractStore {
  const contracts = new Map<string, PoolContract>();
  const missing = new Set<string>();
  const pools = [...new Set([options.defaultUserPoolId, ...options.userPoolIds])];
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let firstLoadFailures = 0;

  async function load(userPoolId: string): Promise<void> {
    // The IAM action a failure points at, so one log line tells an operator what to grant.
    let action = "cognito-idp:DescribeUserPool";
    try {
      const description = await describeUserPool(options.cognito, { userPoolId });
      action = "cognito-idp:DescribeUserPoolClient";
      const clients =
        userPoolId === options.defaultUserPoolId
          ? await Promise.all(
              options.clientIds.map((clientId) =>
                describeUserPoolClient(options.cognito, { userPoolId, clientId }),
              ),
            )
          : [];
      const previous = contracts.get(userPoolId);
      missing.delete(userPoolId);
      contracts.set(userPoolId, createPoolContract(description, clients, new Date()));
      options.onLoad?.(userPoolId, "ok");
      if (!previous) {
        options.logger.info(
          { userPoolId, attributes: description.attributes.length, clients: clients.length },
          "pool contract loaded",
        );
      }
    } catch (error) {
      options.onLoad?.(userPoolId, "failed");
      // An allow-listed pool that was deleted: its writes are answered as Cognito would answer them.
      if (
        action === "cognito-idp:DescribeUserPool" &&
        error instanceof CognitoServiceError &&
        error.code === "ResourceNotFoundException"
      ) {
        missing.add(userPoolId);
        contracts.delete(userPoolId);
      }
      const kept = contracts.has(userPoolId);
      options.logger.error(
        { userPoolId, action, error: errorName(error), keptLastGood: kept },
        kept
          ? `pool contract refresh failed (${action}); keeping the last good contract`
          : `pool contract not loaded: ${action} failed; grant the gateway's IAM identity ${action} on this pool`,
      );
    }
  }

  const store: PoolContractStore = {
    get: (userPoolId) => contracts.get(userPoolId),
    isMissing: (userPoolId) => missing.has(userPoolId),
    get defaultPoolLoaded() {
      return contracts.has(options.defaultUserPoolId);
    },
    async refresh() {
      await Promise.all(pools.map((userPoolId) => load(userPoolId)));
    },
    async start() {
      await store.refresh();
      schedule();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };

  function schedule(): void {
    if (stopped) return;
    let delayMs = options.refreshSeconds * 1000;
    if (!store.defaultPoolLoaded) {
      delayMs = Math.min(
        delayMs,
        FIRST_LOAD_RETRY_MS[Math.min(firstLoadFailures, FIRST_LOAD_RETRY_MS.length - 1)] as number,
      );
      firstLoadFailures += 1;
    }
    timer = setTimeout(() => {
      void store.refresh().then(schedule);
    }, delayMs);
    timer.unref();
  }

  return store;
}
