import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

// The settings issue 6 added (deadlines, retries, quotas, Redis, shutdown), and a gap found while
// testing them: an operator fixing a broken deployment should see every problem in one go, not one
// batch per restart.

function problemsOf(environment: Record<string, string>): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig, reporting for operators", () => {
  it("reports an invalid value together with the missing Cognito variables", () => {
    const problems = problemsOf({ COGNITO_USER_POOL_ID: "us-east-1_AbCdEf123", COGNITO_TIMEOUT_MS: "soon" });

    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("COGNITO_TIMEOUT_MS must be a number"),
        expect.stringContaining("COGNITO_CLIENT_IDS is required"),
        expect.stringContaining("AWS_REGION is required"),
      ]),
    );
  });

  it("reads the reliability settings with their documented defaults", () => {
    const config = loadConfig({
      AWS_REGION: "eu-west-1",
      COGNITO_USER_POOL_ID: "eu-west-1_AbCdEf123",
      COGNITO_CLIENT_IDS: "client-one",
    });

    expect(config.calls).toEqual({
      timeoutMs: 5_000,
      connectTimeoutMs: 1_000,
      maxAttempts: 3,
      maxConcurrentReads: 8,
    });
    expect(config.quotas).toEqual({
      UserUpdate: 25,
      UserRead: 120,
      UserResourceRead: 50,
      UserList: 30,
      perUserWrite: 10,
      redisUrl: undefined,
      redisCommandTimeoutMs: 500,
    });
    expect(config.server.shutdownGraceMs).toBe(10_000);
  });

  it("refuses more than the SDK's three attempts and a REDIS_URL that is not Redis", () => {
    const problems = problemsOf({
      AWS_REGION: "eu-west-1",
      COGNITO_USER_POOL_ID: "eu-west-1_AbCdEf123",
      COGNITO_CLIENT_IDS: "client-one",
      COGNITO_MAX_ATTEMPTS: "10",
      REDIS_URL: "http://127.0.0.1:6379",
      QUOTA_USER_UPDATE_RPS: "0",
    });

    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("COGNITO_MAX_ATTEMPTS must be between 1 and 3"),
        expect.stringContaining("QUOTA_USER_UPDATE_RPS must be between 1 and"),
        expect.stringContaining("REDIS_URL must start with redis:// or rediss://"),
      ]),
    );
  });

  it("reads REDIS_COMMAND_TIMEOUT_MS and refuses one outside 10 to 10000 ms", () => {
    const remote = {
      AWS_REGION: "eu-west-1",
      COGNITO_USER_POOL_ID: "eu-west-1_AbCdEf123",
      COGNITO_CLIENT_IDS: "client-one",
    };
    expect(loadConfig({ ...remote, REDIS_COMMAND_TIMEOUT_MS: "250" }).quotas.redisCommandTimeoutMs).toBe(250);
    expect(problemsOf({ ...remote, REDIS_COMMAND_TIMEOUT_MS: "0" })).toEqual([
      expect.stringContaining("REDIS_COMMAND_TIMEOUT_MS must be between 10 and 10000"),
    ]);
  });

  it("reads MAX_ENTITY_REPRESENTATIONS, 500 by default, and refuses 0", () => {
    const remote = {
      AWS_REGION: "eu-west-1",
      COGNITO_USER_POOL_ID: "eu-west-1_AbCdEf123",
      COGNITO_CLIENT_IDS: "client-one",
    };
    expect(loadConfig(remote).graphql.maxEntityRepresentations).toBe(500);
    expect(loadConfig({ ...remote, MAX_ENTITY_REPRESENTATIONS: "50" }).graphql.maxEntityRepresentations).toBe(
      50,
    );
    expect(problemsOf({ ...remote, MAX_ENTITY_REPRESENTATIONS: "0" })).toEqual([
      expect.stringContaining("MAX_ENTITY_REPRESENTATIONS must be between 1 and 100000"),
    ]);
  });
});
