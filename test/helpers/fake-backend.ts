import { FakeCognito } from "./fake-cognito.js";
import type { AppDependencies } from "../../src/app.js";
import { startGateway, type TestBackend, type TestGateway } from "./gateway.js";
import type { TokenIssuer } from "./tokens.js";

/** The fake Cognito and its token issuer, described as a gateway backend. */
export async function startFakeBackend(): Promise<{
  fake: FakeCognito;
  tokens: TokenIssuer;
  backend: TestBackend;
}> {
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
export async function startFakeGateway(overrides: Partial<AppDependencies> = {}): Promise<{
  fake: FakeCognito;
  tokens: TokenIssuer;
  backend: TestBackend;
  gateway: TestGateway;
  close(): Promise<void>;
}> {
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
