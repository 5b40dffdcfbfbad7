/**
 * `npm run bench`: the gateway against a floor, side by side, in front of the same fake Cognito.
 *
 * Processes: the fake Cognito, the gateway (the production build, `node dist/main.js`) and the floor
 * (bench/floor-server.ts) each run alone; autocannon loads them from this process. For each backend
 * delay (0 and 20 ms) and each mutation: saturated throughput (rps, p50, p99) and a fixed 200 rps
 * run (p99 added latency), plus each server's peak RSS. Results go to bench/RESULTS.md.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import autocannon from "autocannon";
import { measureCosts } from "./costs.js";

const SATURATE_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FIXED_RATE = 200;
const CONNECTIONS = 32;

interface Backend {
  endpoint: string;
  issuer: string;
  userPoolId: string;
  region: string;
  clientId: string;
  adminToken: string;
  /** Targets and callers, taken in turn so no one user's 10-writes-per-second budget is the limit. */
  users: { username: string; token: string }[];
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const newline = buffer.indexOf("\n");
      if (newline >= 0) resolve(buffer.slice(0, newline));
    });
    child.once("exit", (code) => reject(new Error(`process exited with ${code} before it was ready`)));
  });
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

const tsx = ["--import", "tsx"];

/**
 * The heap limits the Dockerfile sets (NODE_OPTIONS): without them V8 sizes the heap from the host's
 * memory and lets garbage pile up lazily (RSS grew past 240 MB under load here, with the same throughput).
 */
const PRODUCTION_NODE_FLAGS = ["--max-old-space-size=96", "--max-semi-space-size=4"];

async function startFake(delayMs: number): Promise<{ child: ChildProcess; backend: Backend }> {
  const child = spawn(process.execPath, [...tsx, "bench/fake-cognito-process.ts"], {
    env: {
      ...process.env,
      BENCH_DELAY_MS: String(delayMs),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return { child, backend: JSON.parse(await firstLine(child)) as Backend };
}

async function startGateway(backend: Backend): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, "dist/main.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      AWS_REGION: backend.region,
      COGNITO_USER_POOL_ID: backend.userPoolId,
      COGNITO_CLIENT_IDS: backend.clientId,
      COGNITO_ENDPOINT: backend.endpoint,
      COGNITO_ISSUER: backend.issuer,
      AWS_ACCESS_KEY_ID: "bench",
      AWS_SECRET_ACCESS_KEY: "bench",
      // The benchmark measures the gateway's own cost, not Cognito's quotas: lift the governor's rates.
      QUOTA_USER_UPDATE_RPS: "10000",
      QUOTA_PER_USER_WRITE_RPS: "1000",
      QUOTA_USER_READ_RPS: "10000",
      LOG_LEVEL: "info",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}/ready`);
  return { child, url: `${url}/graphql` };
}

async function startFloor(backend: Backend): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...tsx, "bench/floor-server.ts"], {
    env: {
      ...process.env,
      COGNITO_ENDPOINT: backend.endpoint,
      COGNITO_USER_POOL_ID: backend.userPoolId,
      AWS_REGION: backend.region,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const { port } = JSON.parse(await firstLine(child)) as { port: number };
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

/** One request of the run: the n-th picks the n-th user (round robin over all connections). */
type RequestFor = (n: number) => { token: string; body: unknown };

const MUTATIONS: Record<string, (backend: Backend) => RequestFor> = {
  adminUpdateUserAttributes: (backend) => (n) => ({
    token: backend.adminToken,
    body: {
      query:
        "mutation Bench($input: AdminUpdateUserAttributesInput!) { adminUpdateUserAttributes(input: $input) { __typename } }",
      variables: {
        input: {
          username: backend.users[n % backend.users.length]?.username,
          userAttributes: [{ name: "custom:department", value: "bench" }],
        },
      },
    },
  }),
  updateMyAttributes: (backend) => (n) => ({
    token: backend.users[n % backend.users.length]?.token ?? "",
    body: {
      query:
        "mutation Bench($input: UpdateMyAttributesInput!) { updateMyAttributes(input: $input) { __typename } }",
      variables: { input: { userAttributes: [{ name: "custom:department", value: "bench" }] } },
    },
  }),
};
type MutationName = keyof typeof MUTATIONS;

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, requestFor: RequestFor, options: { rate?: number }): Promise<Run> {
  let sent = 0;
  const result = await autocannon({
    url,
    method: "POST",
    requests: [
      {
        setupRequest: (request) => {
          const { token, body } = requestFor(sent++);
          return {
            ...request,
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          };
        },
      },
    ],
    connections: options.rate ? 8 : CONNECTIONS,
    duration: SATURATE_SECONDS,
    ...(options.rate ? { overallRate: options.rate } : {}),
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function verifyAnswers(url: string, requestFor: RequestFor, name: string): Promise<void> {
  const request = requestFor(0);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${request.token}` },
    body: JSON.stringify(request.body),
  });
  const text = await response.text();
  if (!text.includes("Success")) throw new Error(`${name} did not succeed before the benchmark: ${text}`);
}

interface Row {
  delayMs: number;
  mutation: MutationName;
  gateway: Run;
  floor: Run;
  gatewayFixed: Run;
  floorFixed: Run;
}

const rows: Row[] = [];
const rss: { delayMs: number; gatewayMb: number; floorMb: number }[] = [];

execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
for (const delayMs of [0, 20]) {
  const fake = await startFake(delayMs);
  const gateway = await startGateway(fake.backend);
  const floor = await startFloor(fake.backend);
  try {
    for (const mutation of Object.keys(MUTATIONS) as MutationName[]) {
      const request = (MUTATIONS[mutation] as (backend: Backend) => RequestFor)(fake.backend);
      await verifyAnswers(gateway.url, request, `gateway ${mutation}`);
      await verifyAnswers(floor.url, request, `floor ${mutation}`);
      process.stdout.write(`delay ${delayMs} ms, ${mutation}: saturating…\n`);
      const row: Row = {
        delayMs,
        mutation,
        gateway: await load(gateway.url, request, {}),
        floor: await load(floor.url, request, {}),
        gatewayFixed: await load(gateway.url, request, { rate: FIXED_RATE }),
        floorFixed: await load(floor.url, request, { rate: FIXED_RATE }),
      };
      rows.push(row);
      process.stdout.write(`${JSON.stringify(row)}\n`);
    }
    rss.push({
      delayMs,
      gatewayMb: peakRssMb(gateway.child.pid as number),
      floorMb: peakRssMb(floor.child.pid as number),
    });
  } finally {
    for (const child of [gateway.child, floor.child, fake.child]) child.kill("SIGTERM");
  }
}

const costs = await measureCosts();

const version = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version;
const cpu = os.cpus()[0]?.model ?? "unknown";
const ratio = (row: Row) => (row.gateway.rps / row.floor.rps).toFixed(2);
const added = (row: Row) => (row.gatewayFixed.p99 - row.floorFixed.p99).toFixed(1);

const markdown = `# Benchmark results

Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand.

Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}.
Node ${process.version}; graphql-yoga ${version("graphql-yoga")}, graphql ${version("graphql")},
graphql-shield ${version("graphql-shield")}, @aws-sdk/client-cognito-identity-provider
${version("@aws-sdk/client-cognito-identity-provider")}, aws-jwt-verify ${version("aws-jwt-verify")}, autocannon
${version("autocannon")}.

Setup: fake Cognito, gateway (\`node dist/main.js\`, production mode, JSON info logs) and floor (a bare
\`node:http\` handler sending the same SDK command) in separate processes; autocannon in a fourth.
Saturated runs: ${CONNECTIONS} connections for ${SATURATE_SECONDS} s. Fixed-rate runs: ${FIXED_RATE} requests per second.
All four share the machine's ${os.cpus().length} cores, so absolute numbers are lower bounds; the ratio is the point.

| Backend delay | Mutation | Gateway rps | Floor rps | Ratio | Gateway p50 / p99 (ms) | Floor p50 / p99 (ms) | p99 at ${FIXED_RATE} rps: gateway / floor (ms) | Added p99 (ms) | Errors |
| --- | --- | ---: | ---: | ---: | --- | --- | --- | ---: | ---: |
${rows
  .map(
    (row) =>
      `| ${row.delayMs} ms | \`${row.mutation}\` | ${row.gateway.rps} | ${row.floor.rps} | ${ratio(row)} | ${row.gateway.p50} / ${row.gateway.p99} | ${row.floor.p50} / ${row.floor.p99} | ${row.gatewayFixed.p99} / ${row.floorFixed.p99} | ${added(row)} | ${row.gateway.errors + row.gateway.non2xx} |`,
  )
  .join("\n")}

Peak RSS (VmHWM) over each delay's runs:

| Backend delay | Gateway | Floor |
| --- | ---: | ---: |
${rss.map((entry) => `| ${entry.delayMs} ms | ${entry.gatewayMb} MB | ${entry.floorMb} MB |`).join("\n")}

Targets on the 2-core machine: ratio ≥ 0.8, added p99 ≤ 5 ms at ${FIXED_RATE} rps, RSS < 150 MB.

## Where the gateway's time goes

In-process, per request, ${costs.iterations} iterations each (CPU time on this machine):

| Step | µs per request |
| --- | ---: |
${costs.rows.map((row) => `| ${row.step} | ${row.microseconds.toFixed(1)} |`).join("\n")}

${costs.notes}

## What was measured, changed and left

- The costs named in the issue, measured above: shield's per-field wrapping, validation and token
  verification. Two were reduced: shield now wraps only root fields (its rules are all root rules);
  object-hash caching on the pool rule cost more than the rule itself (about 137 → 32 µs per request
  here), and verified access tokens are remembered until they expire (RS256 about 80 µs → under 10 µs).
  Validation is cached by yoga per document, so a steady client pays it once.
- Heap limits (\`--max-old-space-size=96 --max-semi-space-size=4\`, as in the Dockerfile) took peak
  RSS under load from about 265 MB to the figures above at the same throughput.
- What remains is yoga's own request handling (fetch API objects, envelop, GraphQL execution): about
  240 µs of CPU per request in-process even with no plugin and no permission layer, which a bare
  \`node:http\` handler does not pay. On two cores shared with the fake and the load generator that caps
  the ratio well below the 0.8 target, and GC under the heap limits shows in p99. Both targets (ratio
  0.8, 5 ms added p99) are missed on this machine; the rows above are the honest numbers.
`;
writeFileSync("bench/RESULTS.md", markdown);
process.stdout.write(markdown);
