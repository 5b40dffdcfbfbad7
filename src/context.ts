import type { Span } from "@opentelemetry/api";
import { type AuditRecord, type AuditSink, auditActor } from "./audit.js";
import type { AccessTokenVerifier } from "./auth/access-token-verifier.js";
import { type Principal, type PrincipalPolicy, resolvePrincipal } from "./auth/principal.js";
import type { CognitoCallObserver } from "./cognito/call.js";
import { ResourceNotFoundError } from "./cognito/errors.js";
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
  /** Records a successful admin write (actor, request id and time are filled in). */
  audit(entry: Pick<AuditRecord, "action" | "userPoolId" | "username" | "attributeNames">): Promise<void>;
}

export interface ContextDependencies {
  cognito: CognitoDeps;
  accessTokenVerifier: AccessTokenVerifier;
  principalPolicy: PrincipalPolicy;
  defaultUserPoolId: string;
  allowedUserPoolIds: ReadonlySet<string>;
  writePolicy: WritePolicy;
  poolContracts: PoolContracts;
  loaderOptions: LoaderOptions;
  auditSink: AuditSink;
  logger: Logger;
  maxBulkItems: number;
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
    authorization: string | null;
    requestSpan?: Span | undefined;
    callObserver?: CognitoCallObserver | undefined;
  },
): GatewayContext {
  let resolved: Promise<Principal> | undefined;
  const principal = () => {
    resolved ??= resolvePrincipal(request.authorization, deps.accessTokenVerifier, deps.principalPolicy);
    return resolved;
  };
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
  const cognito: CognitoDeps = {
    ...deps.cognito,
    observer: request.callObserver,
    quotaCaller: async () => quotaCaller(await principal()),
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
    poolContract,
    writeScope: (path, userPoolId, clientId) => ({
      path,
      policy: deps.writePolicy,
      contract: poolContract(userPoolId),
      clientId,
    }),
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
