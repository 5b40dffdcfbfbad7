import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type EmbeddedCognito, startEmbeddedCognito } from "../../src/local/embedded-cognito.js";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { type GatewayOptions, startGateway, type TestBackend, type TestGateway } from "./gateway.js";
import { useStarted } from "./lifecycle.js";

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

/** A unique name for test data, so tests sharing one emulator never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export interface EmbeddedGateway {
  backend: EmbeddedBackend;
  gateway: TestGateway;
  /** An SDK client on the emulator itself, to check what Cognito really holds. */
  cognito: CognitoIdentityProviderClient;
  /** A fresh member of the admin group, signed in for real. */
  adminToken: string;
  /** The password of every user the test creates. */
  password: string;
  close(): Promise<void>;
}

/** The embedded Cognito, a gateway in front of it, and a signed-in admin: the usual test world. */
export async function startEmbeddedGateway(options: GatewayOptions = {}): Promise<EmbeddedGateway> {
  const password = "Passw0rd!test-it";
  const backend = await startEmbeddedBackend();
  // As the process runs it: admins re-confirmed with the emulator (ADMIN_RECHECK_SECONDS' default).
  const gateway = await startGateway(backend.backend, {
    ...options,
    env: { ADMIN_RECHECK_SECONDS: "60", ...options.env },
  });
  const cognito = new CognitoIdentityProviderClient({
    endpoint: backend.embedded.endpoint,
    region: backend.embedded.region,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const admin = await backend.embedded.createUser({
    username: uniqueName("admin"),
    password,
    groups: ["admin"],
  });
  const adminToken = (await backend.embedded.signIn(admin.username, password)).accessToken;
  return {
    backend,
    gateway,
    cognito,
    adminToken,
    password,
    async close() {
      cognito.destroy();
      await gateway.close();
      await backend.close();
    },
  };
}

/** The embedded world of startEmbeddedGateway for a test file or describe block (see useStarted). */
export function useEmbeddedGateway(onStarted: (world: EmbeddedGateway) => unknown): void {
  useStarted(startEmbeddedGateway, onStarted);
}
