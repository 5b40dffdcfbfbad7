import { createRequire } from "node:module";

/**
 * graphql-shield, loaded through its CommonJS build. Its ES module build imports `isUndefined` from
 * `util`, which Node 23 removed, so it fails to load on Node 24; the CommonJS build only looks the
 * function up inside `chain` and `race`, which this project does not use. Import shield from here
 * (ESLint enforces it).
 */
const shieldModule = createRequire(import.meta.url)("graphql-shield") as typeof import("graphql-shield");

export const { allow, and, deny, rule, shield } = shieldModule;
