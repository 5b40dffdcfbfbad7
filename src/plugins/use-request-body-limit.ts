import type { Plugin } from "graphql-yoga";
import type { RefusalError } from "./use-refused-requests.js";

/** `MAX_REQUEST_BODY_BYTES`'s default: 1 MiB, far above any document this schema needs. */
export const DEFAULT_MAX_REQUEST_BODY_BYTES = 1_048_576;

const GRAPHQL_RESPONSE = "application/graphql-response+json";

/**
 * The JSON type the client asked for first, as yoga chooses for its own answers: urql and Apollo
 * Client put application/graphql-response+json first; anything else (or no Accept) gets
 * application/json.
 */
function jsonTypeFor(request: Request): string {
  for (const range of (request.headers.get("accept") ?? "").split(",")) {
    const mediaType = range.split(";")[0]?.trim().toLowerCase();
    if (mediaType === GRAPHQL_RESPONSE) return GRAPHQL_RESPONSE;
    if (mediaType === "application/json" || mediaType === "application/*" || mediaType === "*/*") break;
  }
  return "application/json";
}

function refusal(request: Request, status: number, message: string, code: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": `${jsonTypeFor(request)}; charset=utf-8` },
  });
}

/**
 * Refuses bodies over `maxBytes` before they are read. POSTs must declare their length: every
 * browser `fetch`, GraphQL client and router does, and it lets the check happen without buffering.
 */
export function useRequestBodyLimit(
  maxBytes: number,
  onRefused: (request: Request, error: RefusalError) => void,
): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== "POST") return;
      const refuse = (status: number, message: string, code: string) => {
        onRefused(request, { code, status });
        endResponse(refusal(request, status, message, code));
      };
      const declared = request.headers.get("content-length");
      if (declared === null) {
        refuse(411, "A POST body must declare its Content-Length", "LENGTH_REQUIRED");
        return;
      }
      const length = Number(declared);
      if (!Number.isSafeInteger(length) || length < 0) {
        refuse(400, "Content-Length must be a non-negative integer", "BAD_REQUEST");
      } else if (length > maxBytes) {
        refuse(
          413,
          `The request body is ${length} bytes; this gateway accepts at most ${maxBytes}`,
          "PAYLOAD_TOO_LARGE",
        );
      }
    },
  };
}
