import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build for everyone (it has no exports map); Vite would
    // pick index.mjs for our ESM files while graphql-shield and graphql-middleware load the CommonJS
    // one, and two GraphQLError classes break instanceof checks. Tests must see what production sees.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Integration tests start real servers; two cores means two workers is the honest ceiling.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The SDK's notice that 2027 releases need Node 22 is for operators (README), not test output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
