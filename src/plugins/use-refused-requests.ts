import type { Plugin } from "graphql-yoga";
import type { Logger } from "../logger.js";
import type { Metrics } from "../observability/metrics.js";
import { recordRefusalSpan, type Tracer } from "../observability/tracing.js";

/** Why a request was refused before any operation ran: a bounded set, fit for a metric label. */
export type RefusalReason =
  | "parse"
  | "validation"
  | "bad_request"
  | "forbidden"
  | "length_required"
  | "payload_too_large"
  | "unsupported_media_type"
  | "untrusted_document"
  | "other";

// The codes yoga, graphql-armor and the gateway's own checks give their refusals.
const REASON_BY_CODE: Readonly<Record<string, RefusalReason>> = {
  GRAPHQL_PARSE_FAILED: "parse",
  GRAPHQL_VALIDATION_FAILED: "validation",
  BAD_REQUEST: "bad_request",
  LENGTH_REQUIRED: "length_required",
  PAYLOAD_TOO_LARGE: "payload_too_large",
  // TRUSTED_DOCUMENTS: an unlisted hash, or a document sent as text.
  PERSISTED_QUERY_NOT_FOUND: "untrusted_document",
  UNTRUSTED_DOCUMENT: "untrusted_document",
};

/** What a refusal is reported by: its errors' codes and HTTP status, never their messages. */
export interface RefusalError {
  code: string | undefined;
  status: number | undefined;
}

export interface RefusedRequests {
  plugin: Plugin;
  /**
   * Marks a request whose document parsed and validated: it is an operation, whatever its result.
   * Called from the context factory, which runs exactly then, to spare every request a hook.
   */
  markOperation(request: Request): void;
  /** Logs and counts one refused request. */
  report(request: Request, errors: readonly RefusalError[]): void;
}

/** Yoga answers a content type none of its parsers takes with a bare 415: no result, no error. */
export const UNSUPPORTED_MEDIA_TYPE: RefusalError = { code: undefined, status: 415 };

function reasonOf(error: RefusalError | undefined): RefusalReason {
  const byCode = error?.code === undefined ? undefined : REASON_BY_CODE[error.code];
  if (byCode) return byCode;
  // Yoga's CSRF prevention refuses with 403 and no code; a body no parser takes gets a bare 415.
  if (error?.status === 403) return "forbidden";
  return error?.status === 415 ? "unsupported_media_type" : "other";
}

function refusalError(error: { extensions?: Record<string, unknown> }): RefusalError {
  const { code, http } = error.extensions ?? {};
  const status = (http as { status?: unknown } | undefined)?.status;
  return {
    code: typeof code === "string" ? code : undefined,
    status: typeof status === "number" ? status : undefined,
  };
}

/**
 * One log line, one count and (when tracing) one span for each request refused before any
 * operation ran: a body over the limit, a missing CSRF header, JSON that does not parse, a document
 * that does not parse or validate (graphql-armor's depth, cost, alias and token limits included).
 * Without them a client broken by a schema change, or a probe, would show only in that client.
 * Requests that reached execution are useRequestOutcome's. Errors are reported by code only: their
 * messages can quote the document, which can hold attribute values.
 *
 * The plugin has one hook; the app calls `markOperation` from its context factory and reports the
 * bare 415 from its response hook, so the refusal bookkeeping costs a request no extra hooks.
 */
export function useRefusedRequests(deps: {
  logger: Logger;
  metrics: Metrics | undefined;
  tracer: Tracer | undefined;
  requestIdOf(request: Request): string;
}): RefusedRequests {
  const operations = new WeakSet<Request>();
  const report = (request: Request, errors: readonly RefusalError[]) => {
    const reason = reasonOf(errors[0]);
    const requestId = deps.requestIdOf(request);
    deps.metrics?.observeRefusal(reason);
    if (deps.tracer) recordRefusalSpan(deps.tracer, requestId, reason);
    const codes = [...new Set(errors.flatMap(({ code }) => (code === undefined ? [] : [code])))];
    deps.logger.info({ requestId, reason, errorCodes: codes.slice(0, 5) }, "request refused");
  };
  return {
    report,
    markOperation: (request) => operations.add(request),
    plugin: {
      onResultProcess({ request, result }) {
        if (operations.has(request) || Array.isArray(result) || Symbol.asyncIterator in result) return;
        if ("data" in result || !result.errors?.length) return;
        report(request, result.errors.map(refusalError));
      },
    },
  };
}
