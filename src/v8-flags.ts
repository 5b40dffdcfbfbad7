/**
 * V8 settings the gateway process makes for itself. src/main.ts imports this module first, so the
 * settings hold before the rest of the gateway is loaded, however the process is started (the
 * Dockerfile, `node dist/main.js`, `npm start`). The app (src/app.ts) sets none: tests and embedders
 * keep their own runtime.
 */
import { setFlagsFromString } from "node:v8";

/**
 * Allocation-site pretenuring off. V8 watches which object literals survive a young-generation
 * collection and, for a site whose objects nearly all do, allocates them straight into the old
 * generation. Under load the gateway's per-request literals met that test: with several requests in
 * flight at every scavenge, V8 pretenured some of their sites; those objects, dead within
 * milliseconds but in the old generation until the next full collection, kept every young object they
 * point to alive through each scavenge, and so promoted whole request graphs (the SDK call, the
 * context, the response). At 200 requests per second that was about 500 KB promoted per scavenge and
 * 9-10 full collections in 15 s; with pretenuring off, about 80 KB and 1-2, with the same heap limits
 * (bench/RESULTS.md has the full-collection counts per server).
 */
setFlagsFromString("--no-allocation-site-pretenuring");

/**
 * Between full collections the old generation may grow to 1.5× its live size. V8 picks that factor
 * itself from the heap limit and its GC speed: under a limit as small as the Dockerfile's (96 MB old
 * space) it allows only 1.3×, so the gateway's ~34 MB live heap met a full collection after ~10 MB of
 * promotion, every 4–5 s at 200 requests per second. Each one is ~40 ms of marking sharing 2 cores
 * with the requests in flight, and 2–3 of them in 11 s were most of the slowest 1% of requests. With
 * 1.5× there was one in 15 s (by hand). 2× did as well but took peak RSS in the benchmark to 155 MB,
 * over the 150 MB the Dockerfile's limits are for (bench/RESULTS.md). The heap limit still caps the
 * growth. Without limits V8 would allow up to 4×; 1.5× keeps such a process smaller too.
 */
setFlagsFromString("--heap-growing-percent=50");
