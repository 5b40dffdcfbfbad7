import { randomUUID } from "node:crypto";
import {
  type CryptoKey,
  exportJWK,
  generateKeyPair,
  type JSONWebKeySet,
  type JWTPayload,
  SignJWT,
} from "jose";

/** The scope Cognito puts in tokens from API sign-in; the self-service operations require it. */
export const COGNITO_ADMIN_SCOPE = "aws.cognito.signin.user.admin";

/** Token lifetime when a test does not choose one: 1 hour, in seconds. */
const DEFAULT_LIFETIME_SECONDS = 3600;

/** Someone a token is minted for. `FakeUser` from fake-cognito.ts fits, so does a bare `{ sub, username }`. */
export interface TokenSubject {
  sub: string;
  username: string;
  /** Read only by `idToken`, which copies `email` and `email_verified` the way Cognito does. */
  attributes?: Record<string, string>;
}

/** Claims of a Cognito access token (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html). Times are Unix seconds. */
export interface AccessClaims {
  sub: string;
  "cognito:groups": string[];
  iss: string;
  client_id: string;
  origin_jti: string;
  event_id: string;
  token_use: string;
  scope: string;
  auth_time: number;
  exp: number;
  iat: number;
  nbf: number;
  jti: string;
  username: string;
  version: number;
}

/** Input to `TokenIssuer#accessToken`: claim overrides, or a whole `FakeUser` whose record fields are ignored. */
export type AccessTokenInput = Partial<AccessClaims> & {
  attributes?: unknown;
  enabled?: unknown;
  status?: unknown;
};

/** Options for `TokenIssuer.create`. */
export interface TokenIssuerOptions {
  /** Value of the `iss` claim, e.g. `FakeCognito#issuer` or `https://cognito-idp.<region>.amazonaws.com/<pool>`. */
  issuer: string;
  /** Key id in the JWT header and the JWKS. Default "test-key-1". */
  kid?: string;
  /** App client id put in `client_id` / `aud`. Default "testclient1". */
  clientId?: string;
}

/** Options for `TokenIssuer#machineToken`. */
export interface MachineTokenOptions {
  /** Space-separated custom scopes. Default "gateway/admin". */
  scope?: string;
  /** The M2M app client; it is also the `sub`. Default "machineclient1". */
  clientId?: string;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");

/**
 * Mints Cognito-shaped RS256 JWTs for tests, good and deliberately bad.
 *
 * Serve its `jwks` from a JWKS endpoint (`FakeCognito#useTokenIssuer`) so a verifier configured with the
 * same issuer accepts the good tokens. Every minting method returns a compact JWT string.
 */
export class TokenIssuer {
  /** The `iss` every token carries unless a test overrides it. */
  readonly issuer: string;
  /** Key id of the pool's signing key; the foreign key reuses it on purpose. */
  readonly kid: string;
  /** App client id for `client_id` (access tokens) and `aud` (ID tokens). */
  readonly defaultClientId: string;
  /** The public JWKS a verifier should trust: one RS256 signing key. */
  readonly jwks: JSONWebKeySet;

  /** Private keys only: the public half of the pool key lives in `jwks`, the foreign one is never published. */
  private readonly poolKey: CryptoKey;
  private readonly foreignKey: CryptoKey;

  private constructor(
    options: Required<TokenIssuerOptions>,
    poolKey: CryptoKey,
    foreignKey: CryptoKey,
    jwks: JSONWebKeySet,
  ) {
    this.issuer = options.issuer;
    this.kid = options.kid;
    this.defaultClientId = options.clientId;
    this.poolKey = poolKey;
    this.foreignKey = foreignKey;
    this.jwks = jwks;
  }

  /** Generates the pool key pair and a foreign key pair that shares its `kid`. */
  static async create(options: TokenIssuerOptions): Promise<TokenIssuer> {
    const resolved = { kid: "test-key-1", clientId: "testclient1", ...options };
    const [poolKey, foreignKey] = await Promise.all([generateKeyPair("RS256"), generateKeyPair("RS256")]);
    const publicJwk = await exportJWK(poolKey.publicKey);
    const jwks = { keys: [{ ...publicJwk, kid: resolved.kid, alg: "RS256", use: "sig" }] };
    return new TokenIssuer(resolved, poolKey.privateKey, foreignKey.privateKey, jwks);
  }

  /**
   * A valid Cognito access token. Any claim can be overridden (`exp`, `nbf`, `iat`, `iss`, `client_id`,
   * `scope`, `token_use`, ...). `sub` defaults to a random uuid and `username` to the `sub`, as in pools
   * that sign in by email. `cognito:groups` appears only when given. A whole `FakeUser` may be passed.
   */
  accessToken(input: AccessTokenInput = {}): Promise<string> {
    // A FakeUser's record fields are not claims; keep them out of the token.
    const { attributes: _attributes, enabled: _enabled, status: _status, ...claims } = input;
    return this.sign(this.accessClaims(claims), this.poolKey);
  }

  /** An access token for a member of the "admin" group. */
  adminAccessToken(user: TokenSubject): Promise<string> {
    return this.accessToken({ ...identity(user), "cognito:groups": ["admin"] });
  }

  /** An ID token (`token_use: "id"`, `aud` = client id), signed with the pool key so only `token_use` betrays it. */
  idToken(user: TokenSubject): Promise<string> {
    const iat = nowSeconds();
    const email = user.attributes?.email;
    const emailVerified = user.attributes?.email_verified;
    return this.sign(
      {
        sub: user.sub,
        aud: this.defaultClientId,
        iss: this.issuer,
        token_use: "id",
        "cognito:username": user.username,
        ...(email === undefined ? {} : { email }),
        ...(emailVerified === undefined ? {} : { email_verified: emailVerified === "true" }),
        origin_jti: randomUUID(),
        event_id: randomUUID(),
        auth_time: iat,
        iat,
        exp: iat + DEFAULT_LIFETIME_SECONDS,
        jti: randomUUID(),
      },
      this.poolKey,
    );
  }

  /** A client-credentials (M2M) access token: `sub` == `client_id`, custom scopes, no username, no groups. */
  machineToken(options: MachineTokenOptions = {}): Promise<string> {
    const clientId = options.clientId ?? "machineclient1";
    const { username: _username, ...claims } = this.accessClaims({
      sub: clientId,
      client_id: clientId,
      scope: options.scope ?? "gateway/admin",
    });
    return this.sign(claims, this.poolKey);
  }

  /** A correctly signed access token whose `exp` passed an hour ago. */
  expiredAccessToken(user: TokenSubject): Promise<string> {
    const iat = nowSeconds() - 2 * DEFAULT_LIFETIME_SECONDS;
    return this.accessToken({ ...identity(user), iat, auth_time: iat, exp: iat + DEFAULT_LIFETIME_SECONDS });
  }

  /** A correctly signed access token with `nbf` an hour in the future. */
  notYetValidAccessToken(user: TokenSubject): Promise<string> {
    return this.accessToken({ ...identity(user), nbf: nowSeconds() + DEFAULT_LIFETIME_SECONDS });
  }

  /** Signed by a key the pool never published, but carrying the pool's `kid`: only the signature check catches it. */
  foreignKeyAccessToken(user: TokenSubject): Promise<string> {
    return this.sign(this.accessClaims(identity(user)), this.foreignKey);
  }

  /**
   * An unsigned token (`alg: "none"`, empty signature). It keeps the pool's `kid` so a verifier that looks the
   * key up first still reaches, and must reject, the algorithm.
   */
  async algNoneAccessToken(user: TokenSubject): Promise<string> {
    const header = { alg: "none", kid: this.kid };
    return `${base64url(header)}.${base64url(this.accessClaims(identity(user)))}.`;
  }

  /** Signed with the pool key but issued by another user pool. */
  otherIssuerAccessToken(user: TokenSubject): Promise<string> {
    return this.accessToken({
      ...identity(user),
      iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_OtherPool",
    });
  }

  private accessClaims(overrides: Partial<AccessClaims>): JWTPayload {
    const sub = overrides.sub ?? randomUUID();
    const iat = overrides.iat ?? nowSeconds();
    return {
      sub,
      iss: this.issuer,
      client_id: this.defaultClientId,
      origin_jti: randomUUID(),
      event_id: randomUUID(),
      token_use: "access",
      scope: COGNITO_ADMIN_SCOPE,
      auth_time: iat,
      exp: iat + DEFAULT_LIFETIME_SECONDS,
      iat,
      jti: randomUUID(),
      username: sub,
      version: 2,
      ...overrides,
    };
  }

  private sign(payload: JWTPayload, privateKey: CryptoKey): Promise<string> {
    return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: this.kid }).sign(privateKey);
  }
}

/** Only the identity claims, so passing a whole `FakeUser` never leaks its attributes into the token. */
const identity = (user: TokenSubject): Pick<AccessClaims, "sub" | "username"> => ({
  sub: user.sub,
  username: user.username,
});
