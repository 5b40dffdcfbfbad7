import { startAwsBackend } from "./backends.js";
import { describeContract } from "./suite.js";

// `npm run test:aws`: the contract suite against real Cognito, in a temporary pool deleted afterwards
// (also when a scenario fails). Not a *.test.ts file, so `npm test` never runs it (no network in CI).
describeContract("Cognito", startAwsBackend);
