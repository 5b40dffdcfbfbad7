import type { AccessTokenVerifier } from "./auth/access-token-verifier.js";
import { type Principal, type PrincipalPolicy, resolvePrincipal } from "./auth/principal.js";
import type { CognitoDeps } from "./cognito/types.js";
import { createLoaders, type LoaderOptions, type Loaders } from "./loaders.js";
import type { WritePolicy } from "./validation/attribute-writes.js";

/** Everything a resolver or permission rule may use, built fresh for each request. */
export interface GatewayContext {
  /** Echoed in `x-request-id`, in masked errors and in every log line of the request. */
  requestId: string;
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
}

export interface ContextDependencies {
  cognito: CognitoDeps;
  accessTokenVerifier: AccessTokenVerifier;
  principalPolicy: PrincipalPolicy;
  defaultUserPoolId: string;
  allowedUserPoolIds: ReadonlySet<string>;
  writePolicy: WritePolicy;
  loaderOptions: LoaderOptions;
}

export function createContext(
  deps: ContextDependencies,
  request: { requestId: string; authorization: string | null },
): GatewayContext {
  let principal: Promise<Principal> | undefined;
  return {
    requestId: request.requestId,
    principal: () => {
      principal ??= resolvePrincipal(request.authorization, deps.accessTokenVerifier, deps.principalPolicy);
      return principal;
    },
    loaders: createLoaders(deps.cognito, deps.loaderOptions),
    cognito: deps.cognito,
    defaultUserPoolId: deps.defaultUserPoolId,
    allowedUserPoolIds: deps.allowedUserPoolIds,
    writePolicy: deps.writePolicy,
  };
}
