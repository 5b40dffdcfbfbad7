import { FakeCognito } from "./fake-cognito.js";
import { type GatewayOptions, startGateway, type TestBackend, type TestGateway } from "./gateway.js";
import { useStarted } from "./lifecycle.js";
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

export async function startFakeGateway(options: GatewayOptions = {}): Promise<FakeGatewayWorld> {
  const started = await startFakeBackend();
  const gateway = await startGateway(started.backend, options);
  return {
    ...started,
    gateway,
    async close() {
      await gateway.close();
      await started.fake.close();
    },
  };
}

/** Fake worlds forget the fake's faults, delays and recorded requests before each test; users stay. */
const resetFake = (world: FakeBackend) => world.fake.reset();

/** The fake Cognito alone, for tests that start their own gateways (see useStarted). */
export function useFakeBackend(onStarted: (world: FakeBackend) => unknown): void {
  useStarted(
    async () => {
      const world = await startFakeBackend();
      return { ...world, close: () => world.fake.close() };
    },
    onStarted,
    resetFake,
  );
}

/** The fake Cognito with a gateway in front, built with `options` (see startGateway, useStarted). */
export function useFakeGateway(
  onStarted: (world: FakeGatewayWorld) => unknown,
  options: GatewayOptions = {},
): void {
  useStarted(() => startFakeGateway(options), onStarted, resetFake);
}
