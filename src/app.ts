import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { type AuditSink, createLogAuditSink } from "./audit.js";
import type { AccessTokenVerifier } from "./auth/access-token-verifier.js";
import { createAdminConfirmer } from "./auth/admin-confirmation.js";
import {
  DEFAULT_ADMIN_GROUP,
  DEFAULT_BULK_MAX_ITEMS,
  DEFAULT_COGNITO_TIMEOUT_MS,
  DEFAULT_MAX_CONCURRENT_READS,
  type Environment,
} from "./config.js";
import { corsPolicy } from "./cors.js";
import { type ContextDependencies, createContext, type GatewayContext } from "./context.js";
import { type GraphiQLHeaders, graphiqlTabs } from "./graphiql-examples.js";
import type { Logger } from "./logger.js";
import { createMetrics, type Metrics } from "./observability/metrics.js";
import { startRequestSpan, type Tracer } from "./observability/tracing.js";
import { protectSchema } from "./permissions/shield.js";
import {
  DEFAULT_DOCUMENT_LIMITS,
  type DocumentLimits,
  useGraphQLHardening,
} from "./plugins/use-graphql-hardening.js";
import { createCallObserver, useObservability } from "./plugins/use-observability.js";
import { type Readiness, useReadiness } from "./plugins/use-readiness.js";
import { DEFAULT_MAX_REQUEST_BODY_BYTES, useRequestBodyLimit } from "./plugins/use-request-body-limit.js";
import { UNSUPPORTED_MEDIA_TYPE, useRefusedRequests } from "./plugins/use-refused-requests.js";
import { DEFAULT_MAX_ENTITY_REPRESENTATIONS } from "./plugins/use-request-limits.js";
import { useRequestOutcome } from "./plugins/use-request-outcome.js";
import { useSanitizedErrors } from "./plugins/use-sanitized-errors.js";
import { type TrustedDocuments, useTrustedDocuments } from "./plugins/use-trusted-documents.js";
import { createQuotaGovernor, type QuotaGovernor } from "./quota/governor.js";
import { schema } from "./schema/index.js";
import { DEFAULT_ADMIN_ONLY_ATTRIBUTES } from "./permissions/attribute-policy.js";
import type { PoolContracts } from "./pool/pool-contract-store.js";

/** Everything the app needs, built by the process (src/main.ts) or by a test. */
export interface AppDependencies {
  cognitoClient: CognitoIdentityProviderClient;
  accessTokenVerifier: AccessTokenVerifier;
  /** The pool admin operations use when the caller names none. */
  defaultUserPoolId: string;
  /** Each allowed pool's schema and app-client permissions, as Cognito describes them. */
  poolContracts: PoolContracts;
  logger: Logger;
  /** Production defaults GraphiQL, introspection and field suggestions off. */
  environment: Environment;
  /** Pools the admin path may act on. Default: only the default pool. */
  allowedUserPoolIds?: readonly string[];
  /** Members of this Cognito group are admins. Default `admin`. */
  adminGroup?: string;
  /** Client-credentials tokens with any of these scopes are admins. Default none. */
  adminScopes?: readonly string[];
  /**
   * Seconds Cognito's confirmation of an admin user token is trusted (`ADMIN_RECHECK_SECONDS`), or
   * `false` to trust the token's `cognito:groups` alone until it expires (tests of other concerns).
   * Required, so no caller loses the check by leaving a field out.
   */
  adminRecheckSeconds: number | false;
  /** Attributes only admins may write. Default `custom:role`, `custom:tenant`. */
  adminOnlyAttributes?: readonly string[];
  /** Attributes nobody may write through the gateway. Default none. */
  readOnlyAttributes?: readonly string[];
  /** Most Cognito reads in flight for one request, across its loaders. Default 8. */
  maxConcurrentReads?: number;
  /** Serve GraphiQL. Default: not in production. */
  graphiql?: boolean;
  /** Answer introspection. Default: not in production. */
  introspection?: boolean;
  /** Who may read `{ _service { sdl } }`: `public`, or `token` (default in production). */
  federationSdl?: "public" | "token";
  /** A router presenting this in `x-router-secret` reads the SDL without a user's token. Default none. */
  federationRouterSecret?: string | undefined;
  /** Largest accepted request body. Default 1 MiB. */
  maxRequestBodyBytes?: number;
  /** Ceilings on depth, aliases, tokens, directives and cost. */
  documentLimits?: DocumentLimits;
  /** Most `_entities` representations one request may carry. Default 500. */
  maxEntityRepresentations?: number;
  /** Headers GraphiQL's example tabs start with (the embedded demo users' tokens). */
  graphiqlHeaders?: GraphiQLHeaders;
  /** Milliseconds one Cognito call may take in all (quota wait and retries included). Default 5000. */
  callTimeoutMs?: number;
  /** Keeps calls within Cognito's quotas. Default: an in-process governor at Cognito's default rates. */
  quotaGovernor?: QuotaGovernor;
  /** Answers /ready. Default: always ready. */
  readiness?: Readiness;
  /** Receives two records per admin write: its attempt and its outcome. Default: the log. */
  auditSink?: AuditSink;
  /** Most items in one `adminUpdateUsersAttributes`. Default 100. */
  maxBulkItems?: number;
  /** Prometheus metrics served at /metrics. Default: a fresh registry; `false` turns metrics off. */
  metrics?: Metrics | false;
  /** Traces one span per request and one per Cognito call. Default: none (tracing off). */
  tracer?: Tracer;
  /** Browser origins allowed to call cross-origin (exact matches, no credentials). Default none. */
  corsOrigins?: readonly string[];
  /** When given, only these documents run (GraphiQL outside production excepted). Default: any. */
  trustedDocuments?: TrustedDocuments;
}

export type App = YogaServerInstance<Record<string, never>, GatewayContext>;

function describeLogArgument(argument: unknown): string {
  return argument instanceof Error ? argument.name : typeof argument;
}

/**
 * GraphiQL prefers its saved tabs over the defaults, so after a restart a returning browser would
 * keep the previous run's demo tokens (another issuer, or expired). With the embedded demo, saved
 * tabs from an earlier start of the process are dropped before GraphiQL reads them.
 */
function forgetOlderDemoTabs(startId: string): string {
  return `<script>(()=>{const k="cag:graphiql-start";if(localStorage.getItem(k)!==${JSON.stringify(startId)}){localStorage.removeItem("graphiql:tabState");localStorage.setItem(k,${JSON.stringify(startId)});}})();</script>`;
}

/**
 * Sent by the gateway's own GraphiQL with every request, so that outside production it can explore
 * freely on a gateway that otherwise runs only trusted documents. Anyone can send it: it opens
 * nothing in production, where it is ignored.
 */
export const GRAPHIQL_REQUEST_HEADER = "x-graphiql";

// A caller's x-request-id is kept when it is a plain token, so logs join up across services.
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the GraphQL app. Reads no environment and opens no socket: the process does that. */
export function createApp(deps: AppDependencies): App {
  const protectedSchema = protectSchema(schema);
  const requestIds = new WeakMap<Request, { requestId: string; gatewayRequestId: string }>();
  // Every request that is logged gets one, refused ones included, and answers with it. The caller's
  // own id is kept for correlation, but it is the caller's choice: the gateway always makes its own too.
  const idsOf = (request: Request) => {
    let ids = requestIds.get(request);
    if (ids === undefined) {
      const incoming = request.headers.get("x-request-id");
      const gatewayRequestId = randomUUID();
      ids = {
        requestId: incoming && REQUEST_ID.test(incoming) ? incoming : gatewayRequestId,
        gatewayRequestId,
      };
      requestIds.set(request, ids);
    }
    return ids;
  };
  const requestIdOf = (request: Request): string => idsOf(request).requestId;
  const production = deps.environment === "production";
  // Identifies this start of the app to GraphiQL pages (see forgetOlderDemoTabs).
  const startId = randomUUID();
  const metrics =
    deps.metrics === false ? undefined : (deps.metrics ?? createMetrics({ processMetrics: false }));
  const tracer = deps.tracer;
  const graphiqlEnabled = deps.graphiql ?? !production;
  const corsOrigins = deps.corsOrigins ?? [];
  const refusedRequests = useRefusedRequests({ logger: deps.logger, metrics, tracer, requestIdOf });
  const contextDeps: ContextDependencies = {
    cognito: {
      client: deps.cognitoClient,
      callTimeoutMs: deps.callTimeoutMs ?? DEFAULT_COGNITO_TIMEOUT_MS,
      governor: deps.quotaGovernor ?? createQuotaGovernor(),
    },
    accessTokenVerifier: deps.accessTokenVerifier,
    principalPolicy: {
      adminGroup: deps.adminGroup ?? DEFAULT_ADMIN_GROUP,
      adminScopes: deps.adminScopes ?? [],
    },
    adminConfirmer:
      deps.adminRecheckSeconds === false
        ? undefined
        : createAdminConfirmer({
            userPoolId: deps.defaultUserPoolId,
            adminGroup: deps.adminGroup ?? DEFAULT_ADMIN_GROUP,
            recheckSeconds: deps.adminRecheckSeconds,
          }),
    defaultUserPoolId: deps.defaultUserPoolId,
    allowedUserPoolIds: new Set(deps.allowedUserPoolIds ?? [deps.defaultUserPoolId]),
    writePolicy: {
      adminOnlyAttributes: new Set(deps.adminOnlyAttributes ?? DEFAULT_ADMIN_ONLY_ATTRIBUTES),
      readOnlyAttributes: new Set(deps.readOnlyAttributes ?? []),
    },
    poolContracts: deps.poolContracts,
    loaderOptions: { maxConcurrentReads: deps.maxConcurrentReads ?? DEFAULT_MAX_CONCURRENT_READS },
    auditSink: deps.auditSink ?? createLogAuditSink(deps.logger),
    logger: deps.logger,
    maxBulkItems: deps.maxBulkItems ?? DEFAULT_BULK_MAX_ITEMS,
    federationSdl: deps.federationSdl ?? (production ? "token" : "public"),
  };
  const routerSecret = deps.federationRouterSecret
    ? createHash("sha256").update(deps.federationRouterSecret).digest()
    : undefined;
  // Compared as digests, in constant time: equal lengths, and nothing learnt from how long it took.
  const routerSecretOf = (request: Request): "absent" | "matches" | "wrong" => {
    const presented = request.headers.get("x-router-secret");
    if (presented === null) return "absent";
    if (!routerSecret) return "wrong";
    return timingSafeEqual(createHash("sha256").update(presented).digest(), routerSecret)
      ? "matches"
      : "wrong";
  };

  return createYoga<Record<string, never>, GatewayContext>({
    schema: protectedSchema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    batching: false,
    // No field takes an upload, so multipart bodies have nothing to carry: one parser fewer to try on
    // every request, and one less way in.
    multipart: false,
    // useRequestBodyLimit refuses oversized bodies from their declared Content-Length and refuses
    // bodies that declare none, so yoga's own limit, which re-streams every body through a counting
    // TransformStream (bench/RESULTS.md measures it), has nothing left to catch.
    maxRequestBodySize: false,
    maskedErrors: { isDev: false },
    // Yoga's own messages quote the query, which may hold attribute values; log only their kind.
    logging: {
      debug: () => {},
      info: () => {},
      warn: (...args) => deps.logger.warn({ yoga: args.map(describeLogArgument) }, "yoga warning"),
      error: (...args) => deps.logger.error({ yoga: args.map(describeLogArgument) }, "yoga error"),
    },
    cors: corsPolicy(corsOrigins),
    graphiql:
      graphiqlEnabled === false
        ? false
        : {
            title: "cognito-attributes-gateway",
            additionalHeaders: { [GRAPHIQL_REQUEST_HEADER]: "1" },
            defaultTabs: graphiqlTabs(deps.graphiqlHeaders ?? { admin: undefined, user: undefined }),
            // GraphiQL drops tab headers it may not persist; the embedded demo's tokens are meant to be
            // kept (they only open the local emulator). Otherwise callers' tokens stay out of storage.
            shouldPersistHeaders: deps.graphiqlHeaders !== undefined,
            // The headers editor starts from this rather than from the first tab's own headers.
            ...(deps.graphiqlHeaders?.admin
              ? { headers: JSON.stringify(deps.graphiqlHeaders.admin, null, 2) }
              : {}),
          },
    // The bundled GraphiQL (9 MB) loads on first use: nothing is fetched from a CDN at run time.
    renderGraphiQL: async (options) => {
      const html = (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(options);
      return deps.graphiqlHeaders ? html.replace("<head>", `<head>${forgetOlderDemoTabs(startId)}`) : html;
    },
    context: ({ request }) => {
      refusedRequests.markOperation(request);
      const { requestId, gatewayRequestId } = idsOf(request);
      const requestSpan = tracer ? startRequestSpan(tracer, requestId) : undefined;
      return createContext(contextDeps, {
        requestId,
        gatewayRequestId,
        authorization: request.headers.get("authorization"),
        routerSecret: routerSecretOf(request),
        requestSpan,
        callObserver: createCallObserver(metrics, tracer, requestSpan),
      });
    },
    healthCheckEndpoint: "/health",
    plugins: [
      useReadiness(deps.readiness ?? { ready: true }),
      useRequestBodyLimit(deps.maxRequestBodyBytes ?? DEFAULT_MAX_REQUEST_BODY_BYTES, (request, error) =>
        refusedRequests.report(request, [error]),
      ),
      ...(deps.trustedDocuments
        ? [
            useTrustedDocuments(
              deps.trustedDocuments,
              (request) => !production && graphiqlEnabled && request.headers.has(GRAPHIQL_REQUEST_HEADER),
            ),
          ]
        : []),
      ...useGraphQLHardening({
        limits: deps.documentLimits ?? DEFAULT_DOCUMENT_LIMITS,
        introspection: deps.introspection ?? !production,
        blockFieldSuggestions: production,
        maxEntityRepresentations: deps.maxEntityRepresentations ?? DEFAULT_MAX_ENTITY_REPRESENTATIONS,
        onRefused: (request) =>
          refusedRequests.report(request, [{ code: "GRAPHQL_VALIDATION_FAILED", status: undefined }]),
      }),
      useObservability(metrics),
      useSanitizedErrors({ hideSuggestions: production }),
      useRequestOutcome(deps.logger),
      refusedRequests.plugin,
      {
        onResponse({ request, response }) {
          // A bare 415 is the one refusal no earlier hook sees (see UNSUPPORTED_MEDIA_TYPE).
          if (response.status === 415) refusedRequests.report(request, [UNSUPPORTED_MEDIA_TYPE]);
          const requestId = requestIds.get(request)?.requestId;
          if (requestId) response.headers.set("x-request-id", requestId);
          // Whether CORS headers are sent depends on Origin: caches must keep the answers apart.
          if (corsOrigins.length > 0) response.headers.append("vary", "Origin");
        },
      },
    ],
  });
}
