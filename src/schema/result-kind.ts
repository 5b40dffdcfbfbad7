/** Success payloads carry a `kind` so union members with similar shapes never get confused. */
export function isKind(value: unknown, kind: string): boolean {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === kind;
}
