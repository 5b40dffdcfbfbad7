import { createRequire } from "node:module";
import {
  type CryptoKey,
  decodeJwt,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  SignJWT,
} from "jose";

/** The `kid` cognito-local puts in every token it issues, and serves in its JWKS. */
export const COGNITO_LOCAL_KID = "CognitoLocal";

const require = createRequire(import.meta.url);

let publishedKey: Promise<CryptoKey | Uint8Array> | undefined;

/**
 * cognito-local's signing key. It ships inside the package, so anyone can sign with it: that is why the
 * embedded default binds to loopback. Tests use it to mint tokens the emulator itself would not issue.
 */
function cognitoLocalKey(): Promise<CryptoKey | Uint8Array> {
  publishedKey ??= (async () => {
    const { jwk } = require("cognito-local/lib/keys/cognitoLocal.private.json") as { jwk: JWK };
    return importJWK(jwk, "RS256");
  })();
  return publishedKey;
}

function sign(payload: JWTPayload, key: CryptoKey | Uint8Array): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: COGNITO_LOCAL_KID }).sign(key);
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * The claims of `token` (a real one from `embedded.signIn`), re-signed with the emulator's own key, but
 * issued two hours ago and expired for one: only `exp` makes it invalid.
 */
export async function expiredCopyOf(token: string): Promise<string> {
  const issuedAt = nowSeconds() - 7200;
  return sign(
    { ...decodeJwt(token), iat: issuedAt, auth_time: issuedAt, exp: issuedAt + 3600 },
    await cognitoLocalKey(),
  );
}

/** The claims of `token`, re-signed with the emulator's own key and nothing changed: a control for `expiredCopyOf`. */
export async function resignedCopyOf(token: string): Promise<string> {
  return sign(decodeJwt(token), await cognitoLocalKey());
}

/**
 * The claims of `token`, signed by a freshly generated key that carries the emulator's `kid`, so the
 * verifier finds a key to check against and only the signature check can reject it.
 */
export async function foreignKeyCopyOf(token: string): Promise<string> {
  const { privateKey } = await generateKeyPair("RS256");
  return sign(decodeJwt(token), privateKey);
}
