import type { Span } from "@opentelemetry/api";
import { type AuditRecord, type AuditSink, auditActor } from "./audit.js";
import type { AccessTokenVerifier } from "./auth/access-token-verifier.js";
import { type AdminConfirmer, confirmedPrincipal } from "./auth/admin-confirmation.js";
import { type Principal, type PrincipalPolicy, resolvePrincipal } from "./auth/principal.js";
import type { CognitoCallObserver } from "./cognito/call.js";
import type { CognitoDeps } from "./cognito/types.js";
import { createLoaders, type LoaderOptions, type Loaders } from "./loaders.js";
import type { Logger } from "./logger.js";
import type { WritePolicy } from "./validation/attribute-writes.js";

/** Everything a resolver or permission rule may use, built fresh for each request. */
export interface GatewayContext {
  /** Echoed in `x-request-id`, in masked errors and in every log line of the request. */
  requestId: string;
  /** The request's trace span, when tracing is on. */
  requestSpan: Span | undefined;
  /** Verifies the bearer token on first use and remembers the answer for the rest of the request. */
  principal(): Promise<Principal>;
  loaders: Loaders;
  cognito: CognitoDeps;
  /** The pool admin operations act on when the caller names none. */
  defaultUserPoolId: string;
  /** Pools the admin path may touch; any other is refused before Cognito hears of it. */
  allowedUserPoolIds: ReadonlySet<string>;
  /** Which attributes each path may write. */
  writePolicy: WritePolicy;
  /** Most items one bulk admin update may carry. */
  maxBulkItems: number;
  /** Records a successful admin write (actor, request id and time are filled in). */
  audit(entry: Pick<AuditRecord, "action" | "userPoolId" | "username" | "attributeNames">): Promise<void>;
}

export interface ContextDependencies {
  cognito: CognitoDeps;
  accessTokenVerifier: AccessTokenVerifier;
  principalPolicy: PrincipalPolicy;
  /** Re-confirms admin user tokens with Cognito; absent, the token's claims alone decide. */
  adminConfirmer: AdminConfirmer | undefined;
  defaultUserPoolId: string;
  allowedUserPoolIds: ReadonlySet<string>;
  writePolicy: WritePolicy;
  loaderOptions: LoaderOptions;
  auditSink: AuditSink;
  logger: Logger;
  maxBulkItems: number;
}

export function createContext(
  deps: ContextDependencies,
  request: {
    requestId: string;
    authorization: string | null;
    requestSpan?: Span | undefined;
    callObserver?: CognitoCallObserver | undefined;
  },
): GatewayContext {
  const cognito = request.callObserver ? { ...deps.cognito, observer: request.callObserver } : deps.cognito;
  let resolved: Promise<Principal> | undefined;
  const principal = () => {
    resolved ??= resolvePrincipal(request.authorization, deps.accessTokenVerifier, deps.principalPolicy).then(
      (verified) => confirmedPrincipal(verified, deps.adminConfirmer, cognito),
    );
    return resolved;
  };
  return {
    requestId: request.requestId,
    requestSpan: request.requestSpan,
    principal,
    loaders: createLoaders(cognito, deps.loaderOptions),
    cognito,
    defaultUserPoolId: deps.defaultUserPoolId,
    allowedUserPoolIds: deps.allowedUserPoolIds,
    writePolicy: deps.writePolicy,
    maxBulkItems: deps.maxBulkItems,
    async audit(entry) {
      const actor = auditActor(await principal());
      if (!actor) return;
      try {
        await deps.auditSink.record({
          ...entry,
          actor,
          requestId: request.requestId,
          at: new Date().toISOString(),
        });
      } catch (error) {
        // The write already happened; losing its audit record is logged, never turned into a failure.
        deps.logger.error(
          { requestId: request.requestId, error: error instanceof Error ? error.name : "unknown" },
          "audit sink failed",
        );
      }
    },
  };
}
