import { type Span, SpanStatusCode, type Tracer } from "@opentelemetry/api";
import { type DefinitionNode, Kind, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { CognitoCallObserver } from "../cognito/call.js";
import type { GatewayContext } from "../context.js";
import type { Metrics } from "../observability/metrics.js";
import { endCognitoSpan, startCognitoSpan } from "../observability/tracing.js";

/**
 * Names an operation by its root fields (`adminUpdateUserAttributes`), which the schema bounds,
 * rather than by the client-chosen operation name, which would let callers explode label cardinality.
 */
function rootFields(operation: OperationDefinitionNode | undefined): string {
  const names = (operation?.selectionSet.selections ?? [])
    .flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []))
    .filter((name) => name !== "__typename");
  return names.length === 0 ? "none" : [...new Set(names)].sort().join("+");
}

/** Observes each Cognito call: a metric always, a child span of the request span when tracing. */
export function createCallObserver(
  metrics: Metrics | undefined,
  tracer: Tracer | undefined,
  requestSpan: Span | undefined,
): CognitoCallObserver | undefined {
  if (!metrics && !(tracer && requestSpan)) return undefined;
  return {
    onCall(operation) {
      const started = performance.now();
      const span = tracer && requestSpan ? startCognitoSpan(tracer, requestSpan, operation) : undefined;
      return {
        end(outcome) {
          metrics?.observeCognitoCall(operation, outcome, (performance.now() - started) / 1000);
          if (span) endCognitoSpan(span, outcome);
        },
      };
    },
  };
}

/**
 * Serves `/metrics`, counts and times each GraphQL operation, and names and ends the request span
 * (started with the context, so Cognito call spans can hang under it).
 */
export function useObservability(metrics: Metrics | undefined): Plugin<GatewayContext> {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== "/metrics" || !metrics) return;
      endResponse(
        new Response(await metrics.registry.metrics(), {
          headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
        }),
      );
    },
    onExecute({ args }) {
      const started = performance.now();
      const operation = args.document.definitions.find(
        (definition: DefinitionNode): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION &&
          (!args.operationName || definition.name?.value === args.operationName),
      );
      const name = rootFields(operation);
      const type = operation?.operation ?? "unknown";
      const span = args.contextValue.requestSpan;
      span?.updateName(`graphql.${type} ${name}`);
      span?.setAttributes({ "graphql.operation.type": type, "graphql.operation.root_fields": name });
      return {
        onExecuteDone({ result }) {
          const failed = "errors" in result && result.errors !== undefined && result.errors.length > 0;
          metrics?.observeRequest(
            { operation: name, type, outcome: failed ? "error" : "ok" },
            (performance.now() - started) / 1000,
          );
          if (span) {
            span.setAttribute("graphql.errors", failed);
            if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
            span.end();
          }
        },
      };
    },
  };
}
