import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

const REMOTE = {
  AWS_REGION: "eu-west-1",
  COGNITO_USER_POOL_ID: "eu-west-1_AbCdEf123",
  COGNITO_CLIENT_IDS: "client-one, client-two",
};

function problemsOf(environment: Record<string, string>): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("starts the embedded local Cognito on loopback when no Cognito variable is set", () => {
    const config = loadConfig({});
    expect(config.cognito).toEqual({ mode: "embedded", port: 9339, dataDir: ".cognito-local" });
    expect(config.server).toEqual({ host: "127.0.0.1", port: 4000, shutdownGraceMs: 10_000 });
    expect(config.auth.adminGroup).toBe("admin");
  });

  it("keeps the embedded default when only AWS_REGION is set, as it often is in a developer's shell", () => {
    expect(loadConfig({ AWS_REGION: "us-east-1" }).cognito.mode).toBe("embedded");
  });

  it("talks to real Cognito with the three variables set, splitting the client list", () => {
    const config = loadConfig(REMOTE);
    expect(config.cognito).toEqual({
      mode: "remote",
      region: "eu-west-1",
      userPoolId: "eu-west-1_AbCdEf123",
      clientIds: ["client-one", "client-two"],
      endpoint: undefined,
      issuer: undefined,
    });
    expect(config.server.host).toBe("0.0.0.0");
  });

  it("names every missing real-Cognito variable at once", () => {
    expect(problemsOf({ COGNITO_USER_POOL_ID: "eu-west-1_AbCdEf123" })).toEqual([
      expect.stringContaining("COGNITO_CLIENT_IDS is required"),
      expect.stringContaining("AWS_REGION is required"),
    ]);
  });

  it("reports each invalid variable with its rule", () => {
    const problems = problemsOf({
      ...REMOTE,
      PORT: "http",
      COGNITO_USER_POOL_ID: "not a pool",
      COGNITO_ENDPOINT: "nope",
      MAX_CONCURRENT_COGNITO_READS: "0",
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "PORT must be a number",
        "COGNITO_USER_POOL_ID must look like us-east-1_AbCdEf123",
        "COGNITO_ENDPOINT must be a URL",
        "MAX_CONCURRENT_COGNITO_READS must be between 1 and 100",
      ]),
    );
  });

  it("accepts an http issuer only on loopback, where signing keys cannot be swapped in transit", () => {
    expect(loadConfig({ ...REMOTE, COGNITO_ISSUER: "http://127.0.0.1:9339/local_x/" }).cognito).toMatchObject(
      {
        issuer: "http://127.0.0.1:9339/local_x",
      },
    );
    expect(problemsOf({ ...REMOTE, COGNITO_ISSUER: "http://idp.example.com/pool" })).toEqual([
      "COGNITO_ISSUER must use https (http is allowed only for 127.0.0.1/localhost)",
    ]);
  });

  it("refuses the embedded emulator in production", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toEqual([
      expect.stringContaining("Real Cognito configuration is required in production"),
    ]);
  });

  it("requires the pool allow-list to include the default pool", () => {
    expect(problemsOf({ ...REMOTE, ALLOWED_USER_POOL_IDS: "eu-west-1_Other1" })).toEqual([
      expect.stringContaining("ALLOWED_USER_POOL_IDS must include COGNITO_USER_POOL_ID"),
    ]);
    expect(
      loadConfig({ ...REMOTE, ALLOWED_USER_POOL_IDS: "eu-west-1_AbCdEf123,eu-west-1_Other1" }).auth
        .allowedUserPoolIds,
    ).toEqual(["eu-west-1_AbCdEf123", "eu-west-1_Other1"]);
  });
});

describe("loadConfig: browsers and trusted documents", () => {
  it("allows GraphiQL's own origin by default outside production, and none in production", () => {
    expect(loadConfig({ PORT: "4100" }).cors.origins).toEqual([
      "http://127.0.0.1:4100",
      "http://localhost:4100",
    ]);
    expect(loadConfig({ ...REMOTE, NODE_ENV: "production" }).cors.origins).toEqual([]);
  });

  it("takes CORS_ORIGINS as a list of exact origins, and empty as none", () => {
    const config = loadConfig({ CORS_ORIGINS: "https://app.example.com, http://localhost:5173" });
    expect(config.cors.origins).toEqual(["https://app.example.com", "http://localhost:5173"]);
    expect(loadConfig({ CORS_ORIGINS: "" }).cors.origins).toEqual([]);
  });

  it("refuses CORS_ORIGINS entries that are not origins, naming each", () => {
    const problems = problemsOf({
      CORS_ORIGINS:
        "https://app.example.com, *, https://app.example.com/, http://host:80, null, ftp://x.example",
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^CORS_ORIGINS entries must be origins .*: \*, https:\/\/app\.example\.com\/, http:\/\/host:80, null, ftp:\/\/x\.example$/,
      ),
    ]);
  });

  it("runs any document unless TRUSTED_DOCUMENTS names a manifest; text matching is off unless asked", () => {
    expect(loadConfig({}).trustedDocuments).toBeUndefined();
    expect(loadConfig({ TRUSTED_DOCUMENTS: "manifest.json" }).trustedDocuments).toEqual({
      manifestPath: "manifest.json",
      matchText: false,
    });
    expect(
      loadConfig({ TRUSTED_DOCUMENTS: "manifest.json", TRUSTED_DOCUMENTS_MATCH_TEXT: "true" })
        .trustedDocuments,
    ).toEqual({ manifestPath: "manifest.json", matchText: true });
    expect(problemsOf({ TRUSTED_DOCUMENTS_MATCH_TEXT: "yes" })).toEqual([
      "TRUSTED_DOCUMENTS_MATCH_TEXT must be true or false",
    ]);
  });
});
