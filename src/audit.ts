import type { Principal } from "./auth/principal.js";
import type { CognitoExceptionName } from "./cognito/errors.js";
import type { Logger } from "./logger.js";

/** Who acted: a user of the admin group, or a machine client holding an admin scope. */
export interface AuditActor {
  sub: string;
  /** Absent for machine (client-credentials) callers. */
  username: string | undefined;
  clientId: string;
}

/**
 * How an admin write ended: `ok`; the Cognito exception it met (also the gateway's own quota refusal,
 * `TooManyRequestsException`, when nothing was sent); `deadline` when Cognito did not answer within
 * `COGNITO_TIMEOUT_MS` (it may have applied the write); `unknown` when the call failed without a
 * Cognito answer (a dropped connection, a non-JSON 5xx: it may have applied the write too).
 */
export type AuditOutcome = "ok" | CognitoExceptionName | "deadline" | "unknown";

/**
 * One admin write, recorded twice: `attempt` just before it is sent and `outcome` once it ended, so a
 * write Cognito applied but answered too late still leaves a trace. Names the attributes, never their
 * values.
 */
export interface AuditRecord {
  action: "AdminUpdateUserAttributes" | "AdminDeleteUserAttributes";
  event: "attempt" | "outcome";
  /** Set on `outcome` records only. */
  outcome?: AuditOutcome;
  /** The same on a write's attempt and outcome records; a bulk update has one per item. */
  attemptId: string;
  actor: AuditActor;
  userPoolId: string;
  /**
   * The target: the real username when the write touched a sign-in alias (the gateway resolved it
   * first), otherwise as the caller named it (username, alias or sub). The actor and request id are
   * always exact.
   */
  username: string;
  attributeNames: string[];
  /**
   * The request's correlation id, as in its log lines and `x-request-id`: the caller's own when it sent
   * a well-formed `x-request-id`, so it may repeat or collide. `gatewayRequestId` is exact.
   */
  requestId: string;
  /** The id the gateway gave the request itself, whatever the caller sent: unique per request. */
  gatewayRequestId: string;
  /** ISO 8601. */
  at: string;
}

/** Where audit records go. Implementations must not throw; a failed sink must not fail the write. */
export interface AuditSink {
  record(entry: AuditRecord): void | Promise<void>;
}

/** The default sink: one structured log line per record, tagged so log pipelines can route it. */
export function createLogAuditSink(logger: Logger): AuditSink {
  return {
    record(entry) {
      logger.info({ audit: entry }, "audit");
    },
  };
}

export function auditActor(principal: Principal): AuditActor | undefined {
  if (principal.kind !== "authenticated") return undefined;
  return { sub: principal.token.sub, username: principal.token.username, clientId: principal.token.clientId };
}
