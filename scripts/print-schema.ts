/**
 * Writes the schema artifacts, sorted so reviews show real changes only:
 * - schema/schema.graphql, the subgraph SDL a router composes;
 * - schema/federation.graphql, what federation adds to the schema /graphql serves (`_entities`,
 *   `_service`), which codegen reads beside it.
 * `--check` exits 1 instead of writing when either file is stale (CI, and the drift test).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printFederationAdditionsSdl, printSubgraphSdl } from "../src/schema/print.js";

const artifacts = [
  { target: fileURLToPath(new URL("../schema/schema.graphql", import.meta.url)), sdl: printSubgraphSdl() },
  {
    target: fileURLToPath(new URL("../schema/federation.graphql", import.meta.url)),
    sdl: printFederationAdditionsSdl(),
  },
];
const check = process.argv.includes("--check");
let stale = false;
for (const { target, sdl } of artifacts) {
  if (!check) {
    writeFileSync(target, sdl);
    process.stdout.write(`wrote ${target}\n`);
  } else if (readFileSync(target, "utf8") !== sdl) {
    process.stderr.write(`${target} is out of date: run \`npm run schema:print\`\n`);
    stale = true;
  }
}
if (stale) process.exit(1);
