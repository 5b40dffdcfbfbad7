import { z } from "zod";

/** Where the gateway finds Cognito. */
export type CognitoBackendConfig =
  | {
      /** No Cognito configuration was given: start the embedded local Cognito (development only). */
      mode: "embedded";
      /** Port of the embedded emulator on 127.0.0.1. Default 9339; 0 picks a free port. */
      port: number;
      /** Folder holding the emulator's pools and users, kept across restarts. Default `.cognito-local`. */
      dataDir: string;
    }
  | {
      mode: "remote";
      /** AWS Region of the user pool, from `AWS_REGION`. */
      region: string;
      /** The default user pool, from `COGNITO_USER_POOL_ID`. */
      userPoolId: string;
      /** App clients whose access tokens are accepted, from `COGNITO_CLIENT_IDS` (comma-separated). */
      clientIds: string[];
      /** Overrides the Cognito API endpoint (emulators, fakes), from `COGNITO_ENDPOINT`. */
      endpoint: string | undefined;
      /**
       * Overrides the expected token issuer, from `COGNITO_ISSUER`. Signing keys are then read from
       * `<issuer>/.well-known/jwks.json`. Default: `https://cognito-idp.<region>.amazonaws.com/<pool>`.
       */
      issuer: string | undefined;
    };

export interface Config {
  /** `NODE_ENV`: production masks more and turns exploration features off. */
  environment: "development" | "production" | "test";
  server: {
    /** `HOST`. Default 127.0.0.1 with the embedded Cognito (its signing key is public), else 0.0.0.0. */
    host: string;
    /** `PORT`, default 4000. */
    port: number;
  };
  cognito: CognitoBackendConfig;
  auth: {
    /** `ADMIN_GROUP`: the Cognito group whose members may use the admin path. Default `admin`. */
    adminGroup: string;
  };
  log: {
    /** `LOG_LEVEL`: one of fatal, error, warn, info, debug, trace, silent. Default `info`. */
    level: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
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

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const port = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a number` })
    .int(`${name} must be an integer`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`);

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: optionalString,
  PORT: port("PORT").default(4000),
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
      .regex(/^[\w-]+_[0-9a-zA-Z]+$/, "COGNITO_USER_POOL_ID must look like us-east-1_AbCdEf123")
      .optional(),
  ),
  COGNITO_CLIENT_IDS: optionalString.transform((value) =>
    value
      ?.split(",")
      .map((id) => id.trim())
      .filter((id) => id !== ""),
  ),
  COGNITO_ENDPOINT: optionalString.pipe(z.url({ message: "COGNITO_ENDPOINT must be a URL" }).optional()),
  COGNITO_ISSUER: optionalString.pipe(
    z
      .url({ message: "COGNITO_ISSUER must be a URL" })
      .refine(isSafeUrl, "COGNITO_ISSUER must use https (http is allowed only for 127.0.0.1/localhost)")
      .transform((value) => value.replace(/\/+$/, ""))
      .optional(),
  ),
  ADMIN_GROUP: optionalString.default("admin"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOCAL_COGNITO_PORT: port("LOCAL_COGNITO_PORT").default(9339),
  LOCAL_COGNITO_DATA_DIR: optionalString.default(".cognito-local"),
});

const REMOTE_VARIABLES = ["COGNITO_USER_POOL_ID", "COGNITO_CLIENT_IDS", "AWS_REGION"] as const;

/**
 * Turns the environment into the gateway's configuration. The only place that reads `process.env`
 * (callers pass it in). Throws {@link ConfigError} listing every problem.
 */
export function loadConfig(environment: Record<string, string | undefined>): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => formatIssue(issue)));
  }
  const env = parsed.data;

  const given = REMOTE_VARIABLES.filter((name) => {
    const value = env[name];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
  // AWS_REGION alone is common in a developer's shell; only the Cognito variables opt into real Cognito.
  const wantsRemote = env.COGNITO_USER_POOL_ID !== undefined || (env.COGNITO_CLIENT_IDS?.length ?? 0) > 0;
  const problems: string[] = [];
  let cognito: CognitoBackendConfig;
  if (!wantsRemote) {
    if (env.NODE_ENV === "production") {
      problems.push(
        `Real Cognito configuration is required in production: set ${REMOTE_VARIABLES.join(", ")}` +
          " (the embedded local Cognito is for development only)",
      );
    }
    cognito = { mode: "embedded", port: env.LOCAL_COGNITO_PORT, dataDir: env.LOCAL_COGNITO_DATA_DIR };
  } else {
    for (const name of REMOTE_VARIABLES) {
      if (!given.includes(name)) {
        problems.push(
          `${name} is required when ${given.join(", ")} ${given.length === 1 ? "is" : "are"} set`,
        );
      }
    }
    cognito = {
      mode: "remote",
      region: env.AWS_REGION ?? "",
      userPoolId: env.COGNITO_USER_POOL_ID ?? "",
      clientIds: env.COGNITO_CLIENT_IDS ?? [],
      endpoint: env.COGNITO_ENDPOINT,
      issuer: env.COGNITO_ISSUER,
    };
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    environment: env.NODE_ENV,
    server: {
      host: env.HOST ?? (cognito.mode === "embedded" ? "127.0.0.1" : "0.0.0.0"),
      port: env.PORT,
    },
    cognito,
    auth: { adminGroup: env.ADMIN_GROUP },
    log: { level: env.LOG_LEVEL },
  };
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const variable = issue.path.join(".");
  // zod's own messages name the rule; ours already name the variable.
  return issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`;
}
