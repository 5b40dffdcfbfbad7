import { type Span, SpanStatusCode, type Tracer } from "@opentelemetry/api";
import { type DefinitionNode, type DocumentNode, Kind, type OperationDefinitionNode } from "graphql";
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

interface OperationLabels {
  name: string;
  type: string;
}

// Yoga hands every request for the same text the same parsed document, so labels are worked out once.
const labelsByDocument = new WeakMap<DocumentNode, Map<string | undefined, OperationLabels>>();

function operationLabels(document: DocumentNode, operationName: string | null | undefined): OperationLabels {
  let byOperationName = labelsByDocument.get(document);
  if (!byOperationName) {
    byOperationName = new Map();
    labelsByDocument.set(document, byOperationName);
  }
  const key = operationName ?? undefined;
  let labels = byOperationName.get(key);
  if (!labels) {
    const operation = document.definitions.find(
      (definition: DefinitionNode): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION && (!key || definition.name?.value === key),
    );
    labels = { name: rootFields(operation), type: operation?.operation ?? "unknown" };
    // Bounded: a document has few operations, and only names it defines get this far.
    if (operation) byOperationName.set(key, labels);
  }
  return labels;
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
    // Synchronous for every other path: an async hook would make each request wait a turn for it.
    onRequest({ url, endResponse }) {
      if (url.pathname !== "/metrics" || !metrics) return;
      const headers = { "content-type": metrics.registry.contentType, "cache-control": "no-store" };
      return metrics.registry.metrics().then((text) => endResponse(new Response(text, { headers })));
    },
    onExecute({ args }) {
      const started = performance.now();
      const { name, type } = operationLabels(args.document, args.operationName);
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
