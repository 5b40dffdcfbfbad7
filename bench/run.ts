/**
 * `npm run bench`: the gateway against two floors, side by side, in front of the same fake Cognito.
 *
 * Processes: the fake Cognito, the gateway (the production build, `node dist/main.js`), the floor
 * (bench/floor-server.ts: bare node:http) and the yoga floor (bench/yoga-floor-server.ts: minimal
 * graphql-yoga) each run alone; autocannon loads them from this process and bench/paced-load.ts
 * from one of its own. For each backend delay (0 and 20 ms) and each mutation, after a warm-up,
 * rounds alternate between the servers: saturated throughput (rps, p50, p99, CPU per request) and
 * latency at a steady 200 requests per second. Medians over the rounds go to bench/RESULTS.md.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { freePort } from "../test/helpers/process.js";
import { measureCosts } from "./costs.js";
import { goodputMarkdown, measureGoodputs } from "./goodput.js";
import { measureProfiles, profileMarkdown } from "./profile.js";
import {
  type BenchBackend,
  gatewayEnvironment,
  PRODUCTION_NODE_FLAGS,
  QUIET_SDK,
} from "./gateway-process.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/**
 * Saturated load per server and mutation before anything is measured. The gateway needs about 20 s to
 * settle: in consecutive 8 s runs after 6 s of warm-up its CPU per admin request was 1752, 1525, 1092,
 * 971, 967 µs (by hand, alone), so 6 s left its first measured rounds paying for its warm-up.
 */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 20);
const FIXED_RATE = 200;
const PACED_WARM_UP_SECONDS = 3;
/** Timed seconds of each paced run: 3,000 requests, so its p99 is the 30th slowest, not one stall. */
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 15);
const DELAYS_MS = (process.env.BENCH_DELAYS_MS ?? "0,20").split(",").map(Number);
const CONNECTIONS = 32;
/** The last run before issue 20's changes (bench/RESULTS.md of 2026-12-03), CPU µs per request at 0 ms. */
const PREVIOUS = {
  admin: { gateway: 2482, apollo: 1114 },
  user: { gateway: 1706, apollo: 899 },
};

const CLOCK_TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());

/**
 * Follows a child's stdout: its first JSON line (the fake prints its backend there, a floor its port,
 * the paced load its results) and, from a measured server's `--trace-gc`, how many full collections
 * (mark-compact) it has made so far.
 */
function watchStdout(child: ChildProcess): { firstJsonLine: Promise<string>; fullGcs: () => number } {
  let fullGcs = 0;
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const firstJsonLine = new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      if (line.includes("Mark-Compact")) fullGcs++;
      else if (line.startsWith("{")) resolve(line);
    });
    child.once("exit", (code) => reject(new Error(`process exited with ${code} before it was ready`)));
  });
  // The gateway's start awaits /ready instead, so its exit at the end must not become an unhandled rejection.
  firstJsonLine.catch(() => {});
  return { firstJsonLine, fullGcs: () => fullGcs };
}

async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never became healthy`);
}

/** Peak resident set size of a process so far (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** CPU time a process has used so far (user + system), in microseconds. */
function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / CLOCK_TICKS_PER_SECOND;
}

const tsx = ["--import", "tsx"];

/**
 * The heap limits the Dockerfile sets (NODE_OPTIONS): without them V8 sizes the heap from the host's
 * memory and lets garbage pile up lazily (RSS grew past 240 MB under load here, with the same throughput).
 */

async function startFake(delayMs: number): Promise<{ child: ChildProcess; backend: BenchBackend }> {
  const child = spawn(process.execPath, [...tsx, "bench/fake-cognito-process.ts"], {
    env: { ...process.env, ...QUIET_SDK, BENCH_DELAY_MS: String(delayMs) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return { child, backend: JSON.parse(await watchStdout(child).firstJsonLine) as BenchBackend };
}

const SERVER_NAMES = [
  "gateway",
  "gateway, V8 default heap",
  "floor",
  "yoga floor",
  "Apollo floor",
  "Mercurius floor",
] as const;
type FloorName = Exclude<(typeof SERVER_NAMES)[number], "gateway" | "gateway, V8 default heap">;

interface Server {
  name: (typeof SERVER_NAMES)[number];
  child: ChildProcess;
  url: string;
  /** Full collections the server has made so far. */
  fullGcs: () => number;
}

/** Every measured server prints one line per collection, so the tables can count full collections. */
const TRACE_GC = ["--trace-gc"];

/**
 * The gateway as the Dockerfile runs it, or (`defaultHeap`) with V8's own heap sizing, which trades
 * memory for less garbage-collection work: measured side by side because the targets pull apart there.
 */
async function startGateway(backend: BenchBackend, options: { defaultHeap: boolean }): Promise<Server> {
  const port = await freePort();
  const flags = options.defaultHeap ? [] : PRODUCTION_NODE_FLAGS;
  const child = spawn(process.execPath, [...TRACE_GC, ...flags, "dist/main.js"], {
    env: gatewayEnvironment(backend, port),
    // Its JSON logs go down a pipe, as in a container, and are read and dropped here.
    stdio: ["ignore", "pipe", "inherit"],
  });
  const { fullGcs } = watchStdout(child);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}/ready`);
  return {
    name: options.defaultHeap ? "gateway, V8 default heap" : "gateway",
    child,
    url: `${url}/graphql`,
    fullGcs,
  };
}

async function startFloor(name: FloorName, script: string, backend: BenchBackend): Promise<Server> {
  const child = spawn(process.execPath, [...TRACE_GC, ...tsx, script], {
    env: {
      ...process.env,
      ...QUIET_SDK,
      // Production mode, as the gateway: Apollo Server, for one, changes its defaults by it.
      NODE_ENV: "production",
      COGNITO_ENDPOINT: backend.endpoint,
      COGNITO_USER_POOL_ID: backend.userPoolId,
      AWS_REGION: backend.region,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const { firstJsonLine, fullGcs } = watchStdout(child);
  const { port } = JSON.parse(await firstJsonLine) as { port: number };
  return { name, child, url: `http://127.0.0.1:${port}/graphql`, fullGcs };
}

/** One request of a run: the n-th picks the n-th user (round robin over all connections). */
type RequestFor = (n: number) => { token: string; body: string };

const MUTATIONS = {
  adminUpdateUserAttributes:
    (backend: BenchBackend): RequestFor =>
    (n) => ({
      token: backend.adminToken,
      body: JSON.stringify({
        query:
          "mutation Bench($input: AdminUpdateUserAttributesInput!) { adminUpdateUserAttributes(input: $input) { __typename } }",
        variables: {
          input: {
            username: backend.users[n % backend.users.length]?.username,
            userAttributes: [{ name: "custom:department", value: "bench" }],
          },
        },
      }),
    }),
  updateMyAttributes:
    (backend: BenchBackend): RequestFor =>
    (n) => ({
      token: backend.users[n % backend.users.length]?.token ?? "",
      body: JSON.stringify({
        query:
          "mutation Bench($input: UpdateMyAttributesInput!) { updateMyAttributes(input: $input) { __typename } }",
        variables: { input: { userAttributes: [{ name: "custom:department", value: "bench" }] } },
      }),
    }),
};
type MutationName = keyof typeof MUTATIONS;

interface SaturatedRun {
  rps: number;
  p50: number;
  p99: number;
  /** The server process's CPU time per answered request. */
  cpuMicrosPerRequest: number;
  failures: number;
}

interface PacedRun {
  achievedRps: number;
  p50: number;
  p99: number;
  failures: number;
  /** Full collections the server made during the run, its untimed start included. */
  fullGcs: number;
}

async function saturate(server: Server, requestFor: RequestFor, seconds: number): Promise<SaturatedRun> {
  let sent = 0;
  const pid = server.child.pid as number;
  const cpuBefore = cpuMicros(pid);
  const result = await autocannon({
    url: server.url,
    method: "POST",
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          const { token, body } = requestFor(sent++);
          return {
            ...request,
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body,
          };
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMicrosPerRequest: Math.round((cpuMicros(pid) - cpuBefore) / Math.max(1, result.requests.total)),
    failures: result.errors + result.non2xx,
  };
}

const planDir = mkdtempSync(path.join(os.tmpdir(), "cag-bench-"));

async function paced(server: Server, requestFor: RequestFor): Promise<PacedRun> {
  const planFile = path.join(planDir, "plan.json");
  writeFileSync(
    planFile,
    JSON.stringify({
      url: server.url,
      rate: FIXED_RATE,
      warmUpSeconds: PACED_WARM_UP_SECONDS,
      seconds: PACED_SECONDS,
      requests: Array.from({ length: 500 }, (_, n) => requestFor(n)),
    }),
  );
  const fullGcsBefore = server.fullGcs();
  const child = spawn(process.execPath, [...tsx, "bench/paced-load.ts", planFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const { failureKinds, ...run } = JSON.parse(await watchStdout(child).firstJsonLine) as Omit<
    PacedRun,
    "fullGcs"
  > & { failureKinds: Record<string, number> };
  // Printed, not tabled: a failure's kind says whether it was the server or the load client's socket.
  if (run.failures > 0) console.log(`${server.name}: paced failures ${JSON.stringify(failureKinds)}`);
  return { ...run, fullGcs: server.fullGcs() - fullGcsBefore };
}

async function verifyAnswers(server: Server, requestFor: RequestFor, mutation: string): Promise<void> {
  const { token, body } = requestFor(0);
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body,
  });
  const text = await response.text();
  if (!text.includes("Success")) throw new Error(`${server.name} ${mutation} did not succeed: ${text}`);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

function medianOf<Run extends object>(runs: Run[]): Run {
  const keys = Object.keys(runs[0] ?? {}) as (keyof Run)[];
  return Object.fromEntries(
    keys.map((key) => [
      key,
      key === "failures"
        ? runs.reduce((sum, run) => sum + Number(run[key]), 0)
        : median(runs.map((run) => Number(run[key]))),
    ]),
  ) as Run;
}

interface Row {
  delayMs: number;
  mutation: MutationName;
  saturated: Record<Server["name"], SaturatedRun>;
  paced: Record<Server["name"], PacedRun>;
  /** Each round's p99 at the fixed rate, in the order run: how far one server's figure moves. */
  pacedP99s: Record<Server["name"], number[]>;
}

/** Replaces (or appends) the section of bench/RESULTS.md that starts with `heading`, keeping the rest. */
function replaceSection(heading: string, section: string): void {
  const previous = readFileSync("bench/RESULTS.md", "utf8");
  const start = previous.indexOf(heading);
  const end = start < 0 ? -1 : previous.indexOf("\n## ", start + 1);
  writeFileSync(
    "bench/RESULTS.md",
    start < 0
      ? `${previous.trimEnd()}\n\n${section}`
      : `${previous.slice(0, start)}${section}${end < 0 ? "" : previous.slice(end)}`,
  );
  process.stdout.write(section);
}

/**
 * The section of bench/RESULTS.md that starts with `heading`, as the last run left it: with
 * `--keep-goodput` a full run measures everything but the quota goodput (a minute of its own) and
 * keeps that section as it was.
 */
function keptSection(heading: string): string {
  const previous = readFileSync("bench/RESULTS.md", "utf8");
  const start = previous.indexOf(heading);
  if (start < 0) return "";
  const end = previous.indexOf("\n## ", start + 1);
  return `${previous.slice(start, end < 0 ? undefined : end).trimEnd()}\n`;
}

// Only one of the measurements, its section of bench/RESULTS.md replaced and the rest kept.
if (process.argv.includes("--goodput") || process.argv.includes("--profile")) {
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  if (process.argv.includes("--goodput"))
    replaceSection("## Quota goodput", goodputMarkdown(await measureGoodputs()));
  if (process.argv.includes("--profile"))
    replaceSection("## Profile", profileMarkdown(await measureProfiles()));
  process.exit(0);
}

const rows: Row[] = [];
const rss: { delayMs: number; mb: Record<Server["name"], number> }[] = [];

execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
for (const delayMs of DELAYS_MS) {
  const fake = await startFake(delayMs);
  const servers = [
    await startGateway(fake.backend, { defaultHeap: false }),
    await startGateway(fake.backend, { defaultHeap: true }),
    await startFloor("floor", "bench/floor-server.ts", fake.backend),
    await startFloor("yoga floor", "bench/yoga-floor-server.ts", fake.backend),
    await startFloor("Apollo floor", "bench/apollo-floor-server.ts", fake.backend),
    await startFloor("Mercurius floor", "bench/mercurius-floor-server.ts", fake.backend),
  ];
  try {
    const mutations = Object.keys(MUTATIONS) as MutationName[];
    // JIT warm-up for every server and the fake, so no side pays for being measured first.
    for (const mutation of mutations) {
      const requestFor = MUTATIONS[mutation](fake.backend);
      for (const server of servers) {
        await verifyAnswers(server, requestFor, mutation);
        await saturate(server, requestFor, WARM_UP_SECONDS);
      }
    }
    for (const mutation of mutations) {
      const requestFor = MUTATIONS[mutation](fake.backend);
      const saturatedRuns = new Map<Server["name"], SaturatedRun[]>();
      const pacedRuns = new Map<Server["name"], PacedRun[]>();
      for (let round = 0; round < ROUNDS; round++) {
        process.stdout.write(`delay ${delayMs} ms, ${mutation}, round ${round + 1} of ${ROUNDS}\n`);
        // Alternating, so drift on the shared machine falls on every server alike.
        for (const server of round % 2 ? [...servers].reverse() : servers) {
          saturatedRuns.set(server.name, [
            ...(saturatedRuns.get(server.name) ?? []),
            await saturate(server, requestFor, SECONDS),
          ]);
          pacedRuns.set(server.name, [
            ...(pacedRuns.get(server.name) ?? []),
            await paced(server, requestFor),
          ]);
        }
      }
      const row: Row = {
        delayMs,
        mutation,
        saturated: Object.fromEntries(
          servers.map((server) => [server.name, medianOf(saturatedRuns.get(server.name) ?? [])]),
        ) as Row["saturated"],
        paced: Object.fromEntries(
          servers.map((server) => [server.name, medianOf(pacedRuns.get(server.name) ?? [])]),
        ) as Row["paced"],
        pacedP99s: Object.fromEntries(
          servers.map((server) => [server.name, (pacedRuns.get(server.name) ?? []).map((run) => run.p99)]),
        ) as Row["pacedP99s"],
      };
      rows.push(row);
      process.stdout.write(`${JSON.stringify(row)}\n`);
    }
    rss.push({
      delayMs,
      mb: Object.fromEntries(
        servers.map((server) => [server.name, peakRssMb(server.child.pid as number)]),
      ) as Record<Server["name"], number>,
    });
  } finally {
    for (const child of [...servers.map((server) => server.child), fake.child]) child.kill("SIGTERM");
  }
}
rmSync(planDir, { recursive: true, force: true });

const costs = await measureCosts();
const profiles = profileMarkdown(await measureProfiles());
const goodput = process.argv.includes("--keep-goodput")
  ? keptSection("## Quota goodput")
  : goodputMarkdown(await measureGoodputs());

const version = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version;
const cpu = os.cpus()[0]?.model ?? "unknown";
const ratio = (row: Row, name: Server["name"]) => row.saturated[name].rps / row.saturated.floor.rps;
/** The issue's yardstick: a server's figure over the Apollo Server floor's. */
const vsApollo = (row: Row, name: Server["name"], key: "rps" | "cpuMicrosPerRequest") =>
  row.saturated[name][key] / row.saturated["Apollo floor"][key];
const added = (row: Row, name: Server["name"]) => row.paced[name].p99 - row.paced.floor.p99;

function table(row: Row): string {
  const lines = SERVER_NAMES.map((name) => {
    const saturated = row.saturated[name];
    const paced = row.paced[name];
    const apollo = name === "Apollo floor";
    const cpu = `**${saturated.cpuMicrosPerRequest}**${apollo ? "" : ` (${vsApollo(row, name, "cpuMicrosPerRequest").toFixed(2)})`}`;
    const rps = `${saturated.rps}${apollo ? "" : ` (${vsApollo(row, name, "rps").toFixed(2)})`}`;
    const vsFloor = name === "floor" ? "" : ratio(row, name).toFixed(2);
    const addedP99 = name === "floor" ? "" : added(row, name).toFixed(1);
    const rounds = row.pacedP99s[name].join(", ");
    return `| ${name} | ${cpu} | ${rps} | ${vsFloor} | ${saturated.p50} / ${saturated.p99} | ${paced.p50} / ${paced.p99} | ${rounds} | ${addedP99} | ${paced.fullGcs} | ${saturated.failures + paced.failures} |`;
  });
  return [
    `### ${row.delayMs} ms backend delay, \`${row.mutation}\``,
    "",
    `| Server | CPU µs / request (÷ Apollo floor) | rps (÷ Apollo floor) | rps ÷ node:http floor | p50 / p99 saturated (ms) | p50 / p99 at ${FIXED_RATE} rps (ms) | p99 at ${FIXED_RATE} rps, each round (ms) | Added p99 at ${FIXED_RATE} rps (ms) | Full GCs at ${FIXED_RATE} rps | Failures |`,
    "| --- | ---: | ---: | ---: | --- | --- | --- | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

const markdown = `# Benchmark results

Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand.

Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}.
Node ${process.version}; graphql-yoga ${version("graphql-yoga")}, graphql ${version("graphql")},
graphql-shield ${version("graphql-shield")}, @aws-sdk/client-cognito-identity-provider
${version("@aws-sdk/client-cognito-identity-provider")}, aws-jwt-verify ${version("aws-jwt-verify")}, autocannon
${version("autocannon")}.

## Setup

- Eight processes on the machine's ${os.cpus().length} shared cores: the fake Cognito; the **gateway** as the
  Dockerfile runs it (\`node ${PRODUCTION_NODE_FLAGS.join(" ")} dist/main.js\`, production mode, JSON
  info logs down a pipe); the same gateway with **V8's default heap** sizing; the **floor**, a bare
  \`node:http\` handler that parses the same JSON body and sends the same SDK command with the SDK's
  default client; the **yoga floor**, the same two mutations in a minimal graphql-yoga server with no
  plugins and yoga's defaults except the two request-path options the gateway also sets (yoga's own
  body-size limit and its multipart parser off), so the most any gateway built on graphql-yoga could
  reach here; the **Apollo floor**, the same two mutations in Apollo Server ${version("@apollo/server")}
  (\`startStandaloneServer\`, SDL and hand-written resolvers, its defaults); the **Mercurius floor**, the
  same in Fastify ${version("fastify")} + Mercurius ${version("mercurius")} (their defaults: no logger,
  no JIT); and the load. Every floor runs with NODE_ENV=production, has no auth and sends the same SDK
  commands with the SDK's default client (bench/floor-schema.ts, bench/floor-client.ts). The Apollo
  floor is the issue's yardstick: the CPU and rps columns give each server's figure ÷ the Apollo floor's.
- Every server and the fake are warmed up (${WARM_UP_SECONDS} s of load per mutation) before anything is
  measured. Then ${ROUNDS} rounds alternate between the servers; each figure is the median of the rounds.
- **Saturated**: autocannon, ${CONNECTIONS} connections, ${SECONDS} s. The CPU column is the server
  process's own CPU time (user + system, from /proc) per answered request: the steadiest figure on a
  shared machine, where rps also depends on what the fake and autocannon use.
- **At ${FIXED_RATE} rps**: bench/paced-load.ts in its own process sends one request every
  ${1000 / FIXED_RATE} ms whether or not earlier ones have been answered (open loop): ${PACED_WARM_UP_SECONDS} s untimed,
  so the server meets this load in its steady state rather than straight after a saturated run, then
  ${PACED_SECONDS} s timed, each request from send to last byte. autocannon's \`overallRate\` would send each second's quota back to
  back and then pause, so its p99 measures queueing inside that burst, not latency at a steady rate.
  Added p99 = a server's p99 − the floor's p99. Every server runs with \`--trace-gc\`; the full-GC column
  counts its mark-compact collections during that run (${PACED_WARM_UP_SECONDS + PACED_SECONDS} s, ${(PACED_WARM_UP_SECONDS + PACED_SECONDS) * FIXED_RATE} requests), the median of the rounds.

## Results

${rows.map(table).join("\n\n")}

Peak RSS (VmHWM) over each delay's runs, warm-up included:

| Backend delay | ${SERVER_NAMES.join(" | ")} |
| --- | ${SERVER_NAMES.map(() => "---:").join(" | ")} |
${rss.map((entry) => `| ${entry.delayMs} ms | ${SERVER_NAMES.map((name) => `${entry.mb[name]} MB`).join(" | ")} |`).join("\n")}

Targets on the 2-core machine (issue 20), at 0 ms backend delay, both mutations: CPU per request ≤ the
Apollo floor's, rps ≥ the Apollo floor's, added p99 ≤ 3 ms at ${FIXED_RATE} rps, RSS < 150 MB.
The floors run without heap limits, as a bare script would.

## Where the gateway's time goes

In-process, per request, median of ${costs.rounds} rounds of ${costs.iterations} iterations after
${costs.warmUp} to warm up (CPU time on this machine; no socket, Cognito answered by a stub):

| Step | µs per request |
| --- | ---: |
${costs.rows.map((row) => `| ${row.step} | ${row.microseconds.toFixed(1)} |`).join("\n")}

${costs.notes}

${profiles}
${goodput}
## Against the targets

${verdicts()}

## What was measured, changed and left

- **Issue 20, this run: where the gateway's CPU beyond the Apollo floor went, and what was removed.**
  The run before this one measured ${PREVIOUS.admin.gateway} / ${PREVIOUS.user.gateway} µs of CPU per
  \`adminUpdateUserAttributes\` / \`updateMyAttributes\` request in the gateway against the Apollo floor's
  ${PREVIOUS.admin.apollo} / ${PREVIOUS.user.apollo} (${(PREVIOUS.admin.gateway / PREVIOUS.admin.apollo).toFixed(2)}× / ${(PREVIOUS.user.gateway / PREVIOUS.user.apollo).toFixed(2)}×); this run
  ${cpuAtZero("adminUpdateUserAttributes")} / ${cpuAtZero("updateMyAttributes")} (the tables above). Removed:
  - **The admin path's read before every write, where the pool's contract proves it needless**
    (src/schema/admin-write-target.ts). Since issue 17 each admin write read its target first
    (AdminGetUser) to key the per-user write budget by the real username: two Cognito calls per write
    where the floors send one, so a second SDK serialization, SigV4 signature, HTTP round trip and parse,
    which was most of the admin path's CPU beyond the user path's. Cognito's \`Username\` takes the
    username, an alias value or a local user's sub (AdminUpdateUserAttributes' \`Username\` in the API Reference), so a name can reach a user
    with another username only if it is UUID-shaped (a sub), holds an "@" where email is an alias or
    username attribute, starts with "+" where phone_number is (E.164), or the pool has a
    preferred_username alias. Only those names are still read first; every other one is written, and
    keys the budget, as given, and a missing user is Cognito's own UserNotFoundException from the write
    (cognito-local answers NotAuthorizedException there: a declared divergence of the contract suite).
    The bench's admins name users by username in a pool without aliases, so each admin write is now one
    call. In-process, with the real SDK client answered at once (no sockets), an admin request took
    about 900–1160 µs of CPU before and 640–900 after (minimum–median of 9 rounds on this loaded machine).
  - **Loaders made on first use** (src/loaders.ts): three DataLoaders and a p-limit gate per request, which
    a write that reads nothing never touches; \`createLoaders\` was 6–28 µs per request (inclusive) in
    the profiles under load.
  - **Write subjects remembered** (src/schema/caller.ts, \`writeSubject\`, now the one place both paths
    compute the per-user budget key): the key is a SHA-256 of pool and username, 10–38 µs per write
    (inclusive) in the profiles; the same users write again and again, so up to 10,000 are kept.
  - Tried and left as they were: pino's redaction paths cost about 1.2 µs per log line (3.2 against 2.0 µs,
    pino alone), kept as the second line of defence for secrets; prom-client's labelled children do not
    keep the label hash, so caching them saves nothing.
- **What remains, and why the CPU and rps targets cannot be met on the required stack.** The yoga floor,
  a minimal graphql-yoga server with the same two mutations and none of the gateway's features, uses
  ${yogaAtZero()}× the Apollo floor's CPU per request in this run: graphql-yoga's fetch-API layer
  (@whatwg-node/server and node-fetch, the promise helpers, envelop's hook pipeline) costs more per request
  than Apollo Server's node:http path, so no gateway on graphql-yoga reaches the Apollo floor's CPU or rps
  here while the yoga floor does not. What the gateway adds over the yoga floor (the profile rows above):
  token verification (cached; a Map lookup and the bearer check per request), graphql-shield's root-field
  rules, the quota governor, the admin confirmation (cached), prom-client metrics, the request log line and
  on the admin path two audit records (each a synchronous write to stdout, kept synchronous so an audit
  record is not lost with the process), and more garbage for the collector. Each is a required feature;
  none showed a cost that could go without changing what it does.
  - **Latency at ${FIXED_RATE} rps on a shared machine**: the node:http floor's own p99 there was
    ${floorP99AtZero()} ms in this run, and one server's p99 moved by up to ${p99SpreadAtZero()} ms between
    rounds (the each-round column), so a difference of 3 ms in added p99 is within what the machine's
    scheduling stalls do to any server; the p50s and the CPU column are steadier. A server that needs
    more CPU per request also recovers more slowly from a stall (the requests that arrived meanwhile wait
    for each other), so its p99 moves more.
  - **The user path**: graphql-yoga's fetch-API layer (@whatwg-node/server, node-fetch, promise-helpers,
    @envelop/core, graphql-yoga) where Apollo Server uses node:http objects directly, plus what the
    gateway adds (token verification, mostly cached; shield; the governor; metrics in prom-client; the
    request log line; OpenTelemetry spans when on). The profile rows give each one's self time
    against the Apollo floor's.
  - **More garbage per request**: the garbage-collector row is among the largest differences; the heap
    profile below (about 290 KB allocated per request, measured before issue 20's changes) says where it
    comes from.
  - **Quota goodput**: the governor hands out evenly spaced send times (GCRA at 97% of each rate, one Lua
    script in Redis on Redis's clock, src/quota/spacing.ts) where it used clock-aligned slots that could
    release two calls back to back, and a throttled call is sent again only after the governor gives it a
    new send time (src/cognito/call.ts), where the SDK's own retry went out at once inside a send time
    already given to another call. With a bucket of 5 that meets both goals; with 2 it meets the rate and
    lets about one throttle through per run; with a bucket of 1 (a Cognito allowing no burst at all) it
    still misses both. The fake now runs in a process of its own (bench/goodput-fake-process.ts), so the
    time it takes a request's arrival is no longer the time the load generator's event loop gets to it.
    That was not the cause: bucket 1 went from 17.6/s and 171 throttles (fake inside the driver) to about
    20/s and about 110 throttles on a quiet machine. The diagnostic rows say why: a throttled write
    arrives a median 39 ms after the last accepted one, about 2 ms closer than the 41.2 ms they were
    spaced, where the margin absorbs 1.2 ms; with every bucket size about one write arrival in five comes
    less than 40 ms after the one before, down to about 10 ms, while the fake's own event loop is late by
    only 3–5 ms at p99. So the writes already reach the fake unevenly, and nearly every consecutive pair
    comes from the two different replicas, each turning Redis's wait into a local timer after its own
    round trip, on 2 cores shared with Redis, the fake and the driver (not measured on the gateway's
    side). Against a Cognito without any burst the two goals cannot both be met at this jitter: 95% of
    25/s leaves a mean spacing of at most 42.1 ms, 2.1 ms above the 40 ms such a bucket needs between any
    two writes, while the writes reach it up to about 30 ms early. Spacing them wide enough for that would
    give up the rate instead. Cognito does not publish its bucket size; the repository's own Redis quota
    tests model it with 5. The script now travels by its hash (EVALSHA, the full text only after NOSCRIPT),
    about 100 bytes per reservation instead of 700.
- **An earlier run's change: V8's allocation-site pretenuring is off** (src/v8-flags.ts, loaded first by
  src/main.ts). Found with \`--trace-gc-nvp\` at 200 rps: the gateway promoted about 500 KB per scavenge
  (about 94% of what survived the previous one), so its old generation filled at about 4 MB/s and it made
  a full collection every 1–2 s under the heap limits, while the yoga floor promoted about 165 KB.
  Turning plugins off in groups lowered it, but no single plugin was the cause. \`--trace-pretenuring\`
  showed why: under load, V8 had decided to allocate the objects of six allocation sites straight into
  the old generation. Those objects die within milliseconds but stay there until the next full collection,
  and until then they keep every young object they point to alive through each scavenge. So whole request
  graphs were promoted: the SDK call, the context, the response. With
  \`--no-allocation-site-pretenuring\`, with the same heap limits and the same load, the gateway promoted
  about 80 KB per scavenge and made 1–2 full collections in 15 s instead of 9–10 (by hand, 0 ms delay).
  The full-GC column counts them in this run. Being set by the process, it holds for the Dockerfile, for
  \`node dist/main.js\` and for \`npm start\` alike.
- Earlier changes, each measured before and after with a CPU profile of the gateway under load:
  - yoga's own body-size limit (\`maxRequestBodySize\`) pipes every request body through a counting
    TransformStream and builds a second Request: the single largest cost found (the minimal-yoga rows
    above). The gateway turns it off; its own plugin already refuses bodies from their declared
    Content-Length and refuses bodies that declare none, so nothing it caught is left uncaught. The yoga
    floor now turns it off too, so it no longer pays a cost the gateway avoids.
  - The SDK client reuses its resolved middleware stack (\`cacheMiddleware\`), which it may only do
    when \`send\` gets no per-call options; the per-call deadline reaches the socket through the
    command input instead of \`{ abortSignal }\` (src/cognito/client.ts). The floors keep the SDK's
    default client, as the issue describes them, so this saving counts for the gateway.
  - Deadlines use a cleared timer instead of \`AbortSignal.timeout\`; the metrics plugin works out its
    operation labels once per document and never makes a request wait on an async hook; shield wraps
    only root fields; verified access tokens are remembered until they expire (the token rows above);
    yoga's multipart parser is off (no field takes an upload).
  - Heap limits: \`--max-semi-space-size=8\` rather than 4 (fewer scavenges, less promotion), under the
    RSS target with \`--max-old-space-size=96\`.
- **This run's change: the old generation may grow to 1.5× its live size between full collections**
  (\`--heap-growing-percent=50\`, src/v8-flags.ts). Under a 96 MB old space V8 lets the heap grow only
  about 1.3× its live size (about 34 MB after a full collection under load) before the next one; its
  default sizing on this 24 GiB machine sets a heap limit of about 4 GB and lets it grow much further.
  The gateway still promotes about 130 KB per scavenge at 200 rps (about 1.1 MB/s), so under the heap
  limits it made a full collection every 4–5 s. Timed with \`PerformanceObserver('gc')\` in the gateway
  against each paced request's send time: the slowest 1% of requests came in two or three bursts per
  run, each from the start of incremental marking to the final mark-compact pause (4–10 ms): about 40 ms
  in which the marking work (the whole ~34 MB live heap) shared the 2 cores with the requests, the fake
  and the load, and the requests took 25–40 ms. With \`--no-concurrent-marking\` (marking on the main
  thread) the bursts stayed, \`--single-threaded-gc\` made the p99 worse, and \`--initial-old-space-size\`
  changed nothing. With 1.5× or 2× the full collections in 15 s at 200 rps fell from 3 to 1 with the
  same promotion (by hand, one server at a time); a whole run of this benchmark with 2× peaked at 155 MB
  resident, over the target, so the gateway uses 1.5×. The full-GC and RSS columns above are this run's;
  the heap limit still caps the growth. V8's default heap now grows by 1.5× too, so that row's RSS is
  lower than it was.
- Where the allocations are, from a sampling heap profile of the gateway under load (about 290 KB per
  request): the SDK call about 95 KB (its endpoint middleware copies the whole client configuration on
  every call); yoga's and envelop's hook pipeline about 80 KB, most of it promise wrappers per hook per
  request, so every plugin hook costs something on every request; logging about 20 KB.
- Measurement: warm-up before measuring, alternating rounds and medians, because the first server
  measured used to pay for the JIT warm-up of both itself and the fake. The warm-up is now 20 s per
  server and mutation (it was 6): after 6 s the gateway's CPU per admin request was still falling, 1752,
  1525, 1092, 971 µs in consecutive 8 s runs (by hand, alone), and the run before this one measured
  1661 µs per admin request saturated against 1019 in its own profile. Latency at 200 rps comes from an
  open-loop paced load instead of autocannon's per-second bursts. This machine is shared and noisy: the
  same server's CPU per request moved by 20–50% between rounds of one run, and the p99 at a 20 ms delay
  by several milliseconds, the floor's included.
- Left: the SDK call (serialization, SigV4, HTTP) is most of every server's CPU per request, and
  graphql-yoga's request handling (fetch API objects, the plugin pipeline, execution) is the next largest;
  the yoga floor rows show the ceiling that sets. ${DELAYS_MS.includes(20) ? `At 20 ms the ratios say less about CPU: with ${CONNECTIONS} connections and about 23 ms per answer, no server can pass about 1,400 rps, and the floor comes close to that, so every ratio there is compressed towards 1.` : "This run measured the 0 ms backend delay only (BENCH_DELAYS_MS=0), where the targets are set."}
`;

/** "<gateway> µs against <Apollo floor>'s (<ratio>×)" for one mutation at 0 ms backend delay. */
function cpuAtZero(mutation: MutationName): string {
  const row = rows.find((candidate) => candidate.delayMs === 0 && candidate.mutation === mutation);
  if (!row) return "(not measured)";
  return `${row.saturated.gateway.cpuMicrosPerRequest} against ${row.saturated["Apollo floor"].cpuMicrosPerRequest} (${vsApollo(row, "gateway", "cpuMicrosPerRequest").toFixed(2)}×)`;
}

/** The widest move of one server's p99 at the fixed rate between rounds, 0 ms delay. */
function p99SpreadAtZero(): string {
  const spreads = rows
    .filter((row) => row.delayMs === 0)
    .flatMap((row) =>
      SERVER_NAMES.map((name) => Math.max(...row.pacedP99s[name]) - Math.min(...row.pacedP99s[name])),
    );
  return spreads.length === 0 ? "(not measured)" : Math.max(...spreads).toFixed(1);
}

/** The node:http floor's p99 at the fixed rate, 0 ms delay, as a range over both mutations. */
function floorP99AtZero(): string {
  const p99s = rows.filter((row) => row.delayMs === 0).map((row) => row.paced.floor.p99);
  return p99s.length === 0 ? "(not measured)" : `${Math.min(...p99s)}–${Math.max(...p99s)}`;
}

/** The yoga floor's CPU per request over the Apollo floor's at 0 ms, as a range over both mutations. */
function yogaAtZero(): string {
  const ratios = rows
    .filter((row) => row.delayMs === 0)
    .map((row) => vsApollo(row, "yoga floor", "cpuMicrosPerRequest"));
  return ratios.length === 0
    ? "(not measured)"
    : `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
}

function verdicts(): string {
  const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
  const verdict = (met: boolean) => (met ? "**met**" : "**missed**");
  // The issue's targets hold at 0 ms backend delay; at 20 ms every server waits on the fake.
  const atZero = rows.filter((row) => row.delayMs === 0);
  const lines = (["gateway", "gateway, V8 default heap"] as const).map((name) => {
    const cpu = atZero.map((row) => vsApollo(row, name, "cpuMicrosPerRequest"));
    const rps = atZero.map((row) => vsApollo(row, name, "rps"));
    const worstAdded = Math.max(...atZero.map((row) => added(row, name)));
    const peakRss = Math.max(...rss.map((entry) => entry.mb[name]));
    return [
      `- **${name}**${name === "gateway" ? " (the Dockerfile's heap limits)" : ""}:`,
      `  CPU per request ≤ the Apollo floor's ${verdict(Math.max(...cpu) <= 1)} (${range(cpu)}× the Apollo floor's);`,
      `  rps ≥ the Apollo floor's ${verdict(Math.min(...rps) >= 1)} (${range(rps)}×);`,
      `  added p99 ≤ 3 ms ${verdict(worstAdded <= 3)} (at most ${worstAdded.toFixed(1)} ms);`,
      `  RSS < 150 MB ${verdict(peakRss < 150)} (${peakRss} MB).`,
    ].join("\n");
  });
  const scale = (["yoga floor", "Mercurius floor"] as const).map(
    (name) =>
      `- For scale, the ${name}: CPU per request ${range(atZero.map((row) => vsApollo(row, name, "cpuMicrosPerRequest")))}× the Apollo floor's, rps ${range(atZero.map((row) => vsApollo(row, name, "rps")))}×.`,
  );
  const addedRange = (name: Server["name"]) =>
    `${Math.min(...atZero.map((row) => added(row, name))).toFixed(1)}–${Math.max(...atZero.map((row) => added(row, name))).toFixed(1)}`;
  const heapShare = atZero
    .map(
      (row) =>
        `${(row.paced.gateway.p99 - row.paced["gateway, V8 default heap"].p99).toFixed(1)} ms (\`${row.mutation}\`)`,
    )
    .join(", ");
  const p99Noise = [
    `- For scale at ${FIXED_RATE} rps: the Apollo floor's own added p99 was ${addedRange("Apollo floor")} ms and the Mercurius floor's ${addedRange("Mercurius floor")} ms; what the Dockerfile's heap limits add to the gateway's p99 (the gateway's p99 − the same gateway's with V8's default heap): ${heapShare}.`,
  ];
  return [...lines, ...scale, ...p99Noise].join("\n");
}
writeFileSync("bench/RESULTS.md", markdown);
process.stdout.write(markdown);
