import { describe, expect, it } from "vitest";
import { mapBounded } from "../../src/loaders.js";

describe("mapBounded", () => {
  it("returns results in input order whatever order the tasks finish in", async () => {
    const releases: (() => void)[] = [];
    const running = mapBounded(
      [1, 2, 3],
      3,
      (n) => new Promise<number>((resolve) => releases.push(() => resolve(n * 10))),
    );
    // All three start before any finishes (limit 3); release them last to first.
    while (releases.length < 3) await new Promise((resolve) => setImmediate(resolve));
    for (const release of [...releases].reverse()) release();
    await expect(running).resolves.toEqual([10, 20, 30]);
  });

  it("returns each failure in place as an Error and still runs every other item", async () => {
    const results = await mapBounded(["a", "boom", "c", "text"], 2, async (item) => {
      if (item === "boom") throw new Error("boom failed");
      if (item === "text") throw "plain string";
      return item.toUpperCase();
    });
    expect(results[0]).toBe("A");
    expect(results[1]).toBeInstanceOf(Error);
    expect((results[1] as Error).message).toBe("boom failed");
    expect(results[2]).toBe("C");
    expect(results[3]).toBeInstanceOf(Error);
    expect((results[3] as Error).message).toBe("plain string");
  });

  it("never has more than the limit in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapBounded(
      Array.from({ length: 10 }, (_, i) => i),
      3,
      async (n) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return n;
      },
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
  });
});
