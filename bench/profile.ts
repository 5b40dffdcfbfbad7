/**
 * Where the gateway's CPU beyond the Apollo floor goes (`npm run bench -- --profile`, and part of
 * every `npm run bench`): the gateway (production build, the Dockerfile's heap limits) and the Apollo
 * Server floor each run under `--cpu-prof` in front of the benchmark's fake Cognito and take the same
 * saturated load, one after the other. Only the samples taken while the measured load ran count
 * (V8's profile clock and process.hrtime are both the monotonic clock); their self time is summed by
 * where the code lives (a package, a folder of src/, a node: module, the garbage collector) and
 * divided by the requests answered.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { freePort } from "../test/helpers/process.js";
import {
  type BenchBackend,
  gatewayEnvironment,
  PRODUCTION_NODE_FLAGS,
  QUIET_SDK,
} from "./gateway-process.js";

const SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? 10);
const WARM_UP_SECONDS = 5;
const CONNECTIONS = 32;

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  /** Where the code lives: a package, src/<folder>, node:<module>, or V8's own (GC, program). */
  place: string;
  gateway: number;
  apollo: number;
}

export interface ProfileResult {
  mutation: string;
  seconds: number;
  /** Sampled CPU µs per request over the measured window, all places together. */
  gatewayTotal: number;
  apolloTotal: number;
  rows: ProfileRow[];
}

function firstJsonLine(child: ChildProcess): Promise<string> {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  return new Promise((resolve, reject) => {
    lines.on("line", (line) => {
      if (line.startsWith("{")) resolve(line);
    });
    child.once("exit", (code) => reject(new Error(`process exited with ${code} before it was ready`)));
  });
}

async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never became healthy`);
}

const requestsFor = {
  adminUpdateUserAttributes: (backend: BenchBackend, n: number) => ({
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
  updateMyAttributes: (backend: BenchBackend, n: number) => ({
    token: backend.users[n % backend.users.length]?.token ?? "",
    body: JSON.stringify({
      query:
        "mutation Bench($input: UpdateMyAttributesInput!) { updateMyAttributes(input: $input) { __typename } }",
      variables: { input: { userAttributes: [{ name: "custom:department", value: "bench" }] } },
    }),
  }),
};
type Mutation = keyof typeof requestsFor;

async function load(
  url: string,
  backend: BenchBackend,
  mutation: Mutation,
  seconds: number,
): Promise<number> {
  let sent = 0;
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          const { token, body } = requestsFor[mutation](backend, sent++);
          return {
            ...request,
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body,
          };
        },
      },
    ],
  });
  if (result.non2xx + result.errors > 0) throw new Error(`${url}: ${result.non2xx + result.errors} failures`);
  return result.requests.total;
}

/** Where a profile node's code lives. */
function placeOf(functionName: string, url: string): string {
  if (url === "") {
    if (functionName === "(garbage collector)") return "V8: garbage collector";
    if (functionName === "(program)") return "V8: (program), native code outside JS";
    return `V8: ${functionName || "(anonymous native)"}`;
  }
  if (url.startsWith("node:")) return url.split("/")[0] as string;
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [scopeOrName, name] = url.slice(modules + "node_modules/".length).split("/");
    return scopeOrName?.startsWith("@") ? `${scopeOrName}/${name}` : (scopeOrName as string);
  }
  const src = /\/(dist|src|bench)\/(.*)$/.exec(url);
  if (src) {
    const parts = (src[2] as string).split("/");
    const folder = parts.length > 1 ? `${parts[0]}/` : (parts[0] as string);
    return `${src[1] === "bench" ? "bench" : "gateway"}: ${src[1]}/${folder}`;
  }
  return url;
}

/** Self time (µs) by place, of the samples taken between `fromUs` and `toUs` (monotonic clock). */
function selfTimeByPlace(profile: CpuProfile, fromUs: number, toUs: number): Map<string, number> {
  const places = new Map<number, string>();
  for (const node of profile.nodes)
    places.set(node.id, placeOf(node.callFrame.functionName, node.callFrame.url));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  for (let index = 0; index < profile.samples.length; index++) {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at < fromUs || at > toUs) continue;
    const place = places.get(profile.samples[index] as number) ?? "?";
    if (place === "V8: (idle)") continue;
    // A sample's delta is the time since the previous one: what the sampled code ran for.
    totals.set(place, (totals.get(place) ?? 0) + (profile.timeDeltas[index + 1] ?? delta));
  }
  return totals;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function profileOne(
  start: (profileDir: string) => Promise<{ child: ChildProcess; url: string }>,
  backend: BenchBackend,
  mutation: Mutation,
): Promise<{ perRequest: Map<string, number>; total: number }> {
  const profileDir = mkdtempSync(path.join(os.tmpdir(), "cag-profile-"));
  try {
    const { child, url } = await start(profileDir);
    await load(url, backend, mutation, WARM_UP_SECONDS);
    const from = nowUs();
    const requests = await load(url, backend, mutation, SECONDS);
    const to = nowUs();
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
    if (file === undefined) throw new Error("no .cpuprofile written");
    const profile = JSON.parse(readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile;
    const perRequest = new Map<string, number>();
    let total = 0;
    for (const [place, us] of selfTimeByPlace(profile, from, to)) {
      perRequest.set(place, us / requests);
      total += us / requests;
    }
    return { perRequest, total };
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

export async function measureProfiles(): Promise<ProfileResult[]> {
  const fake = spawn(process.execPath, ["--import", "tsx", "bench/fake-cognito-process.ts"], {
    env: { ...process.env, ...QUIET_SDK, BENCH_DELAY_MS: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const backend = JSON.parse(await firstJsonLine(fake)) as BenchBackend;
    const gateway = async (profileDir: string) => {
      const port = await freePort();
      const child = spawn(
        process.execPath,
        ["--cpu-prof", "--cpu-prof-dir", profileDir, ...PRODUCTION_NODE_FLAGS, "dist/main.js"],
        {
          env: gatewayEnvironment(backend, port),
          stdio: ["ignore", "ignore", "inherit"],
        },
      );
      await waitForHealth(`http://127.0.0.1:${port}/ready`);
      return { child, url: `http://127.0.0.1:${port}/graphql` };
    };
    const apollo = async (profileDir: string) => {
      const child = spawn(
        process.execPath,
        ["--cpu-prof", "--cpu-prof-dir", profileDir, "--import", "tsx", "bench/apollo-floor-server.ts"],
        {
          env: {
            ...process.env,
            ...QUIET_SDK,
            NODE_ENV: "production",
            COGNITO_ENDPOINT: backend.endpoint,
            COGNITO_USER_POOL_ID: backend.userPoolId,
            AWS_REGION: backend.region,
          },
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      const { port } = JSON.parse(await firstJsonLine(child)) as { port: number };
      return { child, url: `http://127.0.0.1:${port}/graphql` };
    };
    const results: ProfileResult[] = [];
    for (const mutation of Object.keys(requestsFor) as Mutation[]) {
      const ofGateway = await profileOne(gateway, backend, mutation);
      const ofApollo = await profileOne(apollo, backend, mutation);
      const places = new Set([...ofGateway.perRequest.keys(), ...ofApollo.perRequest.keys()]);
      const rows = [...places]
        .map((place) => ({
          place,
          gateway: ofGateway.perRequest.get(place) ?? 0,
          apollo: ofApollo.perRequest.get(place) ?? 0,
        }))
        .sort((a, b) => Math.abs(b.gateway - b.apollo) - Math.abs(a.gateway - a.apollo));
      results.push({
        mutation,
        seconds: SECONDS,
        gatewayTotal: ofGateway.total,
        apolloTotal: ofApollo.total,
        rows,
      });
    }
    return results;
  } finally {
    fake.kill("SIGTERM");
  }
}

/** The RESULTS.md section: the largest differences, place by place, for each mutation. */
export function profileMarkdown(results: ProfileResult[]): string {
  const LIMIT = 18;
  const tables = results.map((result) => {
    const shown = result.rows.slice(0, LIMIT);
    const rest = result.rows.slice(LIMIT);
    const sum = (rows: ProfileRow[], key: "gateway" | "apollo") =>
      rows.reduce((total, row) => total + row[key], 0);
    return [
      `### \`${result.mutation}\`: ${result.gatewayTotal.toFixed(0)} µs per request in the gateway, ${result.apolloTotal.toFixed(0)} in the Apollo floor`,
      "",
      "| Where (self time) | Gateway µs / request | Apollo floor µs / request | Difference |",
      "| --- | ---: | ---: | ---: |",
      ...shown.map(
        (row) =>
          `| ${row.place} | ${row.gateway.toFixed(1)} | ${row.apollo.toFixed(1)} | ${(row.gateway - row.apollo).toFixed(1)} |`,
      ),
      `| everything else (${rest.length} places) | ${sum(rest, "gateway").toFixed(1)} | ${sum(rest, "apollo").toFixed(1)} | ${(sum(rest, "gateway") - sum(rest, "apollo")).toFixed(1)} |`,
    ].join("\n");
  });
  return `## Profile: the gateway against the Apollo floor

Generated by \`npm run bench\` (alone: \`npm run bench -- --profile\`, bench/profile.ts). Each server
alone under \`--cpu-prof\` (V8's sampling profiler, which itself adds some cost to both), ${SECONDS} s of
saturated load (${CONNECTIONS} connections, 0 ms backend delay) after ${WARM_UP_SECONDS} s of warm-up; self time of the samples
in the measured window, by where the code lives, per answered request, largest differences first.
A package's row is the time spent in its own functions, not in what it calls.

${tables.join("\n\n")}
`;
}
