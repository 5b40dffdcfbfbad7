import { afterAll, beforeAll, beforeEach } from "vitest";
import type { AppDependencies } from "../../src/app.js";
import { FakeCognito } from "./fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "./gateway.js";
import type { TokenIssuer } from "./tokens.js";

/** The fake Cognito and its token issuer, described as a gateway backend. */
export interface FakeBackend {
  fake: FakeCognito;
  tokens: TokenIssuer;
  backend: TestBackend;
}

export async function startFakeBackend(): Promise<FakeBackend> {
  const { fake, tokens } = await FakeCognito.startWithIssuer();
  return {
    fake,
    tokens,
    backend: {
      endpoint: fake.endpoint,
      region: fake.region,
      userPoolId: fake.userPoolId,
      issuer: fake.issuer,
      clientIds: [tokens.defaultClientId],
    },
  };
}

/** The fake Cognito with a gateway in front of it: the usual world of a protocol-level test. */
export interface FakeGatewayWorld extends FakeBackend {
  gateway: TestGateway;
  close(): Promise<void>;
}

export async function startFakeGateway(overrides: Partial<AppDependencies> = {}): Promise<FakeGatewayWorld> {
  const started = await startFakeBackend();
  const gateway = await startGateway(started.backend, overrides);
  return {
    ...started,
    gateway,
    async close() {
      await gateway.close();
      await started.fake.close();
    },
  };
}

/**
 * Gives the enclosing test file or describe block its own world: started before its tests (and
 * handed to `onStarted`, which picks the parts it uses), closed after them, and the fake's faults,
 * delays and recorded requests cleared before each test (its users stay).
 */
function useWorld<World extends FakeBackend>(
  start: () => Promise<World>,
  close: (world: World) => Promise<void>,
  onStarted: (world: World) => unknown,
): void {
  let world: World | undefined;
  beforeAll(async () => {
    world = await start();
    await onStarted(world);
  });
  afterAll(async () => {
    if (world) await close(world);
  });
  beforeEach(() => world?.fake.reset());
}

/** The fake Cognito alone, for tests that start their own gateways (see useWorld). */
export function useFakeBackend(onStarted: (world: FakeBackend) => unknown): void {
  useWorld(startFakeBackend, (world) => world.fake.close(), onStarted);
}

/** The fake Cognito with a gateway in front, built with `overrides` (see useWorld). */
export function useFakeGateway(
  onStarted: (world: FakeGatewayWorld) => unknown,
  overrides: Partial<AppDependencies> = {},
): void {
  useWorld(
    () => startFakeGateway(overrides),
    (world) => world.close(),
    onStarted,
  );
}
