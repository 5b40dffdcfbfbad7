/**
 * Open-loop load at a fixed rate, from its own process: request i leaves at start + i/rate whether
 * or not earlier ones have been answered, so latency is measured at a steady rate. (autocannon's
 * `overallRate` sends each second's quota back to back and then pauses, which measures queueing
 * inside that burst instead.) Reads its plan from the JSON file named by argv[2]; prints one JSON
 * line of results.
 */
import { Agent, request } from "node:http";
import { readFileSync } from "node:fs";

interface Plan {
  url: string;
  rate: number;
  /** Sent at the same rate first and not timed, so the server meets this load in its steady state. */
  warmUpSeconds: number;
  seconds: number;
  requests: { token: string; body: string }[];
}

const plan = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as Plan;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const warmUp = Math.round(plan.rate * plan.warmUpSeconds);
const total = warmUp + Math.round(plan.rate * plan.seconds);
const intervalMs = 1000 / plan.rate;
const latencies: number[] = [];
let failures = 0;
/** Why requests failed, counted: an HTTP status, a socket error's code, or the GraphQL answer's code or type. */
const failureKinds: Record<string, number> = {};
let settled = 0;
let firstSentAt = 0;
let lastSentAt = 0;

function finish(): void {
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  process.stdout.write(
    `${JSON.stringify({
      timed: total - warmUp,
      achievedRps: Math.round((total - warmUp - 1) / ((lastSentAt - firstSentAt) / 1000)),
      p50: round(at(0.5)),
      p99: round(at(0.99)),
      max: round(at(1)),
      failures,
      failureKinds,
    })}\n`,
  );
  agent.destroy();
}

/** Undefined for a success; otherwise what kind of failure (the bench's answers carry no attribute values). */
function failureOf(status: number | undefined, body: string): string | undefined {
  if (status === 200 && body.includes("Success")) return undefined;
  const code = /"code":"([A-Z_a-z]+)"/.exec(body)?.[1] ?? /"__typename":"([A-Za-z]+)"/.exec(body)?.[1];
  return `status ${status ?? "none"}${code ? ` ${code}` : ""}`;
}

function send(index: number): void {
  const { token, body } = plan.requests[index % plan.requests.length] as Plan["requests"][number];
  const payload = Buffer.from(body);
  const chunks: Buffer[] = [];
  const sentAt = performance.now();
  if (index === warmUp) firstSentAt = sentAt;
  lastSentAt = sentAt;
  const done = (failure: string | undefined) => {
    if (index >= warmUp) latencies.push(performance.now() - sentAt);
    if (failure !== undefined) {
      failures++;
      failureKinds[failure] = (failureKinds[failure] ?? 0) + 1;
    }
    if (++settled === total) finish();
  };
  const outgoing = request(
    plan.url,
    {
      method: "POST",
      agent,
      headers: {
        "content-type": "application/json",
        "content-length": payload.length,
        authorization: `Bearer ${token}`,
      },
    },
    (response) => {
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => done(failureOf(response.statusCode, Buffer.concat(chunks).toString())));
    },
  );
  outgoing.on("error", (error: NodeJS.ErrnoException) => done(`socket ${error.code ?? error.name}`));
  outgoing.end(payload);
}

const start = performance.now() + 20;
let next = 0;
function tick(): void {
  while (next < total && start + next * intervalMs <= performance.now()) send(next++);
  if (next < total) setTimeout(tick, Math.max(0, start + next * intervalMs - performance.now()));
}
tick();
