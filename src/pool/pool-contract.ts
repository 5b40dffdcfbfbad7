import type { SchemaAttribute, UserPoolDescription } from "../cognito/describe-user-pool.js";
import type { UserPoolClientDescription } from "../cognito/describe-user-pool-client.js";
import { STANDARD_ATTRIBUTES } from "./standard-attributes.js";

/**
 * What one user pool allows, read from Cognito itself (DescribeUserPool, DescribeUserPoolClient):
 * the contract every write is checked against before it is sent.
 */
export interface PoolContract {
  userPoolId: string;
  /** Every attribute the pool has, keyed by its exact name (`custom:department`, `dev:custom:x`). */
  attributes: ReadonlyMap<string, SchemaAttribute>;
  /** Sign-in aliases and username attributes: changing one changes how the user signs in. */
  signInAttributes: ReadonlySet<string>;
  autoVerifiedAttributes: ReadonlySet<string>;
  attributesRequireVerificationBeforeUpdate: readonly string[] | undefined;
  /** The app clients the gateway accepts tokens from (COGNITO_CLIENT_IDS), default pool only. */
  clients: ReadonlyMap<string, AppClientPermissions>;
  /** When Cognito last confirmed this contract (ISO-8601). */
  loadedAt: string;
}

export interface AppClientPermissions {
  clientId: string;
  clientName: string | undefined;
  /** What the client's tokens may write on the user path: its `WriteAttributes`, or Cognito's default. */
  writable: ReadonlySet<string>;
  /** True when the client sets no `WriteAttributes` and Cognito's default applies. */
  defaultWriteAttributes: boolean;
}

/**
 * The standard attributes (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html). Without `WriteAttributes`, an app client may
 * write exactly these (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html): not `sub`, the verification flags, `identities` nor custom attributes.
 */
export const STANDARD_WRITABLE_ATTRIBUTES: readonly string[] = [
  "address",
  "birthdate",
  "email",
  "family_name",
  "gender",
  "given_name",
  "locale",
  "middle_name",
  "name",
  "nickname",
  "phone_number",
  "picture",
  "preferred_username",
  "profile",
  "updated_at",
  "website",
  "zoneinfo",
];

export function createPoolContract(
  pool: UserPoolDescription,
  clients: readonly UserPoolClientDescription[],
  loadedAt: Date,
): PoolContract {
  return {
    userPoolId: pool.userPoolId,
    // The pool's own entries first (its settings win), then any standard attribute it did not list.
    attributes: new Map(
      [
        ...pool.attributes,
        ...STANDARD_ATTRIBUTES.filter(
          (standard) => !pool.attributes.some((own) => own.name === standard.name),
        ),
      ].map((attribute) => [attribute.name, attribute]),
    ),
    signInAttributes: new Set([...pool.usernameAttributes, ...pool.aliasAttributes]),
    autoVerifiedAttributes: new Set(pool.autoVerifiedAttributes),
    attributesRequireVerificationBeforeUpdate: pool.attributesRequireVerificationBeforeUpdate,
    clients: new Map(
      clients.map((client) => [
        client.clientId,
        {
          clientId: client.clientId,
          clientName: client.clientName,
          writable: new Set(client.writeAttributes ?? STANDARD_WRITABLE_ATTRIBUTES),
          defaultWriteAttributes: client.writeAttributes === undefined,
        },
      ]),
    ),
    loadedAt: loadedAt.toISOString(),
  };
}

/** Edit distance, for suggesting the names the pool does have. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/**
 * Up to three of the pool's names closest to `name`: the pool's spelling of a prefix-less or
 * mis-cased custom name first, then the nearest by edit distance.
 */
export function nearestAttributeNames(contract: PoolContract, name: string, limit = 3): string[] {
  const names = [...contract.attributes.keys()];
  const bare = (candidate: string) => candidate.replace(/^(dev:)?custom:/, "").toLowerCase();
  const scored = names.map((candidate) => ({
    candidate,
    score: bare(candidate) === bare(name) ? -1 : distance(name.toLowerCase(), candidate.toLowerCase()),
  }));
  const cutoff = Math.max(3, Math.floor(name.length / 2));
  return scored
    .filter(({ score }) => score <= cutoff)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
