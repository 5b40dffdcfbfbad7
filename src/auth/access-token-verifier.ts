import { JwtVerifier } from "aws-jwt-verify";
import { validateCognitoJwtFields } from "aws-jwt-verify/cognito-verifier";
import type { Fetcher } from "aws-jwt-verify/https";
import { SimpleJwksCache } from "aws-jwt-verify/jwk";

/** The claims of a Cognito access token the gateway acts on, after the signature and claims check out. */
export interface VerifiedAccessToken {
  /** The raw token, forwarded to Cognito on the user path. Never logged. */
  raw: string;
  sub: string;
  /** Absent on machine (client-credentials) tokens. */
  username: string | undefined;
  clientId: string;
  groups: string[];
  scopes: string[];
}

export interface AccessTokenVerifier {
  /** Resolves with the claims, or rejects with an error whose message says what is wrong. */
  verify(token: string): Promise<VerifiedAccessToken>;
  /**
   * Loads the signing keys ahead of the first request. Rejects with {@link SigningKeysUnavailableError}
   * when they cannot be fetched; safe to call again.
   */
  loadSigningKeys(): Promise<void>;
  /** Where the keys are read from (for logs: it holds no secret). */
  readonly jwksUri: string;
}

export interface AccessTokenVerifierOptions {
  /** Expected `iss`, e.g. `https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC`. */
  issuer: string;
  /** App clients whose tokens are accepted (the `client_id` claim). */
  clientIds: string[];
  /** Where the signing keys are. Default `<issuer>/.well-known/jwks.json`, as Cognito serves them. */
  jwksUri?: string | undefined;
}

/**
 * The signing keys could not be fetched (network error, timeout, HTTP error): no token can be checked
 * right now, whatever the token. Distinct from a bad token, because the caller should retry, not sign
 * in again.
 */
export class SigningKeysUnavailableError extends Error {
  constructor(
    readonly jwksUri: string,
    cause: string,
  ) {
    super(`The signing keys at ${jwksUri} could not be fetched: ${cause}`);
    this.name = "SigningKeysUnavailableError";
  }
}

/**
 * aws-jwt-verify's default fetcher refuses http. Configuration only lets http through for loopback
 * (emulators and fakes), so fetch is enough here and keeps one code path for local and real Cognito.
 */
const jwksFetcher: Fetcher = {
  async fetch(uri) {
    let response: Response;
    try {
      response = await fetch(uri, { signal: AbortSignal.timeout(5_000) });
    } catch (error) {
      const cause =
        error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : "";
      throw new SigningKeysUnavailableError(uri, cause || "network error");
    }
    if (!response.ok) throw new SigningKeysUnavailableError(uri, `HTTP ${response.status}`);
    return response.arrayBuffer();
  },
};

/** A correctly signed token without `exp`: it would never expire, so the gateway refuses it. */
export class TokenWithoutExpiryError extends Error {
  constructor() {
    super("the token has no expiry (exp claim); Cognito access tokens always carry one");
    this.name = "TokenWithoutExpiryError";
  }
}

/** Most verified tokens remembered at once (about 1 KB each). */
const VERIFIED_TOKEN_CACHE_SIZE = 1_000;

/** `https://cognito-idp.<region>.amazonaws.com/<pool>`: the issuer of a real user pool's tokens. */
export function cognitoIssuer(region: string, userPoolId: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
}

/**
 * Verifies Cognito access tokens in the gateway: RS256 signature against the pool's JWKS (`alg: none`
 * and foreign keys fail), `iss`, `exp`/`nbf`, `token_use = access` and `client_id`. Cognito's
 * token-authorized APIs check little of this on an emulator, so the gateway never relies on them.
 */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const jwksUri = options.jwksUri ?? `${options.issuer}/.well-known/jwks.json`;
  const verifier = JwtVerifier.create(
    {
      issuer: options.issuer,
      jwksUri,
      // Access tokens carry client_id, not aud; the Cognito field check below covers it.
      audience: null,
      customJwtCheck: ({ payload }) =>
        validateCognitoJwtFields(payload, { tokenUse: "access", clientId: options.clientIds }),
    },
    { jwksCache: new SimpleJwksCache({ fetcher: jwksFetcher }) },
  );

  // Verified tokens, newest last, until they expire: a client sends the same token with every request,
  // and the RS256 check was the largest per-request cost after GraphQL itself (bench/RESULTS.md).
  const verified = new Map<string, { claims: VerifiedAccessToken; expiresAt: number }>();

  return {
    async verify(token) {
      const hit = verified.get(token);
      if (hit) {
        verified.delete(token);
        if (hit.expiresAt > Date.now()) {
          verified.set(token, hit);
          return hit.claims;
        }
      }
      const payload = await verifier.verify(token);
      // aws-jwt-verify checks exp only when present; a token without one would be good forever.
      if (typeof payload.exp !== "number") throw new TokenWithoutExpiryError();
      const groups = payload["cognito:groups"];
      const claims: VerifiedAccessToken = {
        raw: token,
        sub: String(payload.sub),
        username: typeof payload.username === "string" ? payload.username : undefined,
        clientId: String(payload.client_id),
        groups: Array.isArray(groups)
          ? groups.filter((group): group is string => typeof group === "string")
          : [],
        scopes: typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [],
      };
      // nbf was checked just now, so the token stays valid until exp.
      verified.set(token, { claims, expiresAt: payload.exp * 1000 });
      if (verified.size > VERIFIED_TOKEN_CACHE_SIZE) verified.delete(verified.keys().next().value as string);
      return claims;
    },
    loadSigningKeys: () => verifier.hydrate(),
    jwksUri,
  };
}
