import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type EmbeddedCognito, startEmbeddedCognito } from "../../src/local/embedded-cognito.js";
import type { TestBackend } from "./gateway.js";

export interface EmbeddedBackend {
  embedded: EmbeddedCognito;
  backend: TestBackend;
  close(): Promise<void>;
}

/** The embedded local Cognito on a free port with a throwaway data folder, as a gateway backend. */
export async function startEmbeddedBackend(): Promise<EmbeddedBackend> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "cag-embedded-"));
  const embedded = await startEmbeddedCognito({ dataDir, port: 0 });
  return {
    embedded,
    backend: {
      endpoint: embedded.endpoint,
      region: embedded.region,
      userPoolId: embedded.userPoolId,
      issuer: embedded.issuer,
      clientIds: [embedded.clientId],
    },
    async close() {
      await embedded.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
