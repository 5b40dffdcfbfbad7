import type { CORSOptions } from "graphql-yoga";

/** Request headers a browser app may send cross-origin: the token, the body's type, the clients' own. */
const ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "accept",
  "x-request-id",
  // Not needed by stock clients (GET is exempt from CSRF prevention) but accepted, so a client that
  // sends one anyway still passes its preflight.
  "x-graphql-yoga-csrf",
  "apollo-require-preflight",
  // Apollo Client's client awareness.
  "apollographql-client-name",
  "apollographql-client-version",
];

/** Seconds a browser may cache a preflight's answer (Chromium caps it at 7200). */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for an allow-list of origins (CORS_ORIGINS). A listed origin gets itself back in
 * `Access-Control-Allow-Origin`; any other origin, `null` included, gets no CORS header at all, so
 * its browser keeps the response from the page. Never credentials: tokens travel in the
 * Authorization header, and no cookie should ever be sent along. Yoga's own default (no options)
 * would reflect every origin with credentials allowed.
 */
export function corsPolicy(origins: readonly string[]): (request: Request) => CORSOptions {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get("origin");
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin,
      credentials: false,
      methods: ["GET", "POST"],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: ["x-request-id"],
      maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    };
  };
}
