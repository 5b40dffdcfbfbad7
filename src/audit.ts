import type { Principal } from "./auth/principal.js";
import type { Logger } from "./logger.js";

/** Who acted: a user of the admin group, or a machine client holding an admin scope. */
export interface AuditActor {
  sub: string;
  /** Absent for machine (client-credentials) callers. */
  username: string | undefined;
  clientId: string;
}

/** One successful admin write. Names the attributes, never their values. */
export interface AuditRecord {
  action: "AdminUpdateUserAttributes" | "AdminDeleteUserAttributes";
  actor: AuditActor;
  userPoolId: string;
  /**
   * The target: the real username when the write touched a sign-in alias (the gateway resolved it
   * first), otherwise as the caller named it (username, alias or sub). The actor and request id are
   * always exact.
   */
  username: string;
  attributeNames: string[];
  requestId: string;
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
