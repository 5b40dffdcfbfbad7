import { type DestinationStream, type LevelWithSilent, type Logger as PinoLogger, pino } from "pino";

export type Logger = PinoLogger;

/**
 * Structured JSON logs. Nothing logs tokens or attribute values on purpose; the redaction paths are a
 * second line of defence should a header or payload ever be passed whole.
 */
export function createLogger(options: { level: LevelWithSilent; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: "cognito-attributes-gateway" },
      redact: {
        paths: [
          "authorization",
          "headers.authorization",
          "req.headers.authorization",
          "accessToken",
          "*.accessToken",
          "token",
          "userAttributes[*].value",
          "clientMetadata",
        ],
        censor: "[redacted]",
      },
    },
    options.destination,
  );
}
