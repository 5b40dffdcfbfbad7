/**
 * Keeps a live set of about 12 MB and then promotes garbage steadily: records that outlive a few
 * young-generation collections and are then dropped, as objects held past a scavenge are. Run in a
 * child process by test/unit/v8-flags.test.ts under a 96 MB old space (the Dockerfile's), with the
 * gateway's V8 settings (WITH_GATEWAY_V8_FLAGS=1) or without them.
 */
if (process.env.WITH_GATEWAY_V8_FLAGS === "1") await import("../../src/v8-flags.js");

const live = Array.from({ length: 100_000 }, (_, i) => ({ i, name: `live-${i}`, pair: [i, i + 1] }));
// 50,000 records outlive several 1 MB young generations (the test's semi-space) before being dropped.
const RING = 50_000;
const ring: unknown[] = new Array(RING);
for (let i = 0; i < 3_000_000; i++) ring[i % RING] = { i, pair: [i, i + 1] };
process.stdout.write(`kept ${live.length}\n`);
