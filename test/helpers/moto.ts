import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { freePort } from "./process.js";

/**
 * moto (the Python AWS emulator, `moto_server`) on 127.0.0.1 and a free port: an emulator nobody here
 * wrote, with its own token issuing, JWKS and user store. What it does with tokens (verified against
 * moto 5.2.1):
 * - `iss` is the real regional URL, `https://cognito-idp.<region>.amazonaws.com/<pool>`, which moto does
 *   not serve; its keys are at `<endpoint>/<pool>/.well-known/jwks.json` (one RSA key, `kid` "dummy",
 *   the same for every pool, its private half shipped in moto's package).
 * - Pool ids are `<region>_` and 32 hex digits.
 */
export interface MotoServer {
  /** `http://127.0.0.1:<port>`, for the SDK's `endpoint` and `COGNITO_ENDPOINT`. */
  endpoint: string;
  region: string;
  /** An SDK client on moto (any credentials: moto checks none). */
  cognito: CognitoIdentityProviderClient;
  /** The `iss` of the pool's tokens. */
  issuer(userPoolId: string): string;
  /** Where moto serves the pool's signing keys (`COGNITO_JWKS_URI`). */
  jwksUri(userPoolId: string): string;
  close(): Promise<void>;
}

const REGION = "us-east-1";
const START_TIMEOUT_MS = 20_000;

/** moto's server mode, from PATH (pip installs it beside python3). */
const MOTO_SERVER = "moto_server";

async function waitUntilServing(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const giveUpAt = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `moto_server exited before it answered (${child.exitCode ?? child.signalCode})\n${output()}`,
      );
    }
    try {
      // moto's own API answers once the server is up; it does not touch any backend.
      if ((await fetch(`${endpoint}/moto-api/data.json`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > giveUpAt)
      throw new Error(`moto_server did not answer in ${START_TIMEOUT_MS} ms\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts `moto_server`; fails with a clear message when it is not installed (`pip install 'moto[server]'`). */
export async function startMoto(): Promise<MotoServer> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(MOTO_SERVER, ["-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
  });
  let output = "";
  // Flask logs one line per request to stderr; kept for failure messages only.
  child.stdout?.on("data", (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-4_000)));
  child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-4_000)));
  const spawned = await Promise.race([
    once(child, "spawn").then(() => undefined),
    once(child, "error").then(([error]) => error as Error),
  ]);
  if (spawned instanceof Error) {
    throw new Error(
      `Cannot start ${MOTO_SERVER} (${spawned.message}). The contract suite needs moto's server mode: ` +
        "`pip install 'moto[server]==5.2.1'`.",
    );
  }
  const exited = once(child, "exit");
  try {
    await waitUntilServing(endpoint, child, () => output);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const cognito = new CognitoIdentityProviderClient({
    endpoint,
    region: REGION,
    credentials: { accessKeyId: "moto", secretAccessKey: "moto" },
  });
  return {
    endpoint,
    region: REGION,
    cognito,
    issuer: (userPoolId) => `https://cognito-idp.${REGION}.amazonaws.com/${userPoolId}`,
    jwksUri: (userPoolId) => `${endpoint}/${userPoolId}/.well-known/jwks.json`,
    async close() {
      cognito.destroy();
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
