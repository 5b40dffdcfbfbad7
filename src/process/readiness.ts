import type { Logger } from "../logger.js";
import type { Readiness } from "../plugins/use-readiness.js";

/**
 * The process's answer to /ready. Ready when both the signing keys and the configured pool's contract
 * are in: before that every token would be refused, or every write could not be checked. Once
 * stopping, it stays not ready whatever loads.
 */
export function trackReadiness(logger: Logger) {
  const readiness: Readiness = { ready: false, reason: "starting" };
  let signingKeysLoaded = false;
  let stopping = false;
  const update = (contracts: { defaultPoolLoaded: boolean }) => {
    if (stopping) return;
    const wasReady = readiness.ready;
    readiness.ready = signingKeysLoaded && contracts.defaultPoolLoaded;
    if (readiness.ready) {
      delete readiness.reason;
      if (!wasReady) logger.info("gateway ready");
    } else if (!signingKeysLoaded) readiness.reason = "signing keys not loaded";
    else readiness.reason = "the user pool's schema (DescribeUserPool) is not loaded";
  };
  return {
    readiness,
    isStopping: () => stopping,
    /** A pool's contract loaded or failed to. */
    poolContractLoaded: update,
    signingKeysLoaded(contracts: { defaultPoolLoaded: boolean }) {
      signingKeysLoaded = true;
      update(contracts);
    },
    signingKeysFailed() {
      if (!stopping) readiness.reason = "signing keys could not be loaded";
    },
    /** Returns false when already stopping. */
    stop(): boolean {
      if (stopping) return false;
      stopping = true;
      readiness.ready = false;
      readiness.reason = "shutting down";
      return true;
    },
  };
}

/** First retry of a failed key load (ms); doubles up to {@link KEY_RETRY_MAX_MS}. */
const KEY_RETRY_FIRST_MS = 500;
const KEY_RETRY_MAX_MS = 30_000;

/** Loads the signing keys, retrying with back-off until they load or `stop()` is called. */
export function keepLoadingSigningKeys(
  verifier: { loadSigningKeys(): Promise<void> },
  on: { loaded(): void; failed(error: unknown, retryInMs: number): void },
): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const attempt = (delayMs: number) => {
    verifier.loadSigningKeys().then(
      () => {
        if (!stopped) on.loaded();
      },
      (error: unknown) => {
        if (stopped) return;
        on.failed(error, delayMs);
        timer = setTimeout(() => attempt(Math.min(delayMs * 2, KEY_RETRY_MAX_MS)), delayMs);
        timer.unref();
      },
    );
  };
  attempt(KEY_RETRY_FIRST_MS);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
