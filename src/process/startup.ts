import type { DestinationStream } from "pino";
import { type Config, ConfigError, loadConfig } from "../config.js";
import type { Logger } from "../logger.js";
import {
  readTrustedDocuments,
  type TrustedDocuments,
  TrustedDocumentsError,
} from "../plugins/use-trusted-documents.js";
import type { PoolContractStore } from "../pool/pool-contract-store.js";

/** A start-up failure an operator can fix: printed as its message alone, without a stack. */
export class StartupError extends Error {}

/** The configuration, or the process exits listing every problem with it. */
export function configOrExit(environment: Record<string, string | undefined>): Config {
  try {
    return loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Readable lines in development when pino-pretty (a development dependency) is installed; JSON otherwise. */
export async function logDestination(
  format: Config["log"]["format"],
): Promise<DestinationStream | undefined> {
  if (format !== "pretty") return undefined;
  try {
    const { default: pretty } = await import("pino-pretty");
    return pretty({
      colorize: process.stdout.isTTY,
      translateTime: "HH:MM:ss.l",
      ignore: "pid,hostname,service",
    });
  } catch {
    return undefined;
  }
}

/** The TRUSTED_DOCUMENTS manifest, read once at start; undefined when any document may run. */
export async function loadTrustedDocuments(
  settings: Config["trustedDocuments"],
  logger: Logger,
): Promise<TrustedDocuments | undefined> {
  if (!settings) return undefined;
  let trustedDocuments: TrustedDocuments;
  try {
    trustedDocuments = await readTrustedDocuments(settings.manifestPath, settings.matchText);
  } catch (error) {
    throw error instanceof TrustedDocumentsError ? new StartupError(error.message) : error;
  }
  logger.info(
    { documents: trustedDocuments.byHash.size, matchText: trustedDocuments.matchText },
    "only trusted documents run",
  );
  return trustedDocuments;
}

/**
 * ADMIN_ONLY_ATTRIBUTES and READ_ONLY_ATTRIBUTES, when set, must name attributes the pool has: a typo
 * would otherwise protect nothing. Checked once, when the configured pool's contract first loads.
 */
export function exitOnUnknownConfiguredNames(
  writePolicy: Config["writePolicy"],
  contracts: PoolContractStore,
  userPoolId: string,
): void {
  const contract = contracts.get(userPoolId);
  const unknown = writePolicy.configuredNames.filter((name) => !contract?.attributes.has(name));
  if (unknown.length === 0) return;
  process.stderr.write(
    `Invalid configuration:\n  - ADMIN_ONLY_ATTRIBUTES / READ_ONLY_ATTRIBUTES name attributes user pool ${userPoolId} does not have: ${unknown.join(", ")} (names must match the pool's exactly, custom: prefix included)\n`,
  );
  process.exit(1);
}
