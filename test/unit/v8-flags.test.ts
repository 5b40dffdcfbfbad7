import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/process.js";

/**
 * The lines a workload in test/helpers prints under `nodeFlags`, run in a child process with the
 * gateway's V8 settings loaded first or not at all.
 */
function workloadOutput(workload: string, nodeFlags: string[], withGatewayV8Flags: boolean): string[] {
  const output = execFileSync(
    process.execPath,
    [...nodeFlags, "--import", "tsx", `test/helpers/${workload}`],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, WITH_GATEWAY_V8_FLAGS: withGatewayV8Flags ? "1" : "0" },
      encoding: "utf8",
    },
  );
  return output.split("\n");
}

/** V8's pretenuring trace of the pretenuring workload, one line per entry. */
function pretenuringTrace(withGatewayV8Flags: boolean): string[] {
  return workloadOutput(
    "pretenuring-workload.ts",
    ["--trace-pretenuring-statistics"],
    withGatewayV8Flags,
  ).filter((line) => line.includes("pretenuring:"));
}

/** How many full collections (mark-compact) the heap-growth workload makes under a 96 MB old space. */
function fullCollections(withGatewayV8Flags: boolean): number {
  const flags = [
    "--trace-gc",
    // Both runs alike, so only the growth factor differs.
    "--no-allocation-site-pretenuring",
    "--max-old-space-size=96",
    "--max-semi-space-size=1",
  ];
  return workloadOutput("heap-growth-workload.ts", flags, withGatewayV8Flags).filter((line) =>
    line.includes("Mark-Compact"),
  ).length;
}

describe("the gateway process's V8 settings", () => {
  it("without them, V8 weighs pretenuring the workload's allocation sites", () => {
    // The control: shows the workload reaches the machinery the setting turns off.
    expect(pretenuringTrace(false)).toEqual(
      expect.arrayContaining([expect.stringMatching(/AllocationSite\(.*=> (maybe tenure|tenure)/)]),
    );
  });

  it("turn allocation-site pretenuring off", () => {
    expect(pretenuringTrace(true)).toEqual([]);
  });

  it("let the old generation grow to 1.5× its live size between full collections under a small heap limit", () => {
    // V8 allows 1.3× under a 96 MB old space; at 1.5× the same promotion needs about a quarter fewer.
    const without = fullCollections(false);
    const withFlags = fullCollections(true);
    expect(without).toBeGreaterThan(10);
    expect(withFlags).toBeLessThan(without * 0.85);
  });
});
