import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import {
  allWritingClient,
  DEFAULT_FAKE_SCHEMA,
  type WireAppClient,
  type WireSchemaAttribute,
} from "./fake-pool-schema.js";
import { COGNITO_ADMIN_SCOPE, TokenIssuer } from "./tokens.js";

const TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
const JSON_CONTENT_TYPE = "application/x-amz-json-1.1";

/** One operation call as the fake received it. Header names are lower-case, as node:http gives them. */
export interface RecordedRequest {
  /** Operation name from `X-Amz-Target`, e.g. "AdminGetUser". */
  operation: string;
  /** The parsed JSON request body (PascalCase members, e.g. `UserPoolId`). */
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  /** When the fake received it, epoch milliseconds (`Date.now()`), for asserting on request rates. */
  receivedAt: number;
}

/** A successful response body. */
export type ReplyBody = Record<string, unknown>;

/** A fixed response body, or a function of the request that computes one (throw `FakeCognitoException` to fail). */
export type Reply = ReplyBody | ((request: RecordedRequest) => ReplyBody | Promise<ReplyBody>);

/**
 * What the fake does with one request. Any step may wait `delayMs` milliseconds first; that replaces the
 * operation's persistent `delay`.
 * - `reply`: 200 with the body.
 * - `fail`: a Cognito exception, `{"__type","message"}`; status defaults to 400, or 500 for InternalErrorException.
 * - `raw`: any status and body, e.g. a non-JSON 502 from a load balancer.
 * - `drop`: destroy the socket without answering.
 * - `hang`: never answer; `close()` still ends the connection.
 * - `default`: answer as the in-memory pool does (useful with `delayMs` for a slow but correct answer).
 */
export type Step = (
  | { kind: "reply"; body: Reply }
  | { kind: "fail"; type: string; message: string; status?: number }
  | { kind: "raw"; status: number; body: string; contentType?: string }
  | { kind: "drop" }
  | { kind: "hang" }
  | { kind: "default" }
) & { delayMs?: number };

/**
 * Cognito's request-rate categories (https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html) for the operations the fake knows. Each is one
 * account-wide budget: every operation in it draws from the same bucket.
 */
export const COGNITO_QUOTA_CATEGORIES = {
  UserUpdate: [
    "AdminUpdateUserAttributes",
    "UpdateUserAttributes",
    "AdminDeleteUserAttributes",
    "DeleteUserAttributes",
    "VerifyUserAttribute",
  ],
  UserRead: ["AdminGetUser", "GetUser"],
  UserResourceRead: ["GetUserAttributeVerificationCode"],
  UserList: ["ListUsers"],
} as const satisfies Record<string, readonly string[]>;

export type CognitoQuotaCategory = keyof typeof COGNITO_QUOTA_CATEGORIES;

/** A token bucket for `FakeCognito#throttle`. */
export interface ThrottleOptions {
  /** Tokens added per second (the quota, e.g. 25 for UserUpdate). */
  ratePerSecond: number;
  /** Bucket capacity: how many requests may arrive at once after a quiet spell. Default 1. */
  burst?: number;
  /**
   * One bucket per key instead of one for the whole category, e.g. the user a write touches for
   * Cognito's 10 writes per second per user: `per: (request) => String(request.body.Username)`.
   */
  per?: (request: RecordedRequest) => string;
}

/** A token bucket that starts full; `hasToken` first adds what the elapsed time refilled. */
class TokenBucket {
  private tokens: number;
  private refilledAt = performance.now();

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
  ) {
    this.tokens = capacity;
  }

  hasToken(): boolean {
    const now = performance.now();
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.refilledAt) / 1000) * this.ratePerSecond,
    );
    this.refilledAt = now;
    return this.tokens >= 1;
  }

  take(): void {
    this.tokens -= 1;
  }
}

interface Throttle {
  operations: ReadonlySet<string>;
  options: ThrottleOptions;
  buckets: Map<string, TokenBucket>;
}

/** A user in the fake's in-memory pool. */
export interface FakeUser {
  username: string;
  sub: string;
  /** Attribute name → value, all strings as Cognito stores them (`email_verified: "true"`). */
  attributes: Record<string, string>;
  /** Default true. */
  enabled?: boolean;
  /** Cognito `UserStatus`. Default "CONFIRMED". */
  status?: string;
  /** Names of the pool groups the user belongs to (AdminListGroupsForUser). Default none. */
  groups?: string[];
}

/** Options for `FakeCognito.start`. */
export interface FakeCognitoOptions {
  /** The only pool id the fake knows. Default "us-east-1_FakePool1". */
  userPoolId?: string;
  /** Region to configure clients with; the fake itself ignores it. Default "us-east-1". */
  region?: string;
}

/** A Cognito exception the fake answers with. Throw it from a `reply` function to fail conditionally. */
export class FakeCognitoException extends Error {
  /** The `__type`, e.g. "UserNotFoundException". */
  readonly type: string;
  /** HTTP status; 400, or 500 for InternalErrorException, as Cognito answers. */
  readonly status: number;

  constructor(type: string, message: string, status = defaultStatus(type)) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
  }
}

let userCounter = 0;

/** Builds a unique user: random uuid `sub`, username `user-<n>`, and `sub`/`email`/`email_verified` attributes. */
export function aUser(overrides: Partial<FakeUser> = {}): FakeUser {
  userCounter += 1;
  const username = overrides.username ?? `user-${userCounter}`;
  const sub = overrides.sub ?? randomUUID();
  return {
    ...overrides,
    username,
    sub,
    attributes: { sub, email: `${username}@example.com`, email_verified: "true", ...overrides.attributes },
  };
}

interface StoredUser extends Required<FakeUser> {
  /** Epoch seconds, fractional like the real service. */
  createdAt: number;
  modifiedAt: number;
  /** Epoch seconds of the last GlobalSignOut/AdminUserGlobalSignOut: tokens issued until then are revoked. */
  signedOutAt: number | undefined;
}

interface AttributeInput {
  Name: string;
  Value?: string;
}

type OperationHandler = (body: Record<string, unknown>) => ReplyBody;

/**
 * A real HTTP server speaking Cognito's AWS JSON 1.1 protocol, for pointing the AWS SDK (`endpoint`) at.
 *
 * Each request is answered by, in order: a `throttle` bucket that is empty, the next one-shot step
 * queued with `once`, the first matching `when` rule, the persistent `reply`/`fail` script, or the
 * default behaviour backed by the in-memory users (`addUser`). It can also serve a `TokenIssuer`'s
 * JWKS at `<endpoint>/<userPoolId>/.well-known/jwks.json`.
 */
export class FakeCognito {
  /** Every operation request received since the last `reset`/`clearRequests`, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** The pool id the default behaviour accepts; any other is a ResourceNotFoundException. */
  readonly userPoolId: string;
  readonly region: string;
  /** Operation requests being handled right now (JWKS fetches are not counted). */
  inFlight = 0;
  /** The highest `inFlight` seen since start or the last `reset`. */
  maxInFlight = 0;
  /** JWKS fetches since start or the last `reset`. */
  jwksRequests = 0;
  /** Requests answered with TooManyRequestsException by a `throttle` bucket since start or the last `reset`. */
  throttled = 0;

  private readonly server: Server;
  private port = 0;
  /** Operation responses not yet closed, so `close()` can wait until `inFlight` has settled. */
  private readonly open = new Set<ServerResponse>();
  private readonly users = new Map<string, StoredUser>();
  /** Usernames match in any case, as in a pool created with `CaseSensitive: false` (until `reset`). */
  caseInsensitiveUsernames = false;
  private readonly queued = new Map<string, Step[]>();
  private readonly scripts = new Map<string, Step>();
  private readonly delays = new Map<string, number>();
  private readonly conditional = new Map<
    string,
    { matches: (request: RecordedRequest) => boolean; step: Step }[]
  >();
  private readonly throttles: Throttle[] = [];
  /** `origin_jti`s (or `jti`s) of revoked tokens (`revokeToken`); GetUser and friends refuse them. */
  private readonly revokedTokenIds = new Set<string>();
  private tokenIssuer: TokenIssuer | undefined;
  /**
   * What DescribeUserPool answers as `SchemaAttributes` (until `reset`). Tests change it to make the
   * pool declare other attributes or constraints, then start a gateway to load it.
   */
  schemaAttributes: WireSchemaAttribute[] = [...DEFAULT_FAKE_SCHEMA];
  /** Extra `UserPool` members DescribeUserPool answers with, e.g. `AliasAttributes` (until `reset`). */
  poolSettings: Record<string, unknown> = {};
  /**
   * App clients DescribeUserPoolClient knows, by client id (until `reset`). A client id not listed
   * here gets `defaultAppClient`: tokens of any client the test mints can write what it needs.
   */
  readonly appClients = new Map<string, WireAppClient>();
  defaultAppClient: WireAppClient = allWritingClient();

  private constructor(options: FakeCognitoOptions) {
    this.userPoolId = options.userPoolId ?? "us-east-1_FakePool1";
    this.region = options.region ?? "us-east-1";
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        // A bug in the fake itself: answer loudly rather than leave the client waiting.
        if (!res.headersSent)
          sendError(res, new FakeCognitoException("InternalErrorException", String(error)));
      });
    });
  }

  /** Starts a fake on 127.0.0.1 on a free port. */
  static async start(options: FakeCognitoOptions = {}): Promise<FakeCognito> {
    const fake = new FakeCognito(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once("error", reject);
      fake.server.listen(0, "127.0.0.1", resolve);
    });
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** Starts a fake together with a `TokenIssuer` for `fake.issuer` whose JWKS the fake serves. */
  static async startWithIssuer(
    options: FakeCognitoOptions = {},
  ): Promise<{ fake: FakeCognito; tokens: TokenIssuer }> {
    const fake = await FakeCognito.start(options);
    try {
      const tokens = await TokenIssuer.create({ issuer: fake.issuer });
      fake.useTokenIssuer(tokens);
      return { fake, tokens };
    } catch (error) {
      await fake.close();
      throw error;
    }
  }

  /** Base URL for the SDK's `endpoint`, e.g. "http://127.0.0.1:41234". */
  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * The token issuer a verifier should expect: `<endpoint>/<userPoolId>`, the same shape as Cognito's
   * `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so `<issuer>/.well-known/jwks.json` resolves here.
   */
  get issuer(): string {
    return `${this.endpoint}/${this.userPoolId}`;
  }

  /** Serves `issuer.jwks` at `<issuer>/.well-known/jwks.json`. */
  useTokenIssuer(issuer: TokenIssuer): void {
    this.tokenIssuer = issuer;
  }

  /** Adds (or replaces, by username) a user in the in-memory pool; returns it for chaining into token minting. */
  addUser(user: FakeUser): FakeUser {
    const now = Date.now() / 1000;
    this.users.set(user.username, {
      username: user.username,
      sub: user.sub,
      // `sub` is immutable in Cognito, so the attribute always mirrors the field.
      attributes: { ...user.attributes, sub: user.sub },
      enabled: user.enabled ?? true,
      status: user.status ?? "CONFIRMED",
      groups: [...(user.groups ?? [])],
      createdAt: now,
      modifiedAt: now,
      signedOutAt: undefined,
    });
    return user;
  }

  /**
   * The user a request acts on: the one its `Username` names (username, sub or email), or the owner of
   * its `AccessToken`. For keying throttles by user, as Cognito's 10 writes per second per user are.
   */
  userOf(request: RecordedRequest): FakeUser | undefined {
    const { Username, AccessToken } = request.body;
    if (typeof Username === "string") return this.findUser(Username);
    if (typeof AccessToken !== "string") return undefined;
    const claims = decodeJwtPayload(AccessToken);
    const key = claims?.username ?? claims?.sub;
    return typeof key === "string" ? this.findUser(key) : undefined;
  }

  /** A snapshot of a stored user, looked up by username, `sub` or email; for asserting on state after updates. */
  findUser(usernameSubOrEmail: string): FakeUser | undefined {
    const user = this.lookup(usernameSubOrEmail);
    if (user === undefined) return undefined;
    const { username, sub, attributes, enabled, status, groups } = user;
    return { username, sub, attributes: { ...attributes }, enabled, status, groups: [...groups] };
  }

  /** Removes a user from the pool, as AdminDeleteUser does: their tokens stop working on Cognito. */
  deleteUser(username: string): void {
    this.users.delete(username);
  }

  /** Revokes one access token, as RevokeToken does for the tokens of a refresh token (by `origin_jti`). */
  revokeToken(accessToken: string): void {
    const claims = decodeJwtPayload(accessToken);
    const id = claims?.origin_jti ?? claims?.jti;
    if (typeof id === "string") this.revokedTokenIds.add(id);
  }

  /** Answers every later `operation` request with 200 and `body` (until `reset`). */
  reply(operation: string, body: Reply): void {
    this.scripts.set(operation, { kind: "reply", body });
  }

  /** Answers every later `operation` request with the exception `exceptionName` (until `reset`). */
  fail(operation: string, exceptionName: string, message: string, opts: { status?: number } = {}): void {
    this.scripts.set(operation, { kind: "fail", type: exceptionName, message, ...opts });
  }

  /** Queues a one-shot step for `operation`; queued steps are used first, in FIFO order. */
  once(operation: string, step: Step): void {
    const queue = this.queued.get(operation) ?? [];
    queue.push(step);
    this.queued.set(operation, queue);
  }

  /**
   * Answers every later `operation` request that `matches` with `step` (until `reset`), after any
   * queued `once` steps and before the persistent `reply`/`fail` script. The first matching rule wins.
   * For faults that hit one caller while others are served normally.
   */
  when(operation: string, matches: (request: RecordedRequest) => boolean, step: Step): void {
    const rules = this.conditional.get(operation) ?? [];
    rules.push({ matches, step });
    this.conditional.set(operation, rules);
  }

  /**
   * Throttles like Cognito (until `reset`): the operations of `target` (a quota category or a list of
   * operation names) share a token bucket of `burst` tokens refilled at `ratePerSecond`. A request
   * that finds it empty is recorded, then answered 400 TooManyRequestsException "Rate exceeded" at
   * once (no step, script or delay applies) and counted in `throttled`. A request must find a token in
   * every bucket that applies to it, and takes one from each only then.
   */
  throttle(target: CognitoQuotaCategory | readonly string[], options: ThrottleOptions): void {
    const operations: readonly string[] =
      typeof target === "string" ? COGNITO_QUOTA_CATEGORIES[target] : target;
    if (!(options.ratePerSecond > 0) || !((options.burst ?? 1) >= 1)) {
      throw new Error("FakeCognito.throttle: ratePerSecond must be > 0 and burst >= 1");
    }
    this.throttles.push({ operations: new Set(operations), options, buckets: new Map() });
  }

  /** Waits `ms` milliseconds before answering each later `operation` request (until `reset`). */
  delay(operation: string, ms: number): void {
    this.delays.set(operation, ms);
  }

  /** The recorded requests for one operation. */
  requestsFor(operation: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operation === operation);
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /**
   * Forgets scripts, queued steps, conditional steps, delays, throttles, recorded requests, counters,
   * `caseInsensitiveUsernames` and changes to the pool's schema and app clients. Users and the token
   * issuer stay.
   */
  reset(): void {
    this.caseInsensitiveUsernames = false;
    this.schemaAttributes = [...DEFAULT_FAKE_SCHEMA];
    this.poolSettings = {};
    this.appClients.clear();
    this.defaultAppClient = allWritingClient();
    this.queued.clear();
    this.scripts.clear();
    this.conditional.clear();
    this.delays.clear();
    this.throttles.length = 0;
    this.clearRequests();
    this.jwksRequests = 0;
    this.throttled = 0;
    this.maxInFlight = this.inFlight;
  }

  /** Stops listening and destroys every open connection, hung ones included, so it never waits on a client. */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
    this.server.closeAllConnections();
    await Promise.all([closed, ...[...this.open].map((res) => once(res, "close"))]);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === "GET" && req.url === `/${this.userPoolId}/.well-known/jwks.json`) {
      this.jwksRequests += 1;
      if (this.tokenIssuer === undefined)
        return sendJson(res, 404, { message: "No TokenIssuer in use" }, "application/json");
      return sendJson(res, 200, this.tokenIssuer.jwks, "application/json");
    }
    if (req.method === "POST" && req.url === "/") return this.handleOperation(req, res);
    sendJson(res, 404, { message: `FakeCognito: no route for ${req.method} ${req.url}` }, "application/json");
  }

  private async handleOperation(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    // "close" fires once whether we answered, dropped, or the client or `close()` gave up, so the count
    // stays right and delays stop early.
    const gone = new AbortController();
    this.open.add(res);
    res.once("close", () => {
      this.open.delete(res);
      this.inFlight -= 1;
      gone.abort();
    });

    const target = req.headers["x-amz-target"];
    if (typeof target !== "string" || !target.startsWith(TARGET_PREFIX)) {
      return sendError(
        res,
        new FakeCognitoException("UnknownOperationException", `Bad X-Amz-Target: ${target}`),
      );
    }
    const body = parseBody(await readBody(req));
    if (body === undefined) {
      return sendError(
        res,
        new FakeCognitoException("SerializationException", "Request body is not a JSON object"),
      );
    }
    const request: RecordedRequest = {
      operation: target.slice(TARGET_PREFIX.length),
      body,
      headers: { ...req.headers },
      receivedAt: Date.now(),
    };
    this.requests.push(request);

    if (this.isThrottled(request)) {
      this.throttled += 1;
      return sendError(res, new FakeCognitoException("TooManyRequestsException", "Rate exceeded"));
    }

    const step = this.nextStep(request);
    const delayMs = step.delayMs ?? this.delays.get(request.operation) ?? 0;
    if (delayMs > 0) {
      const waited = await sleep(delayMs, true, { signal: gone.signal }).catch(() => false);
      if (!waited) return;
    }
    await this.perform(step, request, res);
  }

  private nextStep(request: RecordedRequest): Step {
    const operation = request.operation;
    const queued = this.queued.get(operation)?.shift();
    if (queued !== undefined) return queued;
    const rule = this.conditional.get(operation)?.find((candidate) => candidate.matches(request));
    if (rule !== undefined) return rule.step;
    return this.scripts.get(operation) ?? { kind: "default" };
  }

  /** Whether a `throttle` bucket refuses the request; takes a token from each applicable bucket when not. */
  private isThrottled(request: RecordedRequest): boolean {
    const buckets = this.throttles
      .filter((throttle) => throttle.operations.has(request.operation))
      .map((throttle) => {
        const key = throttle.options.per?.(request) ?? "";
        let bucket = throttle.buckets.get(key);
        if (bucket === undefined) {
          bucket = new TokenBucket(throttle.options.ratePerSecond, throttle.options.burst ?? 1);
          throttle.buckets.set(key, bucket);
        }
        return bucket;
      });
    if (!buckets.every((bucket) => bucket.hasToken())) return true;
    for (const bucket of buckets) bucket.take();
    return false;
  }

  private async perform(step: Step, request: RecordedRequest, res: ServerResponse): Promise<void> {
    switch (step.kind) {
      case "default":
        return this.perform(
          { kind: "reply", body: (recorded) => this.answerByDefault(recorded) },
          request,
          res,
        );
      case "reply":
        try {
          const body = typeof step.body === "function" ? await step.body(request) : step.body;
          return sendJson(res, 200, body, JSON_CONTENT_TYPE);
        } catch (error) {
          if (error instanceof FakeCognitoException) return sendError(res, error);
          // A throwing reply function is a test bug; make it visible instead of masking it as a timeout.
          const message = `FakeCognito: reply for ${request.operation} threw: ${String(error)}`;
          return sendError(res, new FakeCognitoException("InternalErrorException", message));
        }
      case "fail":
        return sendError(res, new FakeCognitoException(step.type, step.message, step.status));
      case "raw":
        return send(res, step.status, step.body, step.contentType ?? "text/plain");
      case "drop":
        res.socket?.destroy();
        return;
      case "hang":
        return;
    }
  }

  private answerByDefault(request: RecordedRequest): ReplyBody {
    const handler = this.defaultHandlers[request.operation];
    if (handler === undefined) {
      throw new FakeCognitoException(
        "InvalidParameterException",
        `FakeCognito: no script for ${request.operation}`,
      );
    }
    return handler(request.body);
  }

  /** The default behaviour, one handler per operation, over the in-memory users. */
  private readonly defaultHandlers: Record<string, OperationHandler> = {
    AdminGetUser: (body) => {
      this.requirePool(body);
      const user = this.requireUser(stringParam(body, "Username"));
      return {
        Username: user.username,
        UserAttributes: toAttributeList(user.attributes),
        Enabled: user.enabled,
        UserStatus: user.status,
        UserCreateDate: user.createdAt,
        UserLastModifiedDate: user.modifiedAt,
      };
    },
    GetUser: (body) => {
      const user = this.userForToken(body);
      return { Username: user.username, UserAttributes: toAttributeList(user.attributes) };
    },
    AdminListGroupsForUser: (body) => {
      this.requirePool(body);
      const user = this.requireUser(stringParam(body, "Username"));
      return { Groups: user.groups.map((GroupName) => ({ GroupName, UserPoolId: this.userPoolId })) };
    },
    AdminAddUserToGroup: (body) => {
      this.requirePool(body);
      const user = this.requireUser(stringParam(body, "Username"));
      const group = stringParam(body, "GroupName");
      if (!user.groups.includes(group)) user.groups.push(group);
      return {};
    },
    AdminRemoveUserFromGroup: (body) => {
      this.requirePool(body);
      const user = this.requireUser(stringParam(body, "Username"));
      user.groups = user.groups.filter((group) => group !== stringParam(body, "GroupName"));
      return {};
    },
    AdminDisableUser: (body) => {
      this.requirePool(body);
      this.requireUser(stringParam(body, "Username")).enabled = false;
      return {};
    },
    AdminUserGlobalSignOut: (body) => {
      this.requirePool(body);
      this.requireUser(stringParam(body, "Username")).signedOutAt = Date.now() / 1000;
      return {};
    },
    GlobalSignOut: (body) => {
      this.userForToken(body).signedOutAt = Date.now() / 1000;
      return {};
    },
    AdminUpdateUserAttributes: (body) => {
      this.requirePool(body);
      const user = this.requireUser(stringParam(body, "Username"));
      applyAttributes(user, attributesParam(body));
      return {};
    },
    UpdateUserAttributes: (body) => {
      const user = this.userForToken(body);
      const updates = attributesParam(body);
      const newEmail = updates.find((attribute) => attribute.Name === "email")?.Value;
      const emailChanged = newEmail !== undefined && newEmail !== "" && newEmail !== user.attributes.email;
      applyAttributes(user, updates);
      return {
        CodeDeliveryDetailsList: emailChanged
          ? [{ AttributeName: "email", DeliveryMedium: "EMAIL", Destination: "a***@e***" }]
          : [],
      };
    },
    DescribeUserPool: (body) => {
      this.requirePool(body);
      return {
        UserPool: {
          Id: this.userPoolId,
          Name: "fake-pool",
          SchemaAttributes: this.schemaAttributes,
          AutoVerifiedAttributes: ["email"],
          UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: [] },
          ...this.poolSettings,
        },
      };
    },
    DescribeUserPoolClient: (body) => {
      this.requirePool(body);
      const clientId = stringParam(body, "ClientId");
      const client = this.appClients.get(clientId) ?? this.defaultAppClient;
      return { UserPoolClient: { UserPoolId: this.userPoolId, ClientId: clientId, ...client } };
    },
    AdminDeleteUserAttributes: (body) => {
      this.requirePool(body);
      const user = this.requireUser(stringParam(body, "Username"));
      applyAttributes(
        user,
        attributeNamesParam(body).map((Name) => ({ Name, Value: "" })),
      );
      return {};
    },
    DeleteUserAttributes: (body) => {
      const user = this.userForToken(body);
      applyAttributes(
        user,
        attributeNamesParam(body).map((Name) => ({ Name, Value: "" })),
      );
      return {};
    },
    ListUsers: (body) => {
      this.requirePool(body);
      const matches = userFilter(body.Filter);
      const limit = typeof body.Limit === "number" ? body.Limit : undefined;
      const users = [...this.users.values()].filter(matches).slice(0, limit);
      return {
        Users: users.map((user) => ({
          Username: user.username,
          Attributes: toAttributeList(user.attributes),
          Enabled: user.enabled,
          UserStatus: user.status,
          UserCreateDate: user.createdAt,
          UserLastModifiedDate: user.modifiedAt,
        })),
      };
    },
  };

  private requirePool(body: Record<string, unknown>): void {
    const poolId = stringParam(body, "UserPoolId");
    if (poolId !== this.userPoolId) {
      throw new FakeCognitoException("ResourceNotFoundException", `User pool ${poolId} does not exist.`);
    }
  }

  private lookup(key: string): StoredUser | undefined {
    const users = [...this.users.values()];
    return (
      this.users.get(key) ??
      (this.caseInsensitiveUsernames
        ? users.find((user) => user.username.toLowerCase() === key.toLowerCase())
        : undefined) ??
      users.find((user) => user.sub === key) ??
      users.find((user) => user.attributes.email === key)
    );
  }

  private requireUser(key: string): StoredUser {
    const user = this.lookup(key);
    if (user === undefined) throw new FakeCognitoException("UserNotFoundException", "User does not exist.");
    return user;
  }

  /** Reads the token without verifying it (the gateway's job), but checks the scope as Cognito does (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html). */
  private userForToken(body: Record<string, unknown>): StoredUser {
    const claims = decodeJwtPayload(stringParam(body, "AccessToken"));
    if (claims === undefined)
      throw new FakeCognitoException("NotAuthorizedException", "Invalid Access Token");
    const scopes = typeof claims.scope === "string" ? claims.scope.split(" ") : [];
    if (!scopes.includes(COGNITO_ADMIN_SCOPE)) {
      throw new FakeCognitoException("NotAuthorizedException", "Access Token does not have required scopes");
    }
    const key = typeof claims.username === "string" ? claims.username : claims.sub;
    const user = this.requireUser(typeof key === "string" ? key : "");
    // Cognito's own answers for a token that was signed out, revoked or belongs to a disabled user.
    const tokenId = claims.origin_jti ?? claims.jti;
    const issuedAt = typeof claims.iat === "number" ? claims.iat : 0;
    const signedOut = user.signedOutAt !== undefined && issuedAt <= user.signedOutAt;
    if (signedOut || (typeof tokenId === "string" && this.revokedTokenIds.has(tokenId))) {
      throw new FakeCognitoException("NotAuthorizedException", "Access Token has been revoked");
    }
    if (!user.enabled) throw new FakeCognitoException("NotAuthorizedException", "User is disabled.");
    return user;
  }
}

function defaultStatus(type: string): number {
  return type === "InternalErrorException" ? 500 : 400;
}

function send(res: ServerResponse, status: number, body: string, contentType: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(body),
    "x-amzn-requestid": randomUUID(),
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown, contentType: string): void {
  send(res, status, JSON.stringify(body), contentType);
}

function sendError(res: ServerResponse, error: FakeCognitoException): void {
  sendJson(res, error.status, { __type: error.type, message: error.message }, JSON_CONTENT_TYPE);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseBody(text: string): Record<string, unknown> | undefined {
  if (text === "") return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined) return undefined;
  return parseBody(Buffer.from(payload, "base64url").toString("utf8"));
}

function stringParam(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== "string") {
    throw new FakeCognitoException("InvalidParameterException", `Missing required parameter ${name}`);
  }
  return value;
}

function attributesParam(body: Record<string, unknown>): AttributeInput[] {
  const value = body.UserAttributes;
  const valid =
    Array.isArray(value) && value.every((item) => isObject(item) && typeof item.Name === "string");
  if (!valid)
    throw new FakeCognitoException("InvalidParameterException", "Missing required parameter UserAttributes");
  return value as AttributeInput[];
}

function attributeNamesParam(body: Record<string, unknown>): string[] {
  const value = body.UserAttributeNames;
  if (!Array.isArray(value) || !value.every((name) => typeof name === "string")) {
    throw new FakeCognitoException(
      "InvalidParameterException",
      "Missing required parameter UserAttributeNames",
    );
  }
  return value as string[];
}

/** An empty or missing value deletes the attribute, as in Cognito (UpdateUserAttributes in the API Reference). */
function applyAttributes(user: StoredUser, updates: AttributeInput[]): void {
  for (const { Name, Value } of updates) {
    if (Value === undefined || Value === "") delete user.attributes[Name];
    else user.attributes[Name] = Value;
  }
  user.modifiedAt = Date.now() / 1000;
}

function toAttributeList(attributes: Record<string, string>): { Name: string; Value: string }[] {
  return Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
}

const FILTER_PATTERN = /^\s*(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/;

/** Supports the exact-match filters a gateway uses: `sub = "..."`, `email = "..."`, `username = "..."`. */
function userFilter(filter: unknown): (user: StoredUser) => boolean {
  if (filter === undefined || filter === "") return () => true;
  const match = typeof filter === "string" ? FILTER_PATTERN.exec(filter) : null;
  const [, name, quoted] = match ?? [];
  if (name === undefined || quoted === undefined || !["sub", "email", "username"].includes(name)) {
    throw new FakeCognitoException(
      "InvalidParameterException",
      `FakeCognito: unsupported filter ${String(filter)}`,
    );
  }
  const value = quoted.replace(/\\(.)/g, "$1");
  return (user) => (name === "username" ? user.username : user.attributes[name]) === value;
}
