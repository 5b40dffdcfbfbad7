import type { z } from "zod";
import { DEFAULT_ADMIN_ONLY_ATTRIBUTES } from "../permissions/attribute-policy.js";
import { cognitoBackend, isLoopbackHost } from "./cognito.js";
import { environmentSchema, type ParsedEnvironment } from "./environment.js";

/*
 * Arranges the parsed environment into the sections the process and the app read. The defaults that
 * depend on other variables (NODE_ENV, the Cognito mode, PORT) are derived here and nowhere else;
 * {@link Config} is this schema's output, so the documentation of each setting sits where it is made.
 */

/** Settings that must agree with each other; each problem is one message. */
function crossCheckProblems(env: ParsedEnvironment, cognito: ReturnType<typeof cognitoBackend>): string[] {
  const problems: string[] = [];
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
  return problems;
}

function tracing(env: ParsedEnvironment) {
  /** The OTLP/HTTP traces URL: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`. */
  const otlpUrl =
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, "")}/v1/traces`
      : undefined);
  let exporter: "otlp" | "console" | undefined;
  if (env.OTEL_SDK_DISABLED === true || env.OTEL_TRACES_EXPORTER === "none") exporter = undefined;
  else if (env.OTEL_TRACES_EXPORTER) exporter = env.OTEL_TRACES_EXPORTER;
  else exporter = otlpUrl ? "otlp" : undefined;
  return {
    /**
     * OpenTelemetry, off unless configured with the standard variables: `OTEL_TRACES_EXPORTER`
     * (`otlp`, `console` or `none`) or an `OTEL_EXPORTER_OTLP_ENDPOINT`/`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`;
     * `OTEL_SDK_DISABLED=true` turns it off.
     */
    exporter,
    otlpUrl,
    /** `OTEL_SERVICE_NAME`. Default `cognito-attributes-gateway`. */
    serviceName: env.OTEL_SERVICE_NAME,
  };
}

/** How the process listens, and how it calls Cognito. */
function serving(env: ParsedEnvironment, mode: "embedded" | "remote") {
  return {
    server: {
      /** `HOST`. Default 127.0.0.1 with the embedded Cognito (its signing key is public), else 0.0.0.0. */
      host: env.HOST ?? (mode === "embedded" ? "127.0.0.1" : "0.0.0.0"),
      /** `PORT`. Default 4000. */
      port: env.PORT,
      /** `SHUTDOWN_GRACE_MS`: on SIGTERM/SIGINT, how long in-flight requests may finish. Default 10000. */
      shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
      /** How long a client may take, and how many connections may be open at once. */
      limits: {
        /** `HTTP_HEADERS_TIMEOUT_MS`: most time to receive a request's headers. Default 10000. */
        headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
        /** `HTTP_REQUEST_TIMEOUT_MS`: most time to receive a whole request, headers and body. Default 30000. */
        requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
        /** `HTTP_IDLE_TIMEOUT_MS`: how long a kept-alive connection may sit idle between requests. Default 5000. */
        idleTimeoutMs: env.HTTP_IDLE_TIMEOUT_MS,
        /** `HTTP_MAX_CONNECTIONS`: most open connections; further ones are closed at once. Default 1000. */
        maxConnections: env.HTTP_MAX_CONNECTIONS,
      },
    },
    calls: {
      /** `COGNITO_TIMEOUT_MS`: deadline of one Cognito call, quota wait and retries included. Default 5000. */
      timeoutMs: env.COGNITO_TIMEOUT_MS,
      /** `COGNITO_CONNECT_TIMEOUT_MS`: TCP/TLS connect timeout. Default 1000. */
      connectTimeoutMs: env.COGNITO_CONNECT_TIMEOUT_MS,
      /** `COGNITO_MAX_ATTEMPTS`: attempts per call in the SDK's standard retry mode. Default 3. */
      maxAttempts: env.COGNITO_MAX_ATTEMPTS,
      /** `MAX_CONCURRENT_COGNITO_READS`: most Cognito reads in flight for one request. Default 8. */
      maxConcurrentReads: env.MAX_CONCURRENT_COGNITO_READS,
    },
    quotas: {
      /** `QUOTA_USER_UPDATE_RPS` (25), `QUOTA_USER_READ_RPS` (120), `QUOTA_USER_RESOURCE_READ_RPS` (50), `QUOTA_USER_LIST_RPS` (30). */
      UserUpdate: env.QUOTA_USER_UPDATE_RPS,
      UserRead: env.QUOTA_USER_READ_RPS,
      UserResourceRead: env.QUOTA_USER_RESOURCE_READ_RPS,
      UserList: env.QUOTA_USER_LIST_RPS,
      /** `QUOTA_PER_USER_WRITE_RPS`: writes per second to one user's profile. Default 10. */
      perUserWrite: env.QUOTA_PER_USER_WRITE_RPS,
      /** `REDIS_URL`: share the budget between replicas through Redis. Default: per process. */
      redisUrl: env.REDIS_URL,
      /**
       * `REDIS_COMMAND_TIMEOUT_MS`: milliseconds one Redis command may take before the governor falls
       * back to its in-memory budget (and logs and counts it). Default 500.
       */
      redisCommandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
    },
  };
}

/** Who may do what, on which pools and attributes. */
function access(env: ParsedEnvironment, production: boolean) {
  return {
    auth: {
      /** `ADMIN_GROUP`: members of this Cognito group may use the admin path. Default `admin`. */
      adminGroup: env.ADMIN_GROUP,
      /** `ADMIN_SCOPES` (comma-separated): client-credentials tokens with one of these scopes are admins. Default none. */
      adminScopes: env.ADMIN_SCOPES ?? [],
      /**
       * `ALLOWED_USER_POOL_IDS` (comma-separated): pools the admin path may act on. Default: only
       * the configured pool (the embedded demo pool locally); see {@link allowedUserPoolIds}.
       */
      allowedUserPoolIds: env.ALLOWED_USER_POOL_IDS,
      /**
       * `ADMIN_RECHECK_SECONDS`: how long Cognito's confirmation of an admin user token (GetUser with the
       * token, AdminListGroupsForUser) is trusted before it is asked again; 0 asks on every admin
       * request. Default 60.
       */
      adminRecheckSeconds: env.ADMIN_RECHECK_SECONDS,
    },
    federation: {
      /**
       * `FEDERATION_SDL`: who may read `{ _service { sdl } }`: `public` (anyone) or `token` (a valid
       * access token, or the router secret). Default `token` in production, `public` otherwise.
       */
      sdl: env.FEDERATION_SDL ?? (production ? ("token" as const) : ("public" as const)),
      /**
       * `FEDERATION_ROUTER_SECRET`: a shared secret the router sends in the `x-router-secret` header to
       * read the SDL without a user's token (composition, health checks). Default none.
       */
      routerSecret: env.FEDERATION_ROUTER_SECRET,
    },
    bulk: {
      /** `BULK_MAX_ITEMS`: most users one `adminUpdateUsersAttributes` may update. Default 100. */
      maxItems: env.BULK_MAX_ITEMS,
    },
    writePolicy: {
      /** `ADMIN_ONLY_ATTRIBUTES` (comma-separated): only admins may write these. Default `custom:role,custom:tenant`. */
      adminOnlyAttributes: env.ADMIN_ONLY_ATTRIBUTES ?? [...DEFAULT_ADMIN_ONLY_ATTRIBUTES],
      /** `READ_ONLY_ATTRIBUTES` (comma-separated): nobody may write these through the gateway. Default none. */
      readOnlyAttributes: env.READ_ONLY_ATTRIBUTES ?? [],
      /**
       * Names the operator set (ADMIN_ONLY_ATTRIBUTES when given, READ_ONLY_ATTRIBUTES): each must be
       * an attribute of the configured pool, checked when its contract first loads. The default
       * admin-only names are not checked: a pool without them simply has nothing to protect.
       */
      configuredNames: [...(env.ADMIN_ONLY_ATTRIBUTES ?? []), ...(env.READ_ONLY_ATTRIBUTES ?? [])],
    },
    poolContract: {
      /**
       * `POOL_SCHEMA_REFRESH_SECONDS`: how often DescribeUserPool and DescribeUserPoolClient are read
       * again for every allowed pool. Default 300. A failed refresh keeps the last good contract.
       */
      refreshSeconds: env.POOL_SCHEMA_REFRESH_SECONDS,
    },
  };
}

/** What the GraphQL endpoint accepts, and from which browsers. */
function graphqlEndpoint(env: ParsedEnvironment, production: boolean) {
  const graphiql = env.GRAPHIQL ?? !production;
  return {
    graphql: {
      /** `GRAPHIQL`: serve GraphiQL at /graphql. Default true, false in production. */
      graphiql,
      /** `INTROSPECTION`: answer `__schema`/`__type`. Default true, false in production. */
      introspection: env.INTROSPECTION ?? !production,
      /** No "Did you mean …?" in errors in production: suggestions would map the schema for a caller. */
      blockFieldSuggestions: production,
      /**
       * Outside production the gateway's own GraphiQL may explore freely on a gateway that otherwise
       * runs only trusted documents; in production the GraphiQL header opens nothing.
       */
      graphiqlBypassesTrustedDocuments: !production && graphiql,
      /** `MAX_REQUEST_BODY_BYTES`: larger bodies get 413. Default 1048576 (1 MiB). */
      maxRequestBodyBytes: env.MAX_REQUEST_BODY_BYTES,
      /**
       * `MAX_ENTITY_REPRESENTATIONS`: most `_entities` representations one request may carry; more is
       * refused before anything is read. Default 500.
       */
      maxEntityRepresentations: env.MAX_ENTITY_REPRESENTATIONS,
      /** `GRAPHQL_MAX_DEPTH` (10), `GRAPHQL_MAX_ALIASES` (15), `GRAPHQL_MAX_TOKENS` (5000), `GRAPHQL_MAX_DIRECTIVES` (10), `GRAPHQL_MAX_COST` (5000). */
      limits: {
        maxDepth: env.GRAPHQL_MAX_DEPTH,
        maxAliases: env.GRAPHQL_MAX_ALIASES,
        maxTokens: env.GRAPHQL_MAX_TOKENS,
        maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
        maxCost: env.GRAPHQL_MAX_COST,
      },
    },
    cors: {
      /**
       * `CORS_ORIGINS` (comma-separated): browser origins that may call the gateway cross-origin, e.g.
       * `https://app.example.com`. Listed origins only, never reflected, never with credentials (the
       * gateway takes bearer tokens, not cookies). Default: GraphiQL's own origin
       * (`http://127.0.0.1:<PORT>`, `http://localhost:<PORT>`) outside production, none in production.
       */
      origins:
        env.CORS_ORIGINS ??
        (production ? [] : [`http://127.0.0.1:${env.PORT}`, `http://localhost:${env.PORT}`]),
    },
    /**
     * `TRUSTED_DOCUMENTS`: path of a persisted-documents manifest (GraphQL Code Generator's client
     * preset format, a JSON object of hash -> document). When set, only listed documents run.
     * Default: unset, any document runs.
     */
    trustedDocuments: env.TRUSTED_DOCUMENTS
      ? {
          manifestPath: env.TRUSTED_DOCUMENTS,
          /**
           * `TRUSTED_DOCUMENTS_MATCH_TEXT`: also run a document sent as full text when it is exactly a
           * listed one. Default false: only hashes are accepted.
           */
          matchText: env.TRUSTED_DOCUMENTS_MATCH_TEXT ?? false,
        }
      : undefined,
  };
}

/** Logs, metrics and traces. */
function observability(env: ParsedEnvironment) {
  return {
    log: {
      /** `LOG_LEVEL`: fatal, error, warn, info, debug, trace or silent. Default `info`. */
      level: env.LOG_LEVEL,
      /** `LOG_FORMAT`: `json` or `pretty` (readable, needs the pino-pretty dev dependency). Default pretty in development, json otherwise. */
      format: env.LOG_FORMAT ?? (env.NODE_ENV === "development" ? ("pretty" as const) : ("json" as const)),
    },
    metrics: {
      /** `METRICS`: serve Prometheus metrics at /metrics. Default true. */
      enabled: env.METRICS ?? true,
    },
    tracing: tracing(env),
  };
}

function toConfig(env: ParsedEnvironment, context: z.RefinementCtx<ParsedEnvironment>) {
  const cognito = cognitoBackend(env);
  for (const message of crossCheckProblems(env, cognito)) {
    context.issues.push({ code: "custom", message, input: env });
  }
  const production = env.NODE_ENV === "production";
  return {
    /** `NODE_ENV`: production masks more and turns exploration features off. Default development. */
    environment: env.NODE_ENV,
    /** Where the gateway finds Cognito. */
    cognito,
    ...serving(env, cognito.mode),
    ...access(env, production),
    ...graphqlEndpoint(env, production),
    ...observability(env),
  };
}

/** The environment in, the gateway's configuration out; problems as zod issues. */
export const configSchema = environmentSchema.transform(toConfig);

export type Config = z.output<typeof configSchema>;
export type Environment = Config["environment"];
export type LogLevel = Config["log"]["level"];
export type CognitoBackendConfig = Config["cognito"];
export type HttpLimits = Config["server"]["limits"];

/** The pools the admin path may act on: ALLOWED_USER_POOL_IDS, or else only the default pool. */
export function allowedUserPoolIds(auth: Config["auth"], defaultUserPoolId: string): readonly string[] {
  return auth.allowedUserPoolIds ?? [defaultUserPoolId];
}
