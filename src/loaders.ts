import DataLoader from "dataloader";
import pLimit, { type LimitFunction } from "p-limit";
import pMap from "p-map";
import { adminGetUser } from "./cognito/admin-get-user.js";
import { UserNotFoundError } from "./cognito/errors.js";
import { getUser } from "./cognito/get-user.js";
import { findUserBySub } from "./cognito/list-users.js";
import type { CognitoDeps, CognitoUser } from "./cognito/types.js";

export interface UserKey {
  userPoolId: string;
  /** Username, alias or sub: whatever AdminGetUser accepts. */
  username: string;
}

export interface SubKey {
  userPoolId: string;
  sub: string;
}

/** Per-request loaders: one request never reads the same user from Cognito twice. */
export interface Loaders {
  /** AdminGetUser. Resolves `null` when Cognito answers UserNotFoundException. */
  userByName: DataLoader<UserKey, CognitoUser | null, string>;
  /** Federation references: AdminGetUser by sub, then ListUsers. `null` when no user has that sub. */
  userBySub: DataLoader<SubKey, CognitoUser | null, string>;
  /** GetUser with the caller's own access token. */
  userByAccessToken: DataLoader<string, CognitoUser>;
  /** Drops cached reads after a write, so payloads show the user as Cognito holds it now. */
  forgetUsers(): void;
}

export interface LoaderOptions {
  /** Most Cognito reads in flight at once for one request, across all loaders. */
  maxConcurrentReads: number;
}

/**
 * Runs `task` for every item with at most `limit` in flight (p-map), keeping input order. Errors are
 * returned in place, the shape DataLoader's batch functions expect, so one failure stops no other item.
 */
export function mapBounded<Item, Result>(
  items: readonly Item[],
  limit: number,
  task: (item: Item) => Promise<Result>,
): Promise<(Result | Error)[]> {
  return pMap(
    items,
    async (item) => {
      try {
        return await task(item);
      } catch (error) {
        return asError(error);
      }
    },
    { concurrency: limit },
  );
}

/** DataLoader and the bulk results hold an Error in place of a failed item; a thrown non-Error becomes one. */
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

const nameKey = ({ userPoolId, username }: UserKey) => `${userPoolId}\u0000${username}`;
const subKey = ({ userPoolId, sub }: SubKey) => `${userPoolId}\u0000${sub}`;

async function adminGetUserOrNull(deps: CognitoDeps, key: UserKey): Promise<CognitoUser | null> {
  try {
    return await adminGetUser(deps, key);
  } catch (error) {
    if (error instanceof UserNotFoundError) return null;
    throw error;
  }
}

/** Runs every key's load at once (the gate bounds the calls), errors in place as DataLoader expects. */
function loadAll<Key, Value>(
  keys: readonly Key[],
  load: (key: Key) => Promise<Value>,
): Promise<(Value | Error)[]> {
  return Promise.all(keys.map((key) => load(key).catch(asError)));
}

/**
 * The request's loaders, each made on first use: most requests are one write that reads nothing
 * before it, and three DataLoaders with their gate cost more CPU than that write's own checks.
 */
export function createLoaders(deps: CognitoDeps, options: LoaderOptions): Loaders {
  let gate: LimitFunction | undefined;
  // Bounds the Cognito calls of one request, across all its loaders (p-limit). Only the calls
  // themselves hold a slot: a loader waiting for another loader holds none, so nested loads cannot
  // deadlock.
  const gated = <Value>(call: () => Promise<Value>): Promise<Value> =>
    (gate ??= pLimit(options.maxConcurrentReads))(call);
  let byName: Pick<Loaders, "userByName" | "userBySub"> | undefined;
  let byAccessToken: Loaders["userByAccessToken"] | undefined;
  // Each loader primes the other with what it read; the batch functions run after both exist.
  const nameAndSub = (): Pick<Loaders, "userByName" | "userBySub"> => {
    if (byName) return byName;
    const userBySub = new DataLoader<SubKey, CognitoUser | null, string>(
      (keys) =>
        loadAll(keys, async ({ userPoolId, sub }) => {
          // A local user's sub works as AdminGetUser's Username (consistent, and shares the by-name
          // cache); federated (IdP) users need ListUsers.
          const user =
            (await userByName.load({ userPoolId, username: sub })) ??
            (await gated(() => findUserBySub(deps, { userPoolId, sub })));
          if (user) userByName.prime({ userPoolId, username: user.username }, user);
          return user;
        }),
      { cacheKeyFn: subKey },
    );
    const userByName = new DataLoader<UserKey, CognitoUser | null, string>(
      (keys) =>
        loadAll(keys, async (key) => {
          const user = await gated(() => adminGetUserOrNull(deps, key));
          if (user) userBySub.prime({ userPoolId: key.userPoolId, sub: user.sub }, user);
          return user;
        }),
      { cacheKeyFn: nameKey },
    );
    byName = { userByName, userBySub };
    return byName;
  };
  return {
    get userByName() {
      return nameAndSub().userByName;
    },
    get userBySub() {
      return nameAndSub().userBySub;
    },
    get userByAccessToken() {
      byAccessToken ??= new DataLoader<string, CognitoUser>((tokens) =>
        loadAll(tokens, (accessToken) => gated(() => getUser(deps, { accessToken }))),
      );
      return byAccessToken;
    },
    forgetUsers() {
      byName?.userByName.clearAll();
      byName?.userBySub.clearAll();
      byAccessToken?.clearAll();
    },
  };
}
