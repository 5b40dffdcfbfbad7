import { z } from "zod";
import { DEFAULT_QUOTA_RATES } from "./quota/categories.js";
import { DEFAULT_ADMIN_ONLY_ATTRIBUTES } from "./permissions/attribute-policy.js";
import { DEFAULT_MAX_ENTITY_REPRESENTATIONS } from "./plugins/use-request-limits.js";
import { DEFAULT_REDIS_COMMAND_TIMEOUT_MS } from "./quota/governor.js";
import { DEFAULT_HTTP_LIMITS } from "./http-server.js";
import { DEFAULT_DOCUMENT_LIMITS } from "./plugins/use-graphql-hardening.js";
import { DEFAULT_MAX_REQUEST_BODY_BYTES } from "./plugins/use-request-body-limit.js";

/*
 * Every default is written once: here, or (where a module owns the setting) in that module, imported
 * here. createApp's optional dependencies fall back to the same constants.
 */

/** `COGNITO_TIMEOUT_MS`'s default: milliseconds one Cognito call may take in all. */
export const DEFAULT_COGNITO_TIMEOUT_MS = 5_000;
/** `MAX_CONCURRENT_COGNITO_READS`'s default: Cognito reads in flight for one request. */
export const DEFAULT_MAX_CONCURRENT_READS = 8;
/** `BULK_MAX_ITEMS`'s default: users one `adminUpdateUsersAttributes` may update. */
export const DEFAULT_BULK_MAX_ITEMS = 100;
/** `ADMIN_GROUP`'s default: the Cognito group whose members are admins. */
export const DEFAULT_ADMIN_GROUP = "admin";

/** Where the gateway finds Cognito. */
export type CognitoBackendConfig =
  | {
      /** No Cognito configuration was given: start the embedded local Cognito (development only). */
      mode: "embedded";
      /** `LOCAL_COGNITO_PORT`: the emulator's port on 127.0.0.1. Default 9339; 0 picks a free port. */
      port: number;
      /** `LOCAL_COGNITO_DATA_DIR`: the emulator's pools and users, kept across restarts. Default `.cognito-local`. */
      dataDir: string;
    }
  | {
      mode: "remote";
      /** `AWS_REGION`: the user pool's Region. */
      region: string;
      /** `COGNITO_USER_POOL_ID`: the default user pool. */
      userPoolId: string;
      /** `COGNITO_CLIENT_IDS` (comma-separated): app clients whose access tokens are accepted. */
      clientIds: string[];
      /** `COGNITO_ENDPOINT`: overrides the Cognito API endpoint (emulators, fakes). */
      endpoint: string | undefined;
      /**
       * `COGNITO_ISSUER`: overrides the expected token issuer; signing keys are then read from
       * `<issuer>/.well-known/jwks.json`. Default `https://cognito-idp.<region>.amazonaws.com/<pool>`.
       */
      issuer: string | undefined;
      /**
       * `COGNITO_JWKS_URI`: where the signing keys are read, for a backend that issues real-form tokens
       * but serves its keys elsewhere (moto: `<endpoint>/<pool>/.well-known/jwks.json`).
       * Default `<issuer>/.well-known/jwks.json`.
       */
      jwksUri: string | undefined;
    };

/** The parsed environment, before it is shaped into {@link Config}. */
type ParsedEnvironment = z.output<typeof environmentSchema>;

export type Environment = ParsedEnvironment["NODE_ENV"];

/** How long a client may take, and how many connections may be open at once. */
export interface HttpLimits {
  /** `HTTP_HEADERS_TIMEOUT_MS`: most time to receive a request's headers. Default 10000. */
  headersTimeoutMs: number;
  /** `HTTP_REQUEST_TIMEOUT_MS`: most time to receive a whole request, headers and body. Default 30000. */
  requestTimeoutMs: number;
  /** `HTTP_IDLE_TIMEOUT_MS`: how long a kept-alive connection may sit idle between requests. Default 5000. */
  idleTimeoutMs: number;
  /** `HTTP_MAX_CONNECTIONS`: most open connections; further ones are closed at once. Default 1000. */
  maxConnections: number;
}
export type LogLevel = ParsedEnvironment["LOG_LEVEL"];

export interface Config {
  /** `NODE_ENV`: production masks more and turns exploration features off. Default development. */
  environment: Environment;
  server: {
    /** `HOST`. Default 127.0.0.1 with the embedded Cognito (its signing key is public), else 0.0.0.0. */
    host: string;
    /** `PORT`. Default 4000. */
    port: number;
    /** `SHUTDOWN_GRACE_MS`: on SIGTERM/SIGINT, how long in-flight requests may finish. Default 10000. */
    shutdownGraceMs: number;
    /** Bounds on slow or idle clients and on open connections (see {@link HttpLimits}). */
    limits: HttpLimits;
  };
  cognito: CognitoBackendConfig;
  calls: {
    /** `COGNITO_TIMEOUT_MS`: deadline of one Cognito call, quota wait and retries included. Default 5000. */
    timeoutMs: number;
    /** `COGNITO_CONNECT_TIMEOUT_MS`: TCP/TLS connect timeout. Default 1000. */
    connectTimeoutMs: number;
    /** `COGNITO_MAX_ATTEMPTS`: attempts per call in the SDK's standard retry mode. Default 3. */
    maxAttempts: number;
    /** `MAX_CONCURRENT_COGNITO_READS`: most Cognito reads in flight for one request. Default 8. */
    maxConcurrentReads: number;
  };
  quotas: {
    /** `QUOTA_USER_UPDATE_RPS` (25), `QUOTA_USER_READ_RPS` (120), `QUOTA_USER_RESOURCE_READ_RPS` (50), `QUOTA_USER_LIST_RPS` (30). */
    UserUpdate: number;
    UserRead: number;
    UserResourceRead: number;
    UserList: number;
    /** `QUOTA_PER_USER_WRITE_RPS`: writes per second to one user's profile. Default 10. */
    perUserWrite: number;
    /** `REDIS_URL`: share the budget between replicas through Redis. Default: per process. */
    redisUrl: string | undefined;
    /**
     * `REDIS_COMMAND_TIMEOUT_MS`: milliseconds one Redis command may take before the governor falls
     * back to its in-memory budget (and logs and counts it). Default 500.
     */
    redisCommandTimeoutMs: number;
  };
  auth: {
    /** `ADMIN_GROUP`: members of this Cognito group may use the admin path. Default `admin`. */
    adminGroup: string;
    /** `ADMIN_SCOPES` (comma-separated): client-credentials tokens with one of these scopes are admins. Default none. */
    adminScopes: string[];
    /**
     * `ALLOWED_USER_POOL_IDS` (comma-separated): pools the admin path may act on. Default: only
     * the configured pool (the embedded demo pool locally).
     */
    allowedUserPoolIds: string[] | undefined;
    /**
     * `ADMIN_RECHECK_SECONDS`: how long Cognito's confirmation of an admin user token (GetUser with the
     * token, AdminListGroupsForUser) is trusted before it is asked again; 0 asks on every admin
     * request. Default 60.
     */
    adminRecheckSeconds: number;
  };
  federation: {
    /**
     * `FEDERATION_SDL`: who may read `{ _service { sdl } }`: `public` (anyone) or `token` (a valid
     * access token, or the router secret). Default `token` in production, `public` otherwise.
     */
    sdl: NonNullable<ParsedEnvironment["FEDERATION_SDL"]>;
    /**
     * `FEDERATION_ROUTER_SECRET`: a shared secret the router sends in the `x-router-secret` header to
     * read the SDL without a user's token (composition, health checks). Default none.
     */
    routerSecret: string | undefined;
  };
  bulk: {
    /** `BULK_MAX_ITEMS`: most users one `adminUpdateUsersAttributes` may update. Default 100. */
    maxItems: number;
  };
  writePolicy: {
    /** `ADMIN_ONLY_ATTRIBUTES` (comma-separated): only admins may write these. Default `custom:role,custom:tenant`. */
    adminOnlyAttributes: string[];
    /** `READ_ONLY_ATTRIBUTES` (comma-separated): nobody may write these through the gateway. Default none. */
    readOnlyAttributes: string[];
    /**
     * Names the operator set (ADMIN_ONLY_ATTRIBUTES when given, READ_ONLY_ATTRIBUTES): each must be
     * an attribute of the configured pool, checked when its contract first loads. The default
     * admin-only names are not checked: a pool without them simply has nothing to protect.
     */
    configuredNames: string[];
  };
  poolContract: {
    /**
     * `POOL_SCHEMA_REFRESH_SECONDS`: how often DescribeUserPool and DescribeUserPoolClient are read
     * again for every allowed pool. Default 300. A failed refresh keeps the last good contract.
     */
    refreshSeconds: number;
  };
  graphql: {
    /** `GRAPHIQL`: serve GraphiQL at /graphql. Default true, false in production. */
    graphiql: boolean;
    /** `INTROSPECTION`: answer `__schema`/`__type`. Default true, false in production. */
    introspection: boolean;
    /** `MAX_REQUEST_BODY_BYTES`: larger bodies get 413. Default 1048576 (1 MiB). */
    maxRequestBodyBytes: number;
    /**
     * `MAX_ENTITY_REPRESENTATIONS`: most `_entities` representations one request may carry; more is
     * refused before anything is read. Default 500.
     */
    maxEntityRepresentations: number;
    /** `GRAPHQL_MAX_DEPTH` (10), `GRAPHQL_MAX_ALIASES` (15), `GRAPHQL_MAX_TOKENS` (5000), `GRAPHQL_MAX_DIRECTIVES` (10), `GRAPHQL_MAX_COST` (5000). */
    limits: {
      maxDepth: number;
      maxAliases: number;
      maxTokens: number;
      maxDirectives: number;
      maxCost: number;
    };
  };
  cors: {
    /**
     * `CORS_ORIGINS` (comma-separated): browser origins that may call the gateway cross-origin, e.g.
     * `https://app.example.com`. Listed origins only, never reflected, never with credentials (the
     * gateway takes bearer tokens, not cookies). Default: GraphiQL's own origin
     * (`http://127.0.0.1:<PORT>`, `http://localhost:<PORT>`) outside production, none in production.
     */
    origins: string[];
  };
  /**
   * `TRUSTED_DOCUMENTS`: path of a persisted-documents manifest (GraphQL Code Generator's client
   * preset format, a JSON object of hash -> document). When set, only listed documents run.
   * Default: unset, any document runs.
   */
  trustedDocuments:
    | {
        manifestPath: string;
        /**
         * `TRUSTED_DOCUMENTS_MATCH_TEXT`: also run a document sent as full text when it is exactly a
         * listed one. Default false: only hashes are accepted.
         */
        matchText: boolean;
      }
    | undefined;
  log: {
    /** `LOG_LEVEL`: fatal, error, warn, info, debug, trace or silent. Default `info`. */
    level: LogLevel;
    /** `LOG_FORMAT`: `json` or `pretty` (readable, needs the pino-pretty dev dependency). Default pretty in development, json otherwise. */
    format: NonNullable<ParsedEnvironment["LOG_FORMAT"]>;
  };
  metrics: {
    /** `METRICS`: serve Prometheus metrics at /metrics. Default true. */
    enabled: boolean;
  };
  tracing: {
    /**
     * OpenTelemetry, off unless configured with the standard variables: `OTEL_TRACES_EXPORTER`
     * (`otlp`, `console` or `none`) or an `OTEL_EXPORTER_OTLP_ENDPOINT`/`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`;
     * `OTEL_SDK_DISABLED=true` turns it off.
     */
    exporter: Exclude<ParsedEnvironment["OTEL_TRACES_EXPORTER"], "none">;
    /** The OTLP/HTTP traces URL: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`. */
    otlpUrl: string | undefined;
    /** `OTEL_SERVICE_NAME`. Default `cognito-attributes-gateway`. */
    serviceName: string;
  };
}

/** Thrown by {@link loadConfig} with one message per problem, so an operator fixes them all at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** Signing keys fetched over plain http could be swapped in transit, so only loopback may use it. */
function isSafeUrl(value: string): boolean {
  const url = new URL(value);
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
}

/** Loopback listen addresses: 127.0.0.0/8, ::1 and localhost. */
function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

const list = optionalString.transform((value) => (value === undefined ? undefined : splitList(value)));

const integer = (name: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${name} must be a number` })
    .int(`${name} must be an integer`)
    .min(min, `${name} must be between ${min} and ${max}`)
    .max(max, `${name} must be between ${min} and ${max}`);

const flag = (name: string) =>
  optionalString.pipe(
    z
      .enum(["true", "false", "1", "0"], { message: `${name} must be true or false` })
      .transform((value) => value === "true" || value === "1")
      .optional(),
  );

/** An entry of CORS_ORIGINS must be what a browser sends as `Origin`: scheme, host and port only. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
}

const corsOrigins = z
  .string()
  .optional()
  .transform((value) => (value === undefined ? undefined : splitList(value)))
  .refine((origins) => origins === undefined || origins.every(isOrigin), {
    error: (issue) =>
      "CORS_ORIGINS entries must be origins like https://app.example.com (scheme, host and port; no " +
      `path, no *): ${(issue.input as string[]).filter((origin) => !isOrigin(origin)).join(", ")}`,
  });

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: optionalString,
  PORT: integer("PORT", 0, 65535).default(4000),
  AWS_REGION: optionalString.pipe(
    z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "AWS_REGION must look like us-east-1")
      .optional(),
  ),
  COGNITO_USER_POOL_ID: optionalString.pipe(
    z
      .string()
      .max(55)
      .regex(USER_POOL_ID, "COGNITO_USER_POOL_ID must look like us-east-1_AbCdEf123")
      .optional(),
  ),
  COGNITO_CLIENT_IDS: list,
  COGNITO_ENDPOINT: optionalString.pipe(z.url({ message: "COGNITO_ENDPOINT must be a URL" }).optional()),
  COGNITO_ISSUER: optionalString.pipe(
    z
      .url({ message: "COGNITO_ISSUER must be a URL" })
      .refine(isSafeUrl, "COGNITO_ISSUER must use https (http is allowed only for 127.0.0.1/localhost)")
      .transform((value) => value.replace(/\/+$/, ""))
      .optional(),
  ),
  COGNITO_JWKS_URI: optionalString.pipe(
    z
      .url({ message: "COGNITO_JWKS_URI must be a URL" })
      .refine(isSafeUrl, "COGNITO_JWKS_URI must use https (http is allowed only for 127.0.0.1/localhost)")
      .optional(),
  ),
  MAX_CONCURRENT_COGNITO_READS: integer("MAX_CONCURRENT_COGNITO_READS", 1, 100).default(
    DEFAULT_MAX_CONCURRENT_READS,
  ),
  COGNITO_TIMEOUT_MS: integer("COGNITO_TIMEOUT_MS", 100, 120_000).default(DEFAULT_COGNITO_TIMEOUT_MS),
  COGNITO_CONNECT_TIMEOUT_MS: integer("COGNITO_CONNECT_TIMEOUT_MS", 10, 60_000).default(1_000),
  COGNITO_MAX_ATTEMPTS: integer("COGNITO_MAX_ATTEMPTS", 1, 3).default(3),
  QUOTA_USER_UPDATE_RPS: integer("QUOTA_USER_UPDATE_RPS", 1, 10_000).default(DEFAULT_QUOTA_RATES.UserUpdate),
  QUOTA_USER_READ_RPS: integer("QUOTA_USER_READ_RPS", 1, 10_000).default(DEFAULT_QUOTA_RATES.UserRead),
  QUOTA_USER_RESOURCE_READ_RPS: integer("QUOTA_USER_RESOURCE_READ_RPS", 1, 10_000).default(
    DEFAULT_QUOTA_RATES.UserResourceRead,
  ),
  QUOTA_USER_LIST_RPS: integer("QUOTA_USER_LIST_RPS", 1, 10_000).default(DEFAULT_QUOTA_RATES.UserList),
  QUOTA_PER_USER_WRITE_RPS: integer("QUOTA_PER_USER_WRITE_RPS", 1, 1_000).default(
    DEFAULT_QUOTA_RATES.perUserWrite,
  ),
  REDIS_URL: optionalString.pipe(
    z
      .url({ message: "REDIS_URL must be a URL like redis://127.0.0.1:6379" })
      .refine(
        (value) => /^rediss?:$/.test(new URL(value).protocol),
        "REDIS_URL must start with redis:// or rediss://",
      )
      .optional(),
  ),
  REDIS_COMMAND_TIMEOUT_MS: integer("REDIS_COMMAND_TIMEOUT_MS", 10, 10_000).default(
    DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
  ),
  BULK_MAX_ITEMS: integer("BULK_MAX_ITEMS", 1, 1_000).default(DEFAULT_BULK_MAX_ITEMS),
  POOL_SCHEMA_REFRESH_SECONDS: integer("POOL_SCHEMA_REFRESH_SECONDS", 10, 86_400).default(300),
  SHUTDOWN_GRACE_MS: integer("SHUTDOWN_GRACE_MS", 0, 600_000).default(10_000),
  HTTP_HEADERS_TIMEOUT_MS: integer("HTTP_HEADERS_TIMEOUT_MS", 100, 600_000).default(
    DEFAULT_HTTP_LIMITS.headersTimeoutMs,
  ),
  HTTP_REQUEST_TIMEOUT_MS: integer("HTTP_REQUEST_TIMEOUT_MS", 100, 600_000).default(
    DEFAULT_HTTP_LIMITS.requestTimeoutMs,
  ),
  HTTP_IDLE_TIMEOUT_MS: integer("HTTP_IDLE_TIMEOUT_MS", 100, 600_000).default(
    DEFAULT_HTTP_LIMITS.idleTimeoutMs,
  ),
  HTTP_MAX_CONNECTIONS: integer("HTTP_MAX_CONNECTIONS", 1, 1_000_000).default(
    DEFAULT_HTTP_LIMITS.maxConnections,
  ),
  ADMIN_GROUP: optionalString.default(DEFAULT_ADMIN_GROUP),
  ADMIN_SCOPES: list,
  ADMIN_RECHECK_SECONDS: integer("ADMIN_RECHECK_SECONDS", 0, 3_600).default(60),
  FEDERATION_SDL: optionalString.pipe(
    z.enum(["public", "token"], { message: "FEDERATION_SDL must be public or token" }).optional(),
  ),
  FEDERATION_ROUTER_SECRET: optionalString.pipe(
    z.string().min(32, "FEDERATION_ROUTER_SECRET must be at least 32 characters").optional(),
  ),
  // Unset means the default; set to "" to let users write every attribute Cognito lets them.
  ADMIN_ONLY_ATTRIBUTES: z
    .string()
    .optional()
    .transform((value) => (value === undefined ? [...DEFAULT_ADMIN_ONLY_ATTRIBUTES] : splitList(value))),
  READ_ONLY_ATTRIBUTES: list,
  GRAPHIQL: flag("GRAPHIQL"),
  INTROSPECTION: flag("INTROSPECTION"),
  MAX_REQUEST_BODY_BYTES: integer("MAX_REQUEST_BODY_BYTES", 1_024, 100 * 1_048_576).default(
    DEFAULT_MAX_REQUEST_BODY_BYTES,
  ),
  MAX_ENTITY_REPRESENTATIONS: integer("MAX_ENTITY_REPRESENTATIONS", 1, 100_000).default(
    DEFAULT_MAX_ENTITY_REPRESENTATIONS,
  ),
  GRAPHQL_MAX_DEPTH: integer("GRAPHQL_MAX_DEPTH", 1, 100).default(DEFAULT_DOCUMENT_LIMITS.maxDepth),
  GRAPHQL_MAX_ALIASES: integer("GRAPHQL_MAX_ALIASES", 0, 1_000).default(DEFAULT_DOCUMENT_LIMITS.maxAliases),
  GRAPHQL_MAX_TOKENS: integer("GRAPHQL_MAX_TOKENS", 100, 1_000_000).default(
    DEFAULT_DOCUMENT_LIMITS.maxTokens,
  ),
  GRAPHQL_MAX_DIRECTIVES: integer("GRAPHQL_MAX_DIRECTIVES", 0, 1_000).default(
    DEFAULT_DOCUMENT_LIMITS.maxDirectives,
  ),
  GRAPHQL_MAX_COST: integer("GRAPHQL_MAX_COST", 1, 10_000_000).default(DEFAULT_DOCUMENT_LIMITS.maxCost),
  ALLOWED_USER_POOL_IDS: list.pipe(
    z
      .array(
        z.string().regex(USER_POOL_ID, "ALLOWED_USER_POOL_IDS entries must look like us-east-1_AbCdEf123"),
      )
      .optional(),
  ),
  // Unset means the default; set to "" for none.
  CORS_ORIGINS: corsOrigins,
  TRUSTED_DOCUMENTS: optionalString,
  TRUSTED_DOCUMENTS_MATCH_TEXT: flag("TRUSTED_DOCUMENTS_MATCH_TEXT"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["json", "pretty"], { message: "LOG_FORMAT must be json or pretty" }).optional(),
  METRICS: flag("METRICS"),
  OTEL_SDK_DISABLED: flag("OTEL_SDK_DISABLED"),
  OTEL_TRACES_EXPORTER: optionalString.pipe(
    z
      .enum(["otlp", "console", "none"], { message: "OTEL_TRACES_EXPORTER must be otlp, console or none" })
      .optional(),
  ),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalString.pipe(
    z.url({ message: "OTEL_EXPORTER_OTLP_ENDPOINT must be a URL" }).optional(),
  ),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalString.pipe(
    z.url({ message: "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be a URL" }).optional(),
  ),
  OTEL_SERVICE_NAME: optionalString.default("cognito-attributes-gateway"),
  LOCAL_COGNITO_PORT: integer("LOCAL_COGNITO_PORT", 0, 65535).default(9339),
  LOCAL_COGNITO_DATA_DIR: optionalString.default(".cognito-local"),
});

/** Every environment variable the gateway reads (README, .env.example and a test keep in step). */
export const CONFIGURATION_VARIABLES = Object.keys(environmentSchema.shape);

const REMOTE_VARIABLES = ["COGNITO_USER_POOL_ID", "COGNITO_CLIENT_IDS", "AWS_REGION"] as const;

/**
 * Turns the environment into the gateway's configuration. The only place that reads `process.env`
 * (callers pass it in). Throws {@link ConfigError} listing every problem.
 */
export function loadConfig(environment: Record<string, string | undefined>): Config {
  // Which Cognito the operator asked for is read from the raw values, so a missing variable is
  // reported together with any invalid one instead of after it is fixed.
  const given = (name: string) => (environment[name] ?? "").trim() !== "";
  // AWS_REGION alone is common in a developer's shell; only the Cognito variables opt into real Cognito.
  const wantsRemote = given("COGNITO_USER_POOL_ID") || given("COGNITO_CLIENT_IDS");
  const problems: string[] = [];
  if (wantsRemote) {
    for (const name of REMOTE_VARIABLES.filter((variable) => !given(variable))) {
      problems.push(`${name} is required to use real Cognito (set ${REMOTE_VARIABLES.join(", ")} together)`);
    }
  } else if ((environment.NODE_ENV ?? "").trim() === "production") {
    problems.push(
      `Real Cognito configuration is required in production: set ${REMOTE_VARIABLES.join(", ")}` +
        " (the embedded local Cognito is for development only)",
    );
  }

  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError([...parsed.error.issues.map((issue) => formatIssue(issue)), ...problems]);
  }
  const env = parsed.data;

  let cognito: CognitoBackendConfig;
  if (!wantsRemote) {
    cognito = { mode: "embedded", port: env.LOCAL_COGNITO_PORT, dataDir: env.LOCAL_COGNITO_DATA_DIR };
  } else {
    cognito = {
      mode: "remote",
      region: env.AWS_REGION ?? "",
      userPoolId: env.COGNITO_USER_POOL_ID ?? "",
      clientIds: env.COGNITO_CLIENT_IDS ?? [],
      endpoint: env.COGNITO_ENDPOINT,
      issuer: env.COGNITO_ISSUER,
      jwksUri: env.COGNITO_JWKS_URI,
    };
  }
  if (
    cognito.mode === "remote" &&
    env.ALLOWED_USER_POOL_IDS &&
    !env.ALLOWED_USER_POOL_IDS.includes(cognito.userPoolId)
  ) {
    problems.push(
      "ALLOWED_USER_POOL_IDS must include COGNITO_USER_POOL_ID, the pool used when a request names none",
    );
  }
  // The emulator's signing key ships on npm: a gateway trusting it must be reachable from this machine
  // only, whatever NODE_ENV says.
  if (cognito.mode === "embedded" && env.HOST !== undefined && !isLoopbackHost(env.HOST)) {
    problems.push(
      `HOST=${env.HOST} is not a loopback address: with the embedded local Cognito (whose signing key is ` +
        "public) the gateway listens on 127.0.0.1, ::1 or localhost only. Configure real Cognito to listen on other addresses",
    );
  }
  if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
    problems.push("HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS");
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    environment: env.NODE_ENV,
    server: {
      host: env.HOST ?? (cognito.mode === "embedded" ? "127.0.0.1" : "0.0.0.0"),
      port: env.PORT,
      shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
      limits: {
        headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
        requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
        idleTimeoutMs: env.HTTP_IDLE_TIMEOUT_MS,
        maxConnections: env.HTTP_MAX_CONNECTIONS,
      },
    },
    cognito,
    calls: {
      timeoutMs: env.COGNITO_TIMEOUT_MS,
      connectTimeoutMs: env.COGNITO_CONNECT_TIMEOUT_MS,
      maxAttempts: env.COGNITO_MAX_ATTEMPTS,
      maxConcurrentReads: env.MAX_CONCURRENT_COGNITO_READS,
    },
    quotas: {
      UserUpdate: env.QUOTA_USER_UPDATE_RPS,
      UserRead: env.QUOTA_USER_READ_RPS,
      UserResourceRead: env.QUOTA_USER_RESOURCE_READ_RPS,
      UserList: env.QUOTA_USER_LIST_RPS,
      perUserWrite: env.QUOTA_PER_USER_WRITE_RPS,
      redisUrl: env.REDIS_URL,
      redisCommandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
    },
    auth: {
      adminGroup: env.ADMIN_GROUP,
      adminScopes: env.ADMIN_SCOPES ?? [],
      allowedUserPoolIds: env.ALLOWED_USER_POOL_IDS,
      adminRecheckSeconds: env.ADMIN_RECHECK_SECONDS,
    },
    federation: {
      sdl: env.FEDERATION_SDL ?? (env.NODE_ENV === "production" ? "token" : "public"),
      routerSecret: env.FEDERATION_ROUTER_SECRET,
    },
    bulk: { maxItems: env.BULK_MAX_ITEMS },
    writePolicy: {
      adminOnlyAttributes: env.ADMIN_ONLY_ATTRIBUTES,
      readOnlyAttributes: env.READ_ONLY_ATTRIBUTES ?? [],
      configuredNames: [
        ...(environment.ADMIN_ONLY_ATTRIBUTES === undefined ? [] : env.ADMIN_ONLY_ATTRIBUTES),
        ...(env.READ_ONLY_ATTRIBUTES ?? []),
      ],
    },
    poolContract: { refreshSeconds: env.POOL_SCHEMA_REFRESH_SECONDS },
    graphql: {
      graphiql: env.GRAPHIQL ?? env.NODE_ENV !== "production",
      introspection: env.INTROSPECTION ?? env.NODE_ENV !== "production",
      maxRequestBodyBytes: env.MAX_REQUEST_BODY_BYTES,
      maxEntityRepresentations: env.MAX_ENTITY_REPRESENTATIONS,
      limits: {
        maxDepth: env.GRAPHQL_MAX_DEPTH,
        maxAliases: env.GRAPHQL_MAX_ALIASES,
        maxTokens: env.GRAPHQL_MAX_TOKENS,
        maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
        maxCost: env.GRAPHQL_MAX_COST,
      },
    },
    cors: {
      origins:
        env.CORS_ORIGINS ??
        (env.NODE_ENV === "production"
          ? []
          : [`http://127.0.0.1:${env.PORT}`, `http://localhost:${env.PORT}`]),
    },
    trustedDocuments: env.TRUSTED_DOCUMENTS
      ? { manifestPath: env.TRUSTED_DOCUMENTS, matchText: env.TRUSTED_DOCUMENTS_MATCH_TEXT ?? false }
      : undefined,
    log: {
      level: env.LOG_LEVEL,
      format: env.LOG_FORMAT ?? (env.NODE_ENV === "development" ? "pretty" : "json"),
    },
    metrics: { enabled: env.METRICS ?? true },
    tracing: tracingConfig(env),
  };
}

function tracingConfig(env: z.infer<typeof environmentSchema>): Config["tracing"] {
  const otlpUrl =
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, "")}/v1/traces`
      : undefined);
  let exporter: Config["tracing"]["exporter"];
  if (env.OTEL_SDK_DISABLED === true || env.OTEL_TRACES_EXPORTER === "none") exporter = undefined;
  else if (env.OTEL_TRACES_EXPORTER) exporter = env.OTEL_TRACES_EXPORTER;
  else exporter = otlpUrl ? "otlp" : undefined;
  return { exporter, otlpUrl, serviceName: env.OTEL_SERVICE_NAME };
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const variable = issue.path.join(".");
  // Our messages already name the variable; zod's generic ones get it prefixed.
  return issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`;
}
