import { Writable } from "node:stream";
import { type AppDependencies, createApp } from "../../src/app.js";
import { createAccessTokenVerifier } from "../../src/auth/access-token-verifier.js";
import { createCognitoClient } from "../../src/cognito/client.js";
import type { HttpLimits } from "../../src/config.js";
import { listen, type RunningServer } from "../../src/http-server.js";
import { createLogger } from "../../src/logger.js";

/** Where the gateway under test finds Cognito: the fake, or the embedded emulator. */
export interface TestBackend {
  endpoint: string;
  region: string;
  userPoolId: string;
  issuer: string;
  clientIds: string[];
}

/** Captures the gateway's JSON log lines so tests can read them (and prove secrets never appear). */
export class LogSink {
  readonly lines: Record<string, unknown>[] = [];
  readonly raw: string[] = [];
  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim() === "") continue;
        this.raw.push(line);
        this.lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });

  text(): string {
    return this.raw.join("\n");
  }
}

export interface TestGateway extends RunningServer {
  graphqlUrl: string;
  logs: LogSink;
}

/**
 * Starts the real app over real HTTP on 127.0.0.1 and a free port, in front of `backend`; `limits`
 * default to the gateway's own (src/http-server.ts).
 */
export async function startGateway(
  backend: TestBackend,
  overrides: Partial<AppDependencies> = {},
  limits?: HttpLimits,
): Promise<TestGateway> {
  const logs = new LogSink();
  const app = createApp({
    cognitoClient: createCognitoClient({
      region: backend.region,
      endpoint: backend.endpoint,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    }),
    accessTokenVerifier: createAccessTokenVerifier({ issuer: backend.issuer, clientIds: backend.clientIds }),
    defaultUserPoolId: backend.userPoolId,
    adminGroup: "admin",
    logger: createLogger({ level: "info", destination: logs.stream }),
    environment: "test",
    // Tests of other concerns count Cognito calls exactly; those of admin revocation turn it on, and
    // the embedded world always has it (test/helpers/embedded.ts).
    adminRecheckSeconds: false,
    ...overrides,
  });
  const server = await listen(app, { host: "127.0.0.1", port: 0, limits });
  return { ...server, graphqlUrl: `${server.url}/graphql`, logs };
}
