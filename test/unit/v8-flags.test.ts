import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/process.js";

/** V8's pretenuring trace of the workload (test/helpers/pretenuring-workload.ts), one line per entry. */
function pretenuringTrace(withGatewayV8Flags: boolean): string[] {
  const output = execFileSync(
    process.execPath,
    ["--trace-pretenuring-statistics", "--import", "tsx", "test/helpers/pretenuring-workload.ts"],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, WITH_GATEWAY_V8_FLAGS: withGatewayV8Flags ? "1" : "0" },
      encoding: "utf8",
    },
  );
  return output.split("\n").filter((line) => line.includes("pretenuring:"));
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
});
