import { z } from "zod";
import { DEFAULT_DOCUMENT_LIMITS } from "../plugins/use-graphql-hardening.js";
import { DEFAULT_MAX_REQUEST_BODY_BYTES } from "../plugins/use-request-body-limit.js";
import { DEFAULT_MAX_ENTITY_REPRESENTATIONS } from "../plugins/use-request-limits.js";
import { DEFAULT_QUOTA_RATES } from "../quota/categories.js";
import { DEFAULT_REDIS_COMMAND_TIMEOUT_MS } from "../quota/governor.js";
import { MAX_USER_POOL_ID_LENGTH, USER_POOL_ID_PATTERN } from "../validation/attribute-writes.js";

/*
 * The environment variables the gateway reads, each with its rule and its default. Every default is
 * written once: here, or (where a module owns the setting) in that module, imported here. Defaults
 * that depend on other variables (NODE_ENV, the Cognito mode) are derived once, in ./shape.ts.
 */

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** Signing keys fetched over plain http could be swapped in transit, so only loopback may use it. */
function isSafeUrl(value: string): boolean {
  const url = new URL(value);
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
}

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

/** A list whose unset value means "the default" and whose empty value means "none". */
const listOrDefault = z
  .string()
  .optional()
  .transform((value) => (value === undefined ? undefined : splitList(value)));

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

const urlVariable = (name: string) =>
  optionalString.pipe(z.url({ message: `${name} must be a URL` }).optional());

/** A URL signing keys or their issuer are read from: https, or http on loopback. */
const keysUrl = (name: string) =>
  z
    .url({ message: `${name} must be a URL` })
    .refine(isSafeUrl, `${name} must use https (http is allowed only for 127.0.0.1/localhost)`);

const rate = (name: string, category: keyof typeof DEFAULT_QUOTA_RATES, max = 10_000) =>
  integer(name, 1, max).default(DEFAULT_QUOTA_RATES[category]);

/** An entry of CORS_ORIGINS must be what a browser sends as `Origin`: scheme, host and port only. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
}

const corsOrigins = listOrDefault.refine((origins) => origins === undefined || origins.every(isOrigin), {
  error: (issue) =>
    "CORS_ORIGINS entries must be origins like https://app.example.com (scheme, host and port; no " +
    `path, no *): ${(issue.input as string[]).filter((origin) => !isOrigin(origin)).join(", ")}`,
});

export const environmentSchema = z.object({
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
      .max(MAX_USER_POOL_ID_LENGTH)
      .regex(USER_POOL_ID_PATTERN, "COGNITO_USER_POOL_ID must look like us-east-1_AbCdEf123")
      .optional(),
  ),
  COGNITO_CLIENT_IDS: list,
  COGNITO_ENDPOINT: urlVariable("COGNITO_ENDPOINT"),
  COGNITO_ISSUER: optionalString.pipe(
    keysUrl("COGNITO_ISSUER")
      .transform((value) => value.replace(/\/+$/, ""))
      .optional(),
  ),
  COGNITO_JWKS_URI: optionalString.pipe(keysUrl("COGNITO_JWKS_URI").optional()),
  MAX_CONCURRENT_COGNITO_READS: integer("MAX_CONCURRENT_COGNITO_READS", 1, 100).default(8),
  COGNITO_TIMEOUT_MS: integer("COGNITO_TIMEOUT_MS", 100, 120_000).default(5_000),
  COGNITO_CONNECT_TIMEOUT_MS: integer("COGNITO_CONNECT_TIMEOUT_MS", 10, 60_000).default(1_000),
  COGNITO_MAX_ATTEMPTS: integer("COGNITO_MAX_ATTEMPTS", 1, 3).default(3),
  QUOTA_USER_UPDATE_RPS: rate("QUOTA_USER_UPDATE_RPS", "UserUpdate"),
  QUOTA_USER_READ_RPS: rate("QUOTA_USER_READ_RPS", "UserRead"),
  QUOTA_USER_RESOURCE_READ_RPS: rate("QUOTA_USER_RESOURCE_READ_RPS", "UserResourceRead"),
  QUOTA_USER_LIST_RPS: rate("QUOTA_USER_LIST_RPS", "UserList"),
  QUOTA_PER_USER_WRITE_RPS: rate("QUOTA_PER_USER_WRITE_RPS", "perUserWrite", 1_000),
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
  BULK_MAX_ITEMS: integer("BULK_MAX_ITEMS", 1, 1_000).default(100),
  POOL_SCHEMA_REFRESH_SECONDS: integer("POOL_SCHEMA_REFRESH_SECONDS", 10, 86_400).default(300),
  SHUTDOWN_GRACE_MS: integer("SHUTDOWN_GRACE_MS", 0, 600_000).default(10_000),
  // Node's own defaults would hold a slow client for up to 5 minutes; these are the gateway's.
  HTTP_HEADERS_TIMEOUT_MS: integer("HTTP_HEADERS_TIMEOUT_MS", 100, 600_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: integer("HTTP_REQUEST_TIMEOUT_MS", 100, 600_000).default(30_000),
  HTTP_IDLE_TIMEOUT_MS: integer("HTTP_IDLE_TIMEOUT_MS", 100, 600_000).default(5_000),
  HTTP_MAX_CONNECTIONS: integer("HTTP_MAX_CONNECTIONS", 1, 1_000_000).default(1_000),
  ADMIN_GROUP: optionalString.default("admin"),
  ADMIN_SCOPES: list,
  ADMIN_RECHECK_SECONDS: integer("ADMIN_RECHECK_SECONDS", 0, 3_600).default(60),
  FEDERATION_SDL: optionalString.pipe(
    z.enum(["public", "token"], { message: "FEDERATION_SDL must be public or token" }).optional(),
  ),
  FEDERATION_ROUTER_SECRET: optionalString.pipe(
    z.string().min(32, "FEDERATION_ROUTER_SECRET must be at least 32 characters").optional(),
  ),
  // Unset means the default; set to "" to let users write every attribute Cognito lets them.
  ADMIN_ONLY_ATTRIBUTES: listOrDefault,
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
        z
          .string()
          .regex(USER_POOL_ID_PATTERN, "ALLOWED_USER_POOL_IDS entries must look like us-east-1_AbCdEf123"),
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
  OTEL_EXPORTER_OTLP_ENDPOINT: urlVariable("OTEL_EXPORTER_OTLP_ENDPOINT"),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: urlVariable("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"),
  OTEL_SERVICE_NAME: optionalString.default("cognito-attributes-gateway"),
  LOCAL_COGNITO_PORT: integer("LOCAL_COGNITO_PORT", 0, 65535).default(9339),
  LOCAL_COGNITO_DATA_DIR: optionalString.default(".cognito-local"),
});

/** The environment as parsed, variable by variable, before ./shape.ts arranges it into sections. */
export type ParsedEnvironment = z.output<typeof environmentSchema>;

/** Every environment variable the gateway reads (README, .env.example and a test keep in step). */
export const CONFIGURATION_VARIABLES = Object.keys(environmentSchema.shape);
