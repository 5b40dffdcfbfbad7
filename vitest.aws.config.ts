import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

/** `npm run test:aws`: only the contract suite against real Cognito, with room for network latency. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/contract/aws.contract.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
