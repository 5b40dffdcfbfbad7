import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

// graphql-js and armor phrase their hints "Did you mean …?"; everything from there on names schema elements.
const SUGGESTION = /\s*Did you mean .*$/s;

function sanitize(error: unknown, hideSuggestions: boolean): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const { originalError, ...extensions } = error.extensions as Record<string, unknown>;
  const message = hideSuggestions ? error.message.replace(SUGGESTION, "") : error.message;
  if (message === error.message && originalError === undefined) return error;
  if (originalError !== undefined) {
    // Yoga still reads it to pick the status (400 rather than 200 for a body that is not JSON), but
    // JSON.stringify skips non-enumerable properties, so it never reaches the wire.
    Object.defineProperty(extensions, "originalError", { value: originalError, enumerable: false });
  }
  return new GraphQLError(message, {
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions,
  });
}

/**
 * The last word on what an error may say. Yoga attaches the underlying exception (for example the
 * JSON parser's message, which quotes the body) as `extensions.originalError` on request errors in
 * every mode; that never leaves. In production, "Did you mean …" hints are cut from every message,
 * including those raised while coercing variables, so a schema with introspection off stays unlisted.
 */
export function useSanitizedErrors(options: { hideSuggestions: boolean }): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result || !result.errors) return;
      setResult({
        ...result,
        errors: result.errors.map((error) => sanitize(error, options.hideSuggestions)) as never,
      });
    },
  };
}
