import { type DocumentNode, GraphQLError, Kind, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { DeadlineExceededError } from "../cognito/call.js";
import type { GatewayContext } from "../context.js";
import type { Logger } from "../logger.js";

/** The message every caller sees for an error the gateway did not expect. */
export const UNEXPECTED_ERROR_MESSAGE = "Unexpected error.";

/** Typed errors (permission denials, read errors, validation) are GraphQLErrors by construction. */
function isExpected(error: GraphQLError): boolean {
  return error.originalError === undefined || error.originalError instanceof GraphQLError;
}

/**
 * Most distinct error codes one log line lists, and most lines logged per request for unexpected
 * errors and deadlines: a request with thousands of failing fields (a big `_entities` batch) must not
 * write a line per field or a line of hundreds of kilobytes. The summary line still counts them all.
 */
export const MAX_LOGGED_ERRORS = 10;

/** The distinct codes (at most MAX_LOGGED_ERRORS, in order of first appearance) with how often each occurred. */
function summarizeCodes(codes: readonly string[]): {
  errorCodes: string[];
  errorCount: number;
  moreErrorCodes?: number;
} {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const distinct = [...counts.keys()];
  return {
    errorCodes: distinct.slice(0, MAX_LOGGED_ERRORS),
    errorCount: codes.length,
    ...(distinct.length > MAX_LOGGED_ERRORS ? { moreErrorCodes: distinct.length - MAX_LOGGED_ERRORS } : {}),
  };
}

/** The operation's own name when the client sent no `operationName` (single-operation documents). */
function documentOperationName(document: DocumentNode): string | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.length === 1 ? operations[0]?.name?.value : undefined;
}

/** What may be logged about an unexpected error: its kind and where it came from, never request data. */
function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  const metadata = (error as { $metadata?: { httpStatusCode?: number; requestId?: string } }).$metadata;
  return {
    name: error.name,
    message: error.message.slice(0, 500),
    httpStatusCode: metadata?.httpStatusCode,
    awsRequestId: metadata?.requestId,
    stack: error.stack?.split("\n").slice(0, 6).join("\n"),
  };
}

/**
 * Masks unexpected errors as "Unexpected error." with the request id the log line carries, and logs
 * one line per operation with its outcome. Runs inside execution, where the request's context is
 * known; yoga's own masking stays on for errors outside it.
 */
export function useRequestOutcome(logger: Logger): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const context = args.contextValue;
      const operationName = args.operationName ?? documentOperationName(args.document);
      // The caller chose the request id: the gateway's own joins this line to the audit records.
      const ownId =
        context.gatewayRequestId !== context.requestId ? { gatewayRequestId: context.gatewayRequestId } : {};
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || result.errors === undefined) {
            logger.info(
              {
                requestId: context.requestId,
                ...ownId,
                operationName,
                durationMs: Math.round(performance.now() - started),
              },
              "request completed",
            );
            return;
          }
          let logged = 0;
          let unlogged = 0;
          const mayLog = (): boolean => {
            if (logged < MAX_LOGGED_ERRORS) {
              logged++;
              return true;
            }
            unlogged++;
            return false;
          };
          const errors = result.errors.map((error) => {
            if (isExpected(error)) return error;
            if (error.originalError instanceof DeadlineExceededError) {
              if (mayLog())
                logger.warn(
                  {
                    requestId: context.requestId,
                    operationName,
                    cognitoOperation: error.originalError.operation,
                  },
                  "cognito deadline exceeded",
                );
              return new GraphQLError(error.originalError.message, {
                path: error.path,
                nodes: error.nodes,
                extensions: {
                  code: "COGNITO_DEADLINE_EXCEEDED",
                  retryable: true,
                  requestId: context.requestId,
                },
              });
            }
            if (mayLog())
              logger.error(
                {
                  requestId: context.requestId,
                  operationName,
                  path: error.path,
                  error: describe(error.originalError),
                },
                "unexpected error",
              );
            return new GraphQLError(UNEXPECTED_ERROR_MESSAGE, {
              path: error.path,
              nodes: error.nodes,
              extensions: { code: "INTERNAL_SERVER_ERROR", requestId: context.requestId },
            });
          });
          logger.info(
            {
              requestId: context.requestId,
              ...ownId,
              operationName,
              durationMs: Math.round(performance.now() - started),
              ...summarizeCodes(errors.map((error) => String(error.extensions.code ?? "GRAPHQL_ERROR"))),
              ...(unlogged > 0 ? { unloggedErrors: unlogged } : {}),
            },
            "request completed with errors",
          );
          setResult({ ...result, errors });
        },
      };
    },
  };
}
