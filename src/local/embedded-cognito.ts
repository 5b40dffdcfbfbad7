import { appendFile } from "node:fs/promises";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
// Type-only: cognito-local is a devDependency, loaded with require() inside startEmbeddedCognito.
import type { Config } from "cognito-local/lib/server/config.js";
import type { CryptoService } from "cognito-local/lib/services/crypto.js";
import type { Services } from "cognito-local/lib/services/index.js";
import type { Lambda } from "cognito-local/lib/services/lambda.js";
import type { MessageSender } from "cognito-local/lib/services/messageDelivery/messageSender.js";
import type { Message } from "cognito-local/lib/services/messages.js";
import type { User } from "cognito-local/lib/services/userPoolService.js";
import { withAliasLookup } from "./alias-lookup.js";
import { withMissingUsersAnswered } from "./missing-users.js";
import { seedDemo } from "./demo-seed.js";
import { JsonFileDataStoreFactory } from "./json-file-data-store.js";

export { ADMIN_GROUP, DEMO_CLIENT_NAME, DEMO_PASSWORD, DEMO_POOL_NAME } from "./demo-seed.js";

/** A verification or welcome message the emulator would have sent; captured instead of printed. */
export interface DeliveredMessage {
  username: string;
  destination: string;
  medium: "EMAIL" | "SMS";
  /** The code in the message; undefined for messages without one. */
  code: string | undefined;
  /** ISO-8601 time of capture. */
  at: string;
}

export interface DemoUser {
  username: string;
  password: string;
  email: string;
  groups: string[];
}

export interface EmbeddedCognito {
  /** `http://127.0.0.1:<port>`: the SDK endpoint. */
  endpoint: string;
  /** "us-east-1": the emulator ignores it, the SDK needs one. */
  region: string;
  /** The demo pool. */
  userPoolId: string;
  /** The demo app client (no secret). */
  clientId: string;
  /** `${endpoint}/${userPoolId}`, the `iss` of its tokens; JWKS at `${issuer}/.well-known/jwks.json`. */
  issuer: string;
  demoUsers: { admin: DemoUser; alice: DemoUser };
  /** Captured messages, newest last. Also appended to `<dataDir>/deliveries.jsonl`. */
  deliveries: DeliveredMessage[];
  /** InitiateAuth USER_PASSWORD_AUTH with the demo client; the username may also be a verified email. */
  signIn(
    username: string,
    password: string,
  ): Promise<{ accessToken: string; idToken: string; refreshToken: string }>;
  /** For tests: AdminCreateUser, AdminSetUserPassword (permanent, default `DEMO_PASSWORD`) and groups. */
  createUser(input: {
    username: string;
    password?: string;
    attributes?: Record<string, string>;
    groups?: string[];
  }): Promise<{ username: string; sub: string }>;
  /** Stops the HTTP server (dropping keep-alive sockets) and waits for pending writes. Idempotent. */
  close(): Promise<void>;
}

export interface EmbeddedCognitoLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface EmbeddedCognitoOptions {
  /** Directory for the emulator's state (`db/*.json`, `deliveries.jsonl`), kept across restarts. */
  dataDir: string;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. Avoid 9229, Node's inspector port. */
  port?: number;
  /**
   * Receives a few lifecycle lines and warnings; never a code nor an attribute value (a delivery's
   * destination included). Defaults to warnings on stderr.
   */
  logger?: EmbeddedCognitoLogger;
}

const HOST = "127.0.0.1";
const REGION = "us-east-1";
/** How long `close()` lets in-flight requests finish before dropping their sockets, in ms. */
const CLOSE_GRACE_MS = 250;

const stderrLogger: EmbeddedCognitoLogger = {
  info: () => {},
  warn: (obj, msg) => process.stderr.write(`[embedded-cognito] ${msg ?? "warning"} ${JSON.stringify(obj)}\n`),
};

type CognitoLocalLogger = Parameters<typeof import("cognito-local/lib/server/server.js").createServer>[1];
type Pino = (options: { level: string; name: string }, stream: NodeJS.WritableStream) => CognitoLocalLogger;

/**
 * Loads the parts of cognito-local this file composes, skipping its entry point and `services/crypto`:
 * both load the end-of-life `aws-sdk` v2 (about 0.3 s, and an end-of-support NOTE on stderr), which
 * only Lambda triggers and KMS need, and the embedded emulator configures neither.
 */
function loadCognitoLocal() {
  const require = createRequire(import.meta.url);
  const serverPath = require.resolve("cognito-local/lib/server/server.js");
  return {
    // Its own pino (v7), the version its pino-http expects.
    pino: createRequire(serverPath)("pino") as Pino,
    ...(require(serverPath) as typeof import("cognito-local/lib/server/server.js")),
    ...(require("cognito-local/lib/server/Router.js") as typeof import("cognito-local/lib/server/Router.js")),
    ...(require("cognito-local/lib/errors.js") as typeof import("cognito-local/lib/errors.js")),
    ...(require("cognito-local/lib/server/config.js") as typeof import("cognito-local/lib/server/config.js")),
    ...(require("cognito-local/lib/services/index.js") as typeof import("cognito-local/lib/services/index.js")),
    ...(require("cognito-local/lib/services/cognitoService.js") as typeof import("cognito-local/lib/services/cognitoService.js")),
    ...(require("cognito-local/lib/services/userPoolService.js") as typeof import("cognito-local/lib/services/userPoolService.js")),
    ...(require("cognito-local/lib/services/messageDelivery/messageDelivery.js") as typeof import("cognito-local/lib/services/messageDelivery/messageDelivery.js")),
    ...(require("cognito-local/lib/services/tokenGenerator.js") as typeof import("cognito-local/lib/services/tokenGenerator.js")),
    ...(require("cognito-local/lib/services/otp.js") as typeof import("cognito-local/lib/services/otp.js")),
  };
}

/** No trigger is configured, so nothing may invoke a Lambda or encrypt a code for CustomEmailSender. */
const unsupported = (what: string) => async (): Promise<never> => {
  throw new Error(`${what} is not supported by the embedded Cognito`);
};
const noLambda: Lambda = { enabled: () => false, invoke: unsupported("Lambda triggers") };
const noCrypto: CryptoService = {
  get keyringNode(): never {
    throw new Error("KMS is not supported by the embedded Cognito");
  },
  encrypt: unsupported("CustomEmailSender"),
};

/** Captures messages in memory and in `<dataDir>/deliveries.jsonl` (one JSON object a line). */
function createDeliveryLog(file: string, logger: EmbeddedCognitoLogger) {
  const deliveries: DeliveredMessage[] = [];
  let appending: Promise<void> = Promise.resolve();
  const capture =
    (medium: DeliveredMessage["medium"]) =>
    async (_ctx: unknown, user: User, destination: string, message: Message): Promise<void> => {
      const delivery: DeliveredMessage = {
        username: user.Username,
        destination,
        medium,
        code: message.__code,
        at: new Date().toISOString(),
      };
      deliveries.push(delivery);
      // Chained so lines never interleave; awaited so the file is current when the API call returns.
      appending = appending
        .then(() => appendFile(file, `${JSON.stringify(delivery)}\n`))
        .catch((error: Error) => logger.warn({ file, error: error.message }, "could not append a delivery"));
      await appending;
      // The destination is an attribute value (an email address or phone number): never logged.
      logger.info({ username: delivery.username, medium, file }, "message captured, not sent");
    };
  const sender: MessageSender = { sendEmail: capture("EMAIL"), sendSms: capture("SMS") };
  return { deliveries, sender, flush: () => appending };
}

function stopServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections(); // keep-alive sockets from SDK clients
    setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
  });
}

/**
 * Starts cognito-local in this process on 127.0.0.1, composed from its services with a crash-safe
 * store, captured messages and a correct issuer, then seeds the demo pool, client, group and users
 * (idempotent: a restart on the same `dataDir` keeps ids and data).
 */
export async function startEmbeddedCognito(options: EmbeddedCognitoOptions): Promise<EmbeddedCognito> {
  const startedAt = performance.now();
  const logger = options.logger ?? stderrLogger;
  const dataDir = path.resolve(options.dataDir);
  const dbDir = path.join(dataDir, "db");
  const cl = loadCognitoLocal();

  // Level "error": it logs every 4xx answer (UserNotFoundException, …) at "warn", with a stack trace.
  const clLogger = cl.pino({ level: "error", name: "cognito-local" }, process.stderr);
  const ctx = { logger: clLogger };
  const stores = new JsonFileDataStoreFactory(dbDir, logger);
  await stores.load();
  const deliveryLog = createDeliveryLog(path.join(dataDir, "deliveries.jsonl"), logger);

  const clock = new cl.DateClock();
  // UsernameAttributes: [] makes pools username pools unless they ask otherwise; cognito-local's
  // default ["email"] survives CreateUserPool's merge even when the request says [].
  const userPoolDefaults = { UsernameAttributes: [] };
  const userPools = withAliasLookup(new cl.UserPoolServiceFactoryImpl(clock, stores));
  const cognito = await new cl.CognitoServiceFactoryImpl(dbDir, stores, userPools).create(
    ctx,
    userPoolDefaults,
  );
  const deleteUserPool = cognito.deleteUserPool.bind(cognito);
  cognito.deleteUserPool = async (ctx, userPool) => {
    await stores.retire(userPool.Id);
    await deleteUserPool(ctx, userPool);
  };

  const config: Config = {
    ...cl.DefaultConfig,
    TriggerFunctions: {},
    UserPoolDefaults: userPoolDefaults,
    ServerConfig: { port: options.port ?? 0, hostname: HOST, development: false, https: false },
    TokenConfig: { IssuerDomain: "" }, // set once the port is known; the token generator reads it per token
  };
  const triggers = new cl.TriggersService(clock, cognito, noLambda, noCrypto);
  const services: Services = {
    clock,
    cognito,
    config,
    otp: cl.otp,
    triggers,
    messages: new cl.MessagesService(triggers, new cl.MessageDeliveryService(deliveryLog.sender)),
    tokenGenerator: new cl.JwtTokenGenerator(clock, triggers, config.TokenConfig),
  };

  let server: Server;
  try {
    server = (await cl
      .createServer(
        withMissingUsersAnswered(cl.Router(services), cognito, cl.UserNotFoundError),
        clLogger,
        config.ServerConfig,
        services,
      )
      .start()) as Server;
  } catch (error) {
    await stores.flush();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://${HOST}:${port}`;
  config.TokenConfig.IssuerDomain = endpoint;
  const startupMs = Math.round(performance.now() - startedAt);

  const client = new CognitoIdentityProviderClient({
    endpoint,
    region: REGION,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      client.destroy();
      await stopServer(server);
      await stores.flush();
      await deliveryLog.flush();
    })();
    return closing;
  };

  const seedStartedAt = performance.now();
  let seeded: Awaited<ReturnType<typeof seedDemo>>;
  try {
    seeded = await seedDemo(client);
  } catch (error) {
    await close();
    throw error;
  }
  const seedMs = Math.round(performance.now() - seedStartedAt);
  const { userPoolId, clientId } = seeded;
  logger.info({ endpoint, userPoolId, clientId, dataDir, startupMs, seedMs }, "embedded Cognito ready");

  return {
    endpoint,
    region: REGION,
    userPoolId,
    clientId,
    issuer: `${endpoint}/${userPoolId}`,
    demoUsers: seeded.demoUsers,
    deliveries: deliveryLog.deliveries,
    async signIn(username, password) {
      const { AuthenticationResult: tokens, ChallengeName } = await client.send(
        new InitiateAuthCommand({
          AuthFlow: "USER_PASSWORD_AUTH",
          ClientId: clientId,
          AuthParameters: { USERNAME: username, PASSWORD: password },
        }),
      );
      if (!tokens?.AccessToken || !tokens.IdToken || !tokens.RefreshToken) {
        throw new Error(`sign-in of ${username} returned no tokens (challenge: ${ChallengeName ?? "none"})`);
      }
      return { accessToken: tokens.AccessToken, idToken: tokens.IdToken, refreshToken: tokens.RefreshToken };
    },
    createUser: (input) => seeded.admin.createUser(input),
    close,
  };
}
