import type { Plugin } from "graphql-yoga";

function refuse(status: number, message: string, code: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/**
 * Refuses bodies over `maxBytes` before they are read. POSTs must declare their length: every
 * browser `fetch`, GraphQL client and router does, and it lets the check happen without buffering.
 */
export function useRequestBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== "POST") return;
      const declared = request.headers.get("content-length");
      if (declared === null) {
        endResponse(refuse(411, "A POST body must declare its Content-Length", "LENGTH_REQUIRED"));
        return;
      }
      const length = Number(declared);
      if (!Number.isSafeInteger(length) || length < 0) {
        endResponse(refuse(400, "Content-Length must be a non-negative integer", "BAD_REQUEST"));
      } else if (length > maxBytes) {
        endResponse(
          refuse(
            413,
            `The request body is ${length} bytes; this gateway accepts at most ${maxBytes}`,
            "PAYLOAD_TOO_LARGE",
          ),
        );
      }
    },
  };
}
