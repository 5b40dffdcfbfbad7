import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { AuditSink } from "./audit.js";
import type { AccessTokenVerifier } from "./auth/access-token-verifier.js";
import { createAdminConfirmer } from "./auth/admin-confirmation.js";
import { allowedUserPoolIds, type Config } from "./config.js";
import { corsPolicy } from "./cors.js";
import { type ContextDependencies, createContext, type GatewayContext } from "./context.js";
import type { GraphiQLHeaders } from "./graphiql-examples.js";
import { GRAPHIQL_REQUEST_HEADER, graphiqlPage } from "./graphiql-page.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./observability/metrics.js";
import { startRequestSpan, type Tracer } from "./observability/tracing.js";
import { protectSchema } from "./permissions/shield.js";
import { useGraphQLHardening } from "./plugins/use-graphql-hardening.js";
import { createCallObserver, useObservability } from "./plugins/use-observability.js";
import { type Readiness, useReadiness } from "./plugins/use-readiness.js";
import { useRequestBodyLimit } from "./plugins/use-request-body-limit.js";
import {
  type RefusedRequests,
  UNSUPPORTED_MEDIA_TYPE,
  useRefusedRequests,
} from "./plugins/use-refused-requests.js";
import { useRequestOutcome } from "./plugins/use-request-outcome.js";
import { useSanitizedErrors } from "./plugins/use-sanitized-errors.js";
import {
  type TrustedDocuments,
  useHashOnlyRequestsAnswered,
  useTrustedDocuments,
} from "./plugins/use-trusted-documents.js";
import type { QuotaGovernor } from "./quota/governor.js";
import { schema } from "./schema/index.js";
import type { PoolContracts } from "./pool/pool-contract-store.js";

/**
 * The settings the app reads: sections of the configuration as loadConfig parsed it (the process
 * from its environment, tests from theirs), so every default comes from the one parser.
 */
export type AppSettings = Pick<
  Config,
  "auth" | "writePolicy" | "calls" | "graphql" | "federation" | "bulk" | "cors"
>;

/** What the app works with, built by the process (src/main.ts) or by a test: no defaults here. */
export interface AppDependencies {
  cognitoClient: CognitoIdentityProviderClient;
  accessTokenVerifier: AccessTokenVerifier;
  /** The pool admin operations use when the caller names none. */
  defaultUserPoolId: string;
  /** Each allowed pool's schema and app-client permissions, as Cognito describes them. */
  poolContracts: PoolContracts;
  logger: Logger;
  /** Keeps calls within Cognito's quotas. */
  quotaGovernor: QuotaGovernor;
  /** Answers /ready. */
  readiness: Readiness;
  /** Receives two records per admin write: its attempt and its outcome. */
  auditSink: AuditSink;
  /** Prometheus metrics served at /metrics; undefined turns metrics off. */
  metrics: Metrics | undefined;
  /** Traces one span per request and one per Cognito call; undefined when tracing is off. */
  tracer: Tracer | undefined;
  /** When given, only these documents run (GraphiQL outside production excepted). */
  trustedDocuments: TrustedDocuments | undefined;
  /** Headers GraphiQL's example tabs start with (the embedded demo users' tokens). */
  graphiqlHeaders: GraphiQLHeaders | undefined;
  /**
   * Test-only convenience: trust an admin token's `cognito:groups` alone until it expires instead of
   * re-confirming it with Cognito every ADMIN_RECHECK_SECONDS, so tests of other concerns can count
   * Cognito calls exactly. The process never sets it.
   */
  skipAdminConfirmationForTests?: boolean;
}

export { GRAPHIQL_REQUEST_HEADER };

export type App = YogaServerInstance<Record<string, never>, GatewayContext>;

function describeLogArgument(argument: unknown): string {
  return argument instanceof Error ? argument.name : typeof argument;
}

// A caller's x-request-id is kept when it is a plain token, so logs join up across services.
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

interface RequestIds {
  requestId: string;
  gatewayRequestId: string;
}

/**
 * Every request that is logged gets its ids, refused ones included, and answers with them. The
 * caller's own id is kept for correlation, but it is the caller's choice: the gateway always makes
 * its own too. Made on first use by whichever hook sees the request first, and kept for the others.
 */
function requestIdRegistry() {
  const byRequest = new WeakMap<Request, RequestIds>();
  return {
    of(request: Request): RequestIds {
      let ids = byRequest.get(request);
      if (ids === undefined) {
        const incoming = request.headers.get("x-request-id");
        const gatewayRequestId = randomUUID();
        ids = {
          requestId: incoming && REQUEST_ID.test(incoming) ? incoming : gatewayRequestId,
          gatewayRequestId,
        };
        byRequest.set(request, ids);
      }
      return ids;
    },
    /** The ids already made, if any: a response to a request no hook saw carries none. */
    made: (request: Request): RequestIds | undefined => byRequest.get(request),
  };
}

/** How the request's `x-router-secret` compares, as digests in constant time: nothing learnt from timing. */
function routerSecretCheck(secret: string | undefined) {
  const expected = secret ? createHash("sha256").update(secret).digest() : undefined;
  return (request: Request): "absent" | "matches" | "wrong" => {
    const presented = request.headers.get("x-router-secret");
    if (presented === null) return "absent";
    if (!expected) return "wrong";
    return timingSafeEqual(createHash("sha256").update(presented).digest(), expected) ? "matches" : "wrong";
  };
}

function contextDependencies(settings: AppSettings, deps: AppDependencies): ContextDependencies {
  const { adminGroup, adminScopes, adminRecheckSeconds } = settings.auth;
  return {
    cognito: {
      client: deps.cognitoClient,
      callTimeoutMs: settings.calls.timeoutMs,
      maxAttempts: settings.calls.maxAttempts,
      governor: deps.quotaGovernor,
    },
    accessTokenVerifier: deps.accessTokenVerifier,
    principalPolicy: { adminGroup, adminScopes },
    adminConfirmer: deps.skipAdminConfirmationForTests
      ? undefined
      : createAdminConfirmer({
          userPoolId: deps.defaultUserPoolId,
          adminGroup,
          recheckSeconds: adminRecheckSeconds,
        }),
    defaultUserPoolId: deps.defaultUserPoolId,
    allowedUserPoolIds: new Set(allowedUserPoolIds(settings.auth, deps.defaultUserPoolId)),
    writePolicy: {
      adminOnlyAttributes: new Set(settings.writePolicy.adminOnlyAttributes),
      readOnlyAttributes: new Set(settings.writePolicy.readOnlyAttributes),
    },
    poolContracts: deps.poolContracts,
    loaderOptions: { maxConcurrentReads: settings.calls.maxConcurrentReads },
    auditSink: deps.auditSink,
    logger: deps.logger,
    maxBulkItems: settings.bulk.maxItems,
    federationSdl: settings.federation.sdl,
  };
}

/** The request pipeline, in order: readiness, limits, trusted documents, hardening, observation. */
function gatewayPlugins(
  settings: AppSettings,
  deps: AppDependencies,
  requestIds: ReturnType<typeof requestIdRegistry>,
  refusedRequests: RefusedRequests,
) {
  const { graphql, cors } = settings;
  const { logger, metrics } = deps;
  const responseHeaders: Plugin = {
    onResponse({ request, response }) {
      // A bare 415 is the one refusal no earlier hook sees (see UNSUPPORTED_MEDIA_TYPE).
      if (response.status === 415) refusedRequests.report(request, [UNSUPPORTED_MEDIA_TYPE]);
      const requestId = requestIds.made(request)?.requestId;
      if (requestId) response.headers.set("x-request-id", requestId);
      // Whether CORS headers are sent depends on Origin: caches must keep the answers apart.
      if (cors.origins.length > 0) response.headers.append("vary", "Origin");
    },
  };
  return [
    useReadiness(deps.readiness),
    useRequestBodyLimit(graphql.maxRequestBodyBytes, (request, error) =>
      refusedRequests.report(request, [error]),
    ),
    ...(deps.trustedDocuments
      ? [
          useTrustedDocuments(
            deps.trustedDocuments,
            (request) =>
              graphql.graphiqlBypassesTrustedDocuments && request.headers.has(GRAPHIQL_REQUEST_HEADER),
          ),
        ]
      : [useHashOnlyRequestsAnswered()]),
    ...useGraphQLHardening({
      limits: graphql.limits,
      introspection: graphql.introspection,
      blockFieldSuggestions: graphql.blockFieldSuggestions,
      maxEntityRepresentations: graphql.maxEntityRepresentations,
      onRefused: (request) =>
        refusedRequests.report(request, [{ code: "GRAPHQL_VALIDATION_FAILED", status: undefined }]),
    }),
    useObservability(metrics),
    useSanitizedErrors({ hideSuggestions: graphql.blockFieldSuggestions }),
    useRequestOutcome(logger),
    refusedRequests.plugin,
    responseHeaders,
  ];
}

/** Builds the GraphQL app. Reads no environment and opens no socket: the process does that. */
export function createApp(settings: AppSettings, deps: AppDependencies): App {
  const { logger, metrics, tracer } = deps;
  const requestIds = requestIdRegistry();
  const contextDeps = contextDependencies(settings, deps);
  const routerSecretOf = routerSecretCheck(settings.federation.routerSecret);
  const refusedRequests = useRefusedRequests({
    logger,
    metrics,
    tracer,
    requestIdOf: (r) => requestIds.of(r).requestId,
  });
  const { graphql, cors } = settings;
  return createYoga<Record<string, never>, GatewayContext>({
    schema: protectSchema(schema),
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
      warn: (...args) => logger.warn({ yoga: args.map(describeLogArgument) }, "yoga warning"),
      error: (...args) => logger.error({ yoga: args.map(describeLogArgument) }, "yoga error"),
    },
    cors: corsPolicy(cors.origins),
    ...graphiqlPage(graphql.graphiql, deps.graphiqlHeaders),
    context: ({ request }) => {
      refusedRequests.markOperation(request);
      const { requestId, gatewayRequestId } = requestIds.of(request);
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
    plugins: gatewayPlugins(settings, deps, requestIds, refusedRequests),
  });
}
