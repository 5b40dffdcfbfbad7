import { createCognitoClient } from "../../src/cognito/client.js";
import type { CognitoDeps } from "../../src/cognito/types.js";
import { createQuotaGovernor } from "../../src/quota/governor.js";
import type { FakeCognito } from "./fake-cognito.js";

/**
 * What the Cognito operation files need, aimed at `fake` over HTTP: one attempt per call (so a
 * scripted failure is seen once), a 2 s deadline and a quota governor at Cognito's default rates.
 */
export function cognitoDepsFor(fake: FakeCognito): CognitoDeps {
  return {
    client: createCognitoClient({
      region: fake.region,
      endpoint: fake.endpoint,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
      maxAttempts: 1,
      connectTimeoutMs: 1_000,
    }),
    callTimeoutMs: 2_000,
    maxAttempts: 1,
    governor: createQuotaGovernor(),
  };
}
