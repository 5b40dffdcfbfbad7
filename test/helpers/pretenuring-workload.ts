/**
 * Allocates object literals that nearly all survive young-generation collections: the pattern V8's
 * allocation-site pretenuring acts on. Run in a child process by test/unit/v8-flags.test.ts, with the
 * gateway's V8 settings (WITH_GATEWAY_V8_FLAGS=1) or without them.
 */
if (process.env.WITH_GATEWAY_V8_FLAGS === "1") await import("../../src/v8-flags.js");

// A ring of records: each one outlives the next few young-generation collections, then is dropped.
const RING = 400_000;
const kept: unknown[] = new Array(RING);
const aRecord = (i: number) => ({ i, pair: [i, i + 1], nested: { i } });
for (let i = 0; i < 4_000_000; i++) kept[i % RING] = aRecord(i);
