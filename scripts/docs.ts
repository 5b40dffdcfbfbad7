/**
 * `npm run docs`: regenerates the README sections derived from code, each between its
 * `<!-- name:start -->` and `<!-- name:end -->` markers:
 * - `error-catalogue`, from the schema's error types (src/schema/error-catalogue.ts);
 * - `contract-backends`, the per-backend contract table, from the contract suite's declared
 *   divergences (test/contract/table.ts).
 * test/unit/docs.test.ts fails when either section drifts; `--check` exits 1 instead of writing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schema } from "../src/schema/index.js";
import { renderErrorCatalogue } from "../src/schema/error-catalogue.js";
import { renderContractTable } from "../test/contract/table.js";

const readmePath = fileURLToPath(new URL("../README.md", import.meta.url));

export function replaceSection(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

export function renderReadme(current: string): string {
  const withCatalogue = replaceSection(current, "error-catalogue", renderErrorCatalogue(schema));
  return replaceSection(withCatalogue, "contract-backends", renderContractTable());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(readmePath, "utf8");
  const next = renderReadme(current);
  if (process.argv.includes("--check")) {
    if (next !== current) {
      process.stderr.write("README.md's generated sections are stale: run `npm run docs`\n");
      process.exit(1);
    }
  } else {
    writeFileSync(readmePath, next);
    process.stdout.write("README.md updated\n");
  }
}
