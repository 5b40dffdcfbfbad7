import type { Span } from "@opentelemetry/api";
import { randomUUID } from "node:crypto";
import { type AuditOutcome, type AuditRecord, type AuditSink, auditActor } from "./audit.js";
import type { AccessTokenVerifier } from "./auth/access-token-verifier.js";
import { type AdminConfirmer, confirmedPrincipal } from "./auth/admin-confirmation.js";
import { type Principal, type PrincipalPolicy, resolvePrincipal } from "./auth/principal.js";
import { type CognitoCallObserver, DeadlineExceededError } from "./cognito/call.js";
import { CognitoServiceError, ResourceNotFoundError } from "./cognito/errors.js";
import type { CognitoDeps } from "./cognito/types.js";
import { createLoaders, type LoaderOptions, type Loaders } from "./loaders.js";
import type { Logger } from "./logger.js";
import { GraphQLError } from "graphql";
import type { WritePath, WritePolicy, WriteScope } from "./permissions/attribute-policy.js";
import type { PoolContract } from "./pool/pool-contract.js";
import type { PoolContracts } from "./pool/pool-contract-store.js";

/** Everything a resolver or permission rule may use, built fresh for each request. */
export interface GatewayContext {
  /** Echoed in `x-request-id`, in masked errors and in every log line of the request. */
  requestId: string;
  /** The gateway's own id for the request; differs from `requestId` when the caller chose that one. */
  gatewayRequestId: string;
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
  /** Which attributes each path may write, on top of the pool's own rules. */
  writePolicy: WritePolicy;
  /**
   * The pool's contract as Cognito last described it. Throws POOL_CONTRACT_UNAVAILABLE (retryable)
   * while it has not loaded yet: nothing is written unchecked.
   */
  poolContract(userPoolId: string): PoolContract;
  /** What a write on `path` to `userPoolId` is checked against (the user path passes its app client). */
  writeScope(path: WritePath, userPoolId: string, clientId?: string): WriteScope;
  /** Most items one bulk admin update may carry. */
  maxBulkItems: number;
  federation: {
    sdl: {
      /** `FEDERATION_SDL`: `public`, or `token` (a verified token or the router secret). */
      access: "public" | "token";
      /** What the request's `x-router-secret` header was: absent, or matching the configured secret or not. */
      routerSecret: "absent" | "matches" | "wrong";
    };
  };
  /**
   * Sends one admin write through `send`, auditing the attempt before and its outcome after (actor,
   * request ids and times are filled in). Resolves or rejects as `send` does.
   */
  auditedWrite<T>(
    entry: Pick<AuditRecord, "action" | "userPoolId" | "username" | "attributeNames">,
    send: () => Promise<T>,
  ): Promise<T>;
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
  poolContracts: PoolContracts;
  loaderOptions: LoaderOptions;
  auditSink: AuditSink;
  logger: Logger;
  maxBulkItems: number;
  federationSdl: "public" | "token";
}

/**
 * The caller the quota governor shares budgets between: a user's or a machine client's `sub` (a
 * client-credentials token's `sub` is its client id). Only verified principals reach Cognito.
 */
export function quotaCaller(principal: Principal): string | undefined {
  return principal.kind === "authenticated" ? principal.token.sub : undefined;
}

export function createContext(
  deps: ContextDependencies,
  request: {
    requestId: string;
    /** Default: `requestId`, when the gateway chose that one itself. */
    gatewayRequestId?: string;
    authorization: string | null;
    /** How the request's `x-router-secret` compared with the configured secret. Default absent. */
    routerSecret?: "absent" | "matches" | "wrong";
    requestSpan?: Span | undefined;
    callObserver?: CognitoCallObserver | undefined;
  },
): GatewayContext {
  const gatewayRequestId = request.gatewayRequestId ?? request.requestId;
  const observed: CognitoDeps = { ...deps.cognito, observer: request.callObserver };
  let resolved: Promise<Principal> | undefined;
  const principal = () => {
    resolved ??= resolvePrincipal(request.authorization, deps.accessTokenVerifier, deps.principalPolicy).then(
      // The confirmation's own calls share the quota as the verified caller: asking for the confirmed
      // principal there would wait on the confirmation itself.
      (verified) =>
        confirmedPrincipal(verified, deps.adminConfirmer, {
          ...observed,
          quotaCaller: async () => quotaCaller(verified),
        }),
    );
    return resolved;
  };
  const cognito: CognitoDeps = { ...observed, quotaCaller: async () => quotaCaller(await principal()) };
  const poolContract = (userPoolId: string): PoolContract => {
    const contract = deps.poolContracts.get(userPoolId);
    if (contract) return contract;
    if (deps.poolContracts.isMissing(userPoolId)) {
      throw new ResourceNotFoundError(
        `User pool ${userPoolId} does not exist (DescribeUserPool answered ResourceNotFoundException)`,
      );
    }
    throw new GraphQLError(
      `The schema of user pool ${userPoolId} has not been loaded from Cognito yet (DescribeUserPool), so no write to it can be checked; try again shortly`,
      { extensions: { code: "POOL_CONTRACT_UNAVAILABLE", retryable: true } },
    );
  };
  return {
    requestId: request.requestId,
    gatewayRequestId,
    requestSpan: request.requestSpan,
    principal,
    loaders: createLoaders(cognito, deps.loaderOptions),
    cognito,
    defaultUserPoolId: deps.defaultUserPoolId,
    allowedUserPoolIds: deps.allowedUserPoolIds,
    writePolicy: deps.writePolicy,
    poolContract,
    writeScope: (path, userPoolId, clientId) => ({
      path,
      policy: deps.writePolicy,
      contract: poolContract(userPoolId),
      clientId,
    }),
    maxBulkItems: deps.maxBulkItems,
    federation: {
      sdl: { access: deps.federationSdl, routerSecret: request.routerSecret ?? "absent" },
    },
    async auditedWrite(entry, send) {
      const actor = auditActor(await principal());
      const base = {
        action: entry.action,
        userPoolId: entry.userPoolId,
        username: entry.username,
        attributeNames: [...entry.attributeNames],
        attemptId: randomUUID(),
        requestId: request.requestId,
        gatewayRequestId,
      };
      const record = async (event: AuditRecord["event"], outcome?: AuditOutcome) => {
        if (!actor) return;
        try {
          await deps.auditSink.record({
            ...base,
            event,
            ...(outcome === undefined ? {} : { outcome }),
            actor,
            at: new Date().toISOString(),
          });
        } catch (error) {
          // Losing an audit record is logged, never turned into a failure of the write.
          deps.logger.error(
            {
              requestId: request.requestId,
              event,
              error: error instanceof Error ? error.name : "unknown",
            },
            "audit sink failed",
          );
        }
      };
      await record("attempt");
      try {
        const result = await send();
        await record("outcome", "ok");
        return result;
      } catch (error) {
        await record("outcome", auditOutcomeOf(error));
        throw error;
      }
    },
  };
}

function auditOutcomeOf(error: unknown): AuditOutcome {
  if (error instanceof CognitoServiceError) return error.code;
  if (error instanceof DeadlineExceededError) return "deadline";
  return "unknown";
}
