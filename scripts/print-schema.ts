/**
 * Writes the subgraph SDL to schema/schema.graphql, sorted so reviews show real changes only.
 * `--check` exits 1 instead of writing when the file is stale (CI, and the drift test).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSubgraphSdl } from "../src/schema/print.js";

const target = fileURLToPath(new URL("../schema/schema.graphql", import.meta.url));
const sdl = printSubgraphSdl();
if (process.argv.includes("--check")) {
  const current = readFileSync(target, "utf8");
  if (current !== sdl) {
    process.stderr.write("schema/schema.graphql is out of date: run `npm run schema:print`\n");
    process.exit(1);
  }
} else {
  writeFileSync(target, sdl);
  process.stdout.write(`wrote ${target}\n`);
}
