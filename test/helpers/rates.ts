/**
 * Room above a call's deadline for what happens outside the Cognito call: HTTP, token verification,
 * GraphQL execution, on a busy two-core CI machine. The issue demands "within the deadline"; this
 * slack keeps such checks about a bounded wait, not about speed.
 */
export const DEADLINE_SLACK_MS = 1_000;

/** How long `work` took, in milliseconds, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; elapsedMs: number }> {
  const started = performance.now();
  const result = await work();
  return { result, elapsedMs: performance.now() - started };
}

/**
 * The most timestamps (epoch ms) that fall in any window `[t, t + windowMs)`: for "never more than N
 * requests in any second" against the fake's `receivedAt`.
 */
export function maxInAnyWindow(timestamps: readonly number[], windowMs = 1_000): number {
  const sorted = [...timestamps].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** Resolves once `condition` holds, polling every 10 ms; fails with `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
