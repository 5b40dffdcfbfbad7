import type { z } from "zod";
import { wantsRealCognito } from "./config/cognito.js";
import { configSchema, type Config } from "./config/shape.js";

/*
 * The one entry to the gateway's configuration: the environment is parsed here, once, by the zod
 * schemas in src/config/ (./config/environment.ts reads each variable, ./config/shape.ts arranges them
 * into sections). The process and the tests both go through loadConfig.
 */

export { CONFIGURATION_VARIABLES } from "./config/environment.js";
export {
  allowedUserPoolIds,
  type CognitoBackendConfig,
  type Config,
  type Environment,
  type HttpLimits,
  type LogLevel,
} from "./config/shape.js";

/** Thrown by {@link loadConfig} with one message per problem, so an operator fixes them all at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const REMOTE_VARIABLES = ["COGNITO_USER_POOL_ID", "COGNITO_CLIENT_IDS", "AWS_REGION"] as const;

/**
 * Which Cognito the operator asked for, read from the raw values, so that a missing variable is
 * reported together with any invalid one instead of after it is fixed.
 */
function cognitoSelectionProblems(environment: Record<string, string | undefined>): string[] {
  const given = (name: string) => (environment[name] ?? "").trim() !== "";
  if (wantsRealCognito(environment)) {
    return REMOTE_VARIABLES.filter((variable) => !given(variable)).map(
      (name) => `${name} is required to use real Cognito (set ${REMOTE_VARIABLES.join(", ")} together)`,
    );
  }
  if ((environment.NODE_ENV ?? "").trim() === "production") {
    return [
      `Real Cognito configuration is required in production: set ${REMOTE_VARIABLES.join(", ")}` +
        " (the embedded local Cognito is for development only)",
    ];
  }
  return [];
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const variable = issue.path.join(".");
  // Our messages already name the variable; zod's generic ones get it prefixed.
  return issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`;
}

/**
 * Turns the environment into the gateway's configuration. The only place that reads `process.env`
 * (callers pass it in). Throws {@link ConfigError} listing every problem.
 */
export function loadConfig(environment: Record<string, string | undefined>): Config {
  const selectionProblems = cognitoSelectionProblems(environment);
  const parsed = configSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError([...parsed.error.issues.map(formatIssue), ...selectionProblems]);
  }
  if (selectionProblems.length > 0) throw new ConfigError(selectionProblems);
  return parsed.data;
}
