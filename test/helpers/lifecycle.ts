import { afterAll, beforeAll, beforeEach } from "vitest";

/**
 * Gives the enclosing test file or describe block a world of running parts: started before its
 * tests and handed to `onStarted` (which picks the parts it uses), closed after them, and prepared
 * by `beforeEachTest`, when given, before each test. `startTimeoutMs` overrides the hook timeout for
 * worlds that start several processes (the contract suite's backend and gateway).
 */
export function useStarted<World extends { close(): Promise<void> }>(
  start: () => Promise<World>,
  onStarted: (world: World) => unknown,
  beforeEachTest?: (world: World) => unknown,
  options: { startTimeoutMs?: number } = {},
): void {
  let world: World | undefined;
  beforeAll(async () => {
    world = await start();
    await onStarted(world);
  }, options.startTimeoutMs);
  afterAll(async () => {
    await world?.close();
  });
  if (beforeEachTest) beforeEach(() => (world ? beforeEachTest(world) : undefined));
}
