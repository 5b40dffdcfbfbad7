import { FakeCognito } from "./fake-cognito.js";
import type { TestBackend } from "./gateway.js";
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
