import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderReadme } from "../../scripts/docs.js";
import { CONFIGURATION_VARIABLES } from "../../src/config.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const envExample = readFileSync(new URL("../../.env.example", import.meta.url), "utf8");

describe("documentation", () => {
  it("README's error catalogue and contract table match the schema and the declared divergences (run `npm run docs`)", () => {
    expect(readme).toBe(renderReadme(readme));
  });

  it("README's configuration table and .env.example list every variable the gateway reads", () => {
    const missingFromReadme = CONFIGURATION_VARIABLES.filter((name) => !readme.includes(`| \`${name}\` |`));
    const missingFromExample = CONFIGURATION_VARIABLES.filter(
      (name) => !new RegExp(`^${name}=`, "m").test(envExample),
    );
    expect({ missingFromReadme, missingFromExample }).toEqual({
      missingFromReadme: [],
      missingFromExample: [],
    });
  });

  it("README's quick start is the two commands: install-and-start, and the test suite", () => {
    const quickStart = /## Quick start\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const commands = quickStart
      .split("\n")
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter(Boolean);
    expect(commands).toEqual(["npm install && npm start", "npm test"]);
  });
});
