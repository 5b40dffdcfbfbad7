import {
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  ListGroupsCommand,
  ListUsersCommand,
  UpdateUserAttributesCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { aUser, FakeCognito } from "../helpers/fake-cognito.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// Proves the fake against the real AWS SDK v3 client, so tests built on it exercise the real wire protocol.
describe("FakeCognito", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let client: CognitoIdentityProviderClient;

  beforeAll(async () => {
    ({ fake, tokens } = await FakeCognito.startWithIssuer());
    client = new CognitoIdentityProviderClient({
      endpoint: fake.endpoint,
      region: fake.region,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
      maxAttempts: 1,
    });
  });

  afterAll(async () => {
    client.destroy();
    await fake.close();
  });

  beforeEach(() => fake.reset());

  it("surfaces a scripted exception as the SDK error named after its __type", async () => {
    fake.fail(
      "AdminUpdateUserAttributes",
      "AliasExistsException",
      "An account with the email already exists.",
    );

    const sent = client.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: fake.userPoolId,
        Username: "anyone",
        UserAttributes: [],
      }),
    );

    await expect(sent).rejects.toMatchObject({
      name: "AliasExistsException",
      message: "An account with the email already exists.",
      $fault: "client",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("answers AdminGetUser from its users and records the operation and body", async () => {
    const user = fake.addUser(aUser());

    const output = await client.send(
      new AdminGetUserCommand({ UserPoolId: fake.userPoolId, Username: user.sub }),
    );

    expect(output).toMatchObject({ Username: user.username, Enabled: true, UserStatus: "CONFIRMED" });
    expect(output.UserAttributes).toContainEqual({ Name: "email", Value: user.attributes.email });
    expect(output.UserCreateDate).toBeInstanceOf(Date);
    expect(fake.requests).toEqual([
      expect.objectContaining({
        operation: "AdminGetUser",
        body: { UserPoolId: fake.userPoolId, Username: user.sub },
      }),
    ]);
  });

  it("returns a scripted reply body that the SDK parses", async () => {
    fake.once("ListUsers", { kind: "reply", body: { Users: [{ Username: "scripted", Attributes: [] }] } });

    const output = await client.send(
      new ListUsersCommand({ UserPoolId: fake.userPoolId, Filter: 'sub = "x"' }),
    );

    expect(output.Users).toEqual([{ Username: "scripted", Attributes: [] }]);
  });

  it("applies UpdateUserAttributes for the user named in the access token", async () => {
    const user = fake.addUser(aUser());
    const accessToken = await tokens.accessToken({ sub: user.sub, username: user.username });

    const output = await client.send(
      new UpdateUserAttributesCommand({
        AccessToken: accessToken,
        UserAttributes: [{ Name: "email", Value: "new@example.com" }],
      }),
    );

    expect(output.CodeDeliveryDetailsList).toEqual([
      { AttributeName: "email", DeliveryMedium: "EMAIL", Destination: "a***@e***" },
    ]);
    expect(fake.findUser(user.username)?.attributes.email).toBe("new@example.com");
  });

  it("serves a JWKS that verifies tokens from its TokenIssuer", async () => {
    const jwks = createRemoteJWKSet(new URL(`${fake.issuer}/.well-known/jwks.json`));

    const { payload } = await jwtVerify(await tokens.accessToken({ sub: "abc" }), jwks, {
      issuer: fake.issuer,
    });

    expect(payload).toMatchObject({ sub: "abc", token_use: "access", client_id: tokens.defaultClientId });
    expect(fake.jwksRequests).toBe(1);
  });

  it("answers an unscripted operation with InvalidParameterException", async () => {
    await expect(client.send(new ListGroupsCommand({ UserPoolId: fake.userPoolId }))).rejects.toMatchObject({
      name: "InvalidParameterException",
      message: "FakeCognito: no script for ListGroups",
    });
  });

  it("makes the SDK reject a non-JSON 5xx with a SyntaxError carrying the status", async () => {
    fake.once("AdminGetUser", {
      kind: "raw",
      status: 502,
      body: "<html>Bad Gateway</html>",
      contentType: "text/html",
    });

    const sent = client.send(new AdminGetUserCommand({ UserPoolId: fake.userPoolId, Username: "anyone" }));

    await expect(sent).rejects.toMatchObject({ name: "SyntaxError", $metadata: { httpStatusCode: 502 } });
  });

  it("makes the SDK reject a dropped connection as a socket hang-up", async () => {
    fake.once("AdminGetUser", { kind: "drop" });

    const sent = client.send(new AdminGetUserCommand({ UserPoolId: fake.userPoolId, Username: "anyone" }));

    // The SDK's node handler renames ECONNRESET to TimeoutError so its retry strategy treats it as transient.
    await expect(sent).rejects.toMatchObject({
      name: "TimeoutError",
      code: "ECONNRESET",
      message: "socket hang up",
    });
  });
});
