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
    expect(config.server).toEqual({
      host: "127.0.0.1",
      port: 4000,
      shutdownGraceMs: 10_000,
      limits: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        idleTimeoutMs: 5_000,
        maxConnections: 1_000,
      },
    });
    expect(config.auth.adminGroup).toBe("admin");
    expect(config.auth.adminRecheckSeconds).toBe(60);
  });

  it.each(["development", "test"])(
    "refuses a non-loopback HOST with the embedded Cognito, whose signing key is public (NODE_ENV=%s)",
    (nodeEnv) => {
      for (const host of ["0.0.0.0", "::", "192.168.1.20", "gateway.example.com"]) {
        expect(problemsOf({ NODE_ENV: nodeEnv, HOST: host })).toEqual([
          expect.stringContaining(`HOST=${host} is not a loopback address`),
        ]);
      }
      for (const host of ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"]) {
        expect(loadConfig({ NODE_ENV: nodeEnv, HOST: host }).server.host).toBe(host);
      }
    },
  );

  it("lets real Cognito listen on any address", () => {
    expect(loadConfig({ ...REMOTE, HOST: "0.0.0.0" }).server.host).toBe("0.0.0.0");
  });

  it("reads the admin recheck interval, 0 meaning every admin request", () => {
    expect(loadConfig({ ADMIN_RECHECK_SECONDS: "0" }).auth.adminRecheckSeconds).toBe(0);
    expect(problemsOf({ ADMIN_RECHECK_SECONDS: "-1" })).toEqual([
      "ADMIN_RECHECK_SECONDS must be between 0 and 3600",
    ]);
  });

  it("hides the SDL behind a token in production unless told otherwise, and shows it elsewhere", () => {
    expect(loadConfig({ ...REMOTE, NODE_ENV: "production" }).federation).toEqual({
      sdl: "token",
      routerSecret: undefined,
    });
    expect(loadConfig({}).federation.sdl).toBe("public");
    expect(loadConfig({ ...REMOTE, NODE_ENV: "production", FEDERATION_SDL: "public" }).federation.sdl).toBe(
      "public",
    );
    expect(problemsOf({ FEDERATION_SDL: "open", FEDERATION_ROUTER_SECRET: "short" })).toEqual([
      "FEDERATION_SDL must be public or token",
      "FEDERATION_ROUTER_SECRET must be at least 32 characters",
    ]);
  });

  it("reads the HTTP time-outs and connection cap, refusing a header time-out longer than the request's", () => {
    expect(
      loadConfig({
        HTTP_HEADERS_TIMEOUT_MS: "2000",
        HTTP_REQUEST_TIMEOUT_MS: "4000",
        HTTP_IDLE_TIMEOUT_MS: "1000",
        HTTP_MAX_CONNECTIONS: "50",
      }).server.limits,
    ).toEqual({ headersTimeoutMs: 2_000, requestTimeoutMs: 4_000, idleTimeoutMs: 1_000, maxConnections: 50 });
    expect(problemsOf({ HTTP_HEADERS_TIMEOUT_MS: "5000", HTTP_REQUEST_TIMEOUT_MS: "4000" })).toEqual([
      "HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS",
    ]);
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
      jwksUri: undefined,
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

  it("reads the signing keys from COGNITO_JWKS_URI when set, https or loopback http only", () => {
    const jwksUri = "http://127.0.0.1:5000/us-east-1_abc/.well-known/jwks.json";
    expect(loadConfig({ ...REMOTE, COGNITO_JWKS_URI: jwksUri }).cognito).toMatchObject({ jwksUri });
    expect(problemsOf({ ...REMOTE, COGNITO_JWKS_URI: "http://keys.example.com/jwks.json" })).toEqual([
      "COGNITO_JWKS_URI must use https (http is allowed only for 127.0.0.1/localhost)",
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

describe("loadConfig: defaults that depend on other settings", () => {
  it("turns exploration off in production unless told otherwise, field suggestions with it", () => {
    expect(loadConfig({ ...REMOTE, NODE_ENV: "production" }).graphql).toMatchObject({
      graphiql: false,
      introspection: false,
      blockFieldSuggestions: true,
      graphiqlBypassesTrustedDocuments: false,
    });
    expect(loadConfig({}).graphql).toMatchObject({
      graphiql: true,
      introspection: true,
      blockFieldSuggestions: false,
      graphiqlBypassesTrustedDocuments: true,
    });
    // GraphiQL's header never opens trusted documents in production, nor when GraphiQL is off.
    const productionGraphiQL = loadConfig({ ...REMOTE, NODE_ENV: "production", GRAPHIQL: "true" }).graphql;
    expect(productionGraphiQL).toMatchObject({ graphiql: true, graphiqlBypassesTrustedDocuments: false });
    expect(loadConfig({ GRAPHIQL: "false" }).graphql.graphiqlBypassesTrustedDocuments).toBe(false);
  });

  it("checks only the attribute names the operator set against the pool, not the admin-only defaults", () => {
    expect(loadConfig({}).writePolicy).toEqual({
      adminOnlyAttributes: ["custom:role", "custom:tenant"],
      readOnlyAttributes: [],
      configuredNames: [],
    });
    expect(loadConfig({ ADMIN_ONLY_ATTRIBUTES: "" }).writePolicy.adminOnlyAttributes).toEqual([]);
    expect(
      loadConfig({ ADMIN_ONLY_ATTRIBUTES: "custom:clearance", READ_ONLY_ATTRIBUTES: "custom:employee_id" })
        .writePolicy,
    ).toEqual({
      adminOnlyAttributes: ["custom:clearance"],
      readOnlyAttributes: ["custom:employee_id"],
      configuredNames: ["custom:clearance", "custom:employee_id"],
    });
  });

  it("logs pretty in development and JSON elsewhere, and serves metrics unless METRICS is false", () => {
    expect(loadConfig({}).log).toEqual({ level: "info", format: "pretty" });
    expect(loadConfig({ NODE_ENV: "test" }).log.format).toBe("json");
    expect(loadConfig({}).metrics.enabled).toBe(true);
    expect(loadConfig({ METRICS: "0" }).metrics.enabled).toBe(false);
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
