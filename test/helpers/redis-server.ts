import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { Redis, type RedisOptions } from "ioredis";
import { freePort } from "./process.js";

/** The binary the tests run; `.ci/run` installs it from the Debian package `redis-server`. */
const REDIS_SERVER = "redis-server";

/** A throwaway `redis-server` on 127.0.0.1: no persistence, gone when `stop` resolves. */
export interface TestRedisServer {
  /** e.g. `redis://127.0.0.1:41234` */
  url: string;
  port: number;
  /**
   * A new ioredis client for this server, connected (status "ready"), with the options src/main.ts
   * uses unless overridden; the caller disconnects it.
   */
  client(options?: RedisOptions): Promise<Redis>;
  /** Freezes the server (SIGSTOP): connections stay open and nothing is answered, as a hung Redis. */
  pause(): void;
  /** Lets a paused server answer again (SIGCONT). */
  resume(): void;
  stop(): Promise<void>;
}

/**
 * Starts a real `redis-server` on a free port (or `port`, to bring one back where it was) and resolves once it answers PING. Fails with an
 * actionable message when the binary is missing: the shared-budget tests must not pass by skipping.
 */
export async function startRedisServer(options: { port?: number } = {}): Promise<TestRedisServer> {
  const probe = spawnSync(REDIS_SERVER, ["--version"], { encoding: "utf8" });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      `${REDIS_SERVER} is not installed (${probe.error?.message ?? probe.stderr.trim()}). ` +
        "The Redis quota tests need the real server: `apt-get install -y redis-server` (.ci/run does this).",
    );
  }
  const port = options.port ?? (await freePort());
  const child = spawn(
    REDIS_SERVER,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--loglevel",
      "warning",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const url = `redis://127.0.0.1:${port}`;
  try {
    await waitForPing(url, child, () => output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    url,
    port,
    client: async (options) => {
      const client = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, ...options });
      // A stopped server is part of some tests: connection errors are expected, not crashes.
      client.on("error", () => {});
      if (client.status !== "ready") await once(client, "ready");
      return client;
    },
    pause: () => child.kill("SIGSTOP"),
    resume: () => child.kill("SIGCONT"),
    stop: async () => {
      // A paused server ignores SIGTERM until it runs again.
      child.kill("SIGCONT");
      await stopChild(child);
    },
  };
}

async function waitForPing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const giveUpAt = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`redis-server exited with ${child.exitCode} before answering PING:\n${output()}`);
    }
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => {});
    try {
      await probe.connect();
      if ((await probe.ping()) === "PONG") return;
    } catch {
      // Not listening yet.
    } finally {
      probe.disconnect();
    }
    if (Date.now() > giveUpAt) throw new Error(`redis-server did not answer PING at ${url}:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
