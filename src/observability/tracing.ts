import {
  context as otelContext,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from "@opentelemetry/api";
import type { CallOutcome } from "../cognito/call.js";
import type { RefusalReason } from "../plugins/use-refused-requests.js";
import type { CognitoOperation } from "../quota/categories.js";

export type { Tracer } from "@opentelemetry/api";

/** Starts the span of one GraphQL request. */
export function startRequestSpan(tracer: Tracer, requestId: string): Span {
  return tracer.startSpan("graphql.request", {
    kind: SpanKind.SERVER,
    attributes: { "cag.request_id": requestId },
  });
}

/**
 * Records a request refused before any operation ran: a span of its own, since it never gets the
 * request span (that starts with the context, after the document has validated).
 */
export function recordRefusalSpan(tracer: Tracer, requestId: string, reason: RefusalReason): void {
  tracer
    .startSpan("graphql.refused", {
      kind: SpanKind.SERVER,
      attributes: { "cag.request_id": requestId, "cag.refusal.reason": reason },
    })
    .setStatus({ code: SpanStatusCode.ERROR, message: reason })
    .end();
}

/**
 * Starts a Cognito call span as a child of the request span. The parent is passed explicitly
 * rather than through async context, so it holds whatever the context manager in use.
 */
export function startCognitoSpan(tracer: Tracer, parent: Span, operation: CognitoOperation): Span {
  return tracer.startSpan(
    `cognito.${operation}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        "rpc.system": "aws-api",
        "rpc.service": "CognitoIdentityProvider",
        "rpc.method": operation,
      },
    },
    trace.setSpan(otelContext.active(), parent),
  );
}

export function endCognitoSpan(span: Span, outcome: CallOutcome): void {
  span.setAttribute("cag.cognito.outcome", outcome);
  if (outcome !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
  span.end();
}
