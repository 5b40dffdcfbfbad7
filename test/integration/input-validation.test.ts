import { describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import type { AdminUpdateUserAttributesInput, UpdateMyAttributesInput } from "../generated/graphql.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// The gateway refuses what Cognito would refuse before spending a request on it; the FakeCognito
// records every request, so "nothing was sent" is observed on the wire, not assumed.

const AdminUpdate = graphql(`
  mutation InputValidation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const UpdateMine = graphql(`
  mutation InputValidation_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

/** Cognito's limits (the API Reference's request parameters), spelled out here so a change in src cannot move both sides. */
const MAX_NAME = 32;
const MAX_VALUE = 2048;
const MAX_USERNAME = 128;
const MAX_CLIENT_METADATA = 131_072;

type Attribute = { name: string; value: string };
type MetadataEntry = { key: string; value: string };

interface Refusal {
  title: string;
  userAttributes: Attribute[];
  clientMetadata?: MetadataEntry[];
  /** The message must name the attribute or field and the rule: every pattern must match. */
  mentions: (string | RegExp)[];
  /** Nor may it say these (a misleading suggestion). */
  absent?: string[];
}

/** Refused on both paths: attribute and clientMetadata rules. */
const SHARED_REFUSALS: Refusal[] = [
  {
    title: "an empty userAttributes list",
    userAttributes: [],
    mentions: ["userAttributes", "at least one attribute"],
  },
  {
    title: "the same attribute named twice",
    userAttributes: [
      { name: "given_name", value: "Ada" },
      { name: "given_name", value: "Grace" },
    ],
    mentions: ['"given_name"', "more than once"],
  },
  {
    title: "an attribute name of 0 characters",
    userAttributes: [{ name: "", value: "x" }],
    mentions: ['Attribute name ""', `1 to ${MAX_NAME} characters`],
  },
  {
    title: "an attribute name of 33 characters",
    userAttributes: [{ name: `custom:${"n".repeat(MAX_NAME - 6)}`, value: "x" }],
    mentions: [`"custom:${"n".repeat(MAX_NAME - 6)}"`, `1 to ${MAX_NAME} characters`, "(it has 33)"],
  },
  {
    title: "a value over 2048 characters",
    userAttributes: [{ name: "given_name", value: "v".repeat(MAX_VALUE + 1) }],
    mentions: ['"given_name"', `at most ${MAX_VALUE} characters`],
  },
  {
    title: "a name the pool does not have, whose custom: spelling it does",
    userAttributes: [{ name: "department", value: "Research" }],
    mentions: ['"department"', "does not exist in user pool", 'the nearest it has: "custom:department"'],
  },
  {
    // Only names the pool has are ever suggested.
    title: "an unprefixed name with a space",
    userAttributes: [{ name: "bad name!", value: "x" }],
    mentions: ['"bad name!"', "does not exist in user pool"],
    absent: ["custom:bad name!"],
  },
  {
    title: "an unprefixed name longer than any custom attribute",
    userAttributes: [{ name: "d".repeat(21), value: "x" }],
    mentions: [`"${"d".repeat(21)}"`, "does not exist in user pool"],
    absent: [`custom:${"d".repeat(21)}`],
  },
  {
    title: "a clientMetadata key given twice",
    userAttributes: [{ name: "given_name", value: "Ada" }],
    clientMetadata: [
      { key: "source", value: "a" },
      { key: "source", value: "b" },
    ],
    mentions: ['clientMetadata key "source"', "more than once"],
  },
  {
    title: "a clientMetadata key over 131072 characters",
    userAttributes: [{ name: "given_name", value: "Ada" }],
    clientMetadata: [{ key: "k".repeat(MAX_CLIENT_METADATA + 1), value: "a" }],
    mentions: ["clientMetadata key", `at most ${MAX_CLIENT_METADATA} characters`],
  },
  {
    title: "a clientMetadata value over 131072 characters",
    userAttributes: [{ name: "given_name", value: "Ada" }],
    clientMetadata: [{ key: "source", value: "m".repeat(MAX_CLIENT_METADATA + 1) }],
    mentions: ['clientMetadata value for key "source"', `at most ${MAX_CLIENT_METADATA} characters`],
  },
];

interface AdminRefusal {
  title: string;
  input: Partial<AdminUpdateUserAttributesInput>;
  mentions: (string | RegExp)[];
}

/** Refused on the admin path only: the user path names neither pool nor user. */
const ADMIN_REFUSALS: AdminRefusal[] = [
  { title: "a username of 0 characters", input: { username: "" }, mentions: ["username", "1 to 128"] },
  {
    title: "a username of 129 characters",
    input: { username: "u".repeat(MAX_USERNAME + 1) },
    mentions: ["username", "1 to 128", "(it has 129)"],
  },
  {
    title: "a malformed userPoolId",
    input: { userPoolId: "bad pool" },
    mentions: ['userPoolId "bad pool"', "pattern <region>_<id>"],
  },
];

function expectMentions(message: string, mentions: (string | RegExp)[], absent: string[] = []): void {
  for (const mention of mentions) {
    if (typeof mention === "string") expect(message).toContain(mention);
    else expect(message).toMatch(mention);
  }
  for (const phrase of absent) expect(message).not.toContain(phrase);
}

/** The `message` of an error member of a result union. */
function messageOf(result: object): string {
  expect(result).toHaveProperty("message", expect.any(String));
  return (result as { message: string }).message;
}

/** The attribute writes the fake received; the validation tests expect none. */
function writesSent(fake: FakeCognito): string[] {
  return fake.requests
    .map((request) => request.operation)
    .filter((operation) => operation === "AdminUpdateUserAttributes" || operation === "UpdateUserAttributes");
}

describe("input checked before it reaches Cognito", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;
  let admin: FakeUser;
  let adminToken: string;

  useFakeGateway(async (world) => {
    ({ fake, tokens, gateway } = world);
    admin = fake.addUser(aUser());
    adminToken = await tokens.adminAccessToken(admin);
  });

  async function adminUpdate(input: AdminUpdateUserAttributesInput) {
    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: adminToken,
      variables: { input },
    });
    return expectNoErrors(response).adminUpdateUserAttributes;
  }

  async function updateMine(user: FakeUser, input: UpdateMyAttributesInput, token?: string) {
    const response = await execute(gateway.graphqlUrl, UpdateMine, {
      token: token ?? (await tokens.accessToken(user)),
      variables: { input },
    });
    return expectNoErrors(response).updateMyAttributes;
  }

  describe("adminUpdateUserAttributes", () => {
    it.each(SHARED_REFUSALS)(
      "refuses $title as CognitoInvalidParameterError without calling Cognito",
      async ({ userAttributes, clientMetadata, mentions, absent }) => {
        const target = fake.addUser(aUser());

        const result = await adminUpdate({ username: target.username, userAttributes, clientMetadata });

        expect(result).toMatchObject({
          __typename: "CognitoInvalidParameterError",
          code: "InvalidParameterException",
        });
        expectMentions(messageOf(result), mentions, absent);
        expect(writesSent(fake)).toEqual([]);
      },
    );

    it.each(ADMIN_REFUSALS)(
      "refuses $title as CognitoInvalidParameterError without calling Cognito",
      async ({ input, mentions }) => {
        const target = fake.addUser(aUser());

        const result = await adminUpdate({
          username: target.username,
          userAttributes: [{ name: "given_name", value: "Ada" }],
          ...input,
        });

        expect(result).toMatchObject({
          __typename: "CognitoInvalidParameterError",
          code: "InvalidParameterException",
        });
        expectMentions(messageOf(result), mentions);
        expect(writesSent(fake)).toEqual([]);
      },
    );

    it("never echoes an oversized value in the refusal", async () => {
      const target = fake.addUser(aUser());
      const value = `secret-${"v".repeat(MAX_VALUE)}`;

      const result = await adminUpdate({
        username: target.username,
        userAttributes: [{ name: "given_name", value }],
      });

      expect(result).toMatchObject({ __typename: "CognitoInvalidParameterError" });
      expect(messageOf(result)).not.toContain("secret-");
    });

    it("sends a value of exactly 2048 characters, the longest custom name a pool can have and a 128-character username", async () => {
      const target = fake.addUser(aUser({ username: "u".repeat(MAX_USERNAME) }));
      // CustomAttributeNameType: at most 20 characters behind the prefix.
      const longName = `custom:${"n".repeat(20)}`;
      const longValue = "v".repeat(MAX_VALUE);

      const result = await adminUpdate({
        username: target.username,
        userAttributes: [
          { name: "given_name", value: longValue },
          { name: longName, value: "x" },
        ],
      });

      expect(result).toEqual({ __typename: "AdminUpdateUserAttributesSuccess" });
      const [sent] = fake.requestsFor("AdminUpdateUserAttributes");
      expect(sent?.body).toMatchObject({
        UserPoolId: fake.userPoolId,
        Username: target.username,
        UserAttributes: [
          { Name: "given_name", Value: longValue },
          { Name: longName, Value: "x" },
        ],
      });
    });

    it("sends a dev:-prefixed attribute and a clientMetadata value of exactly 131072 characters", async () => {
      const target = fake.addUser(aUser());
      const longMetadata = "m".repeat(MAX_CLIENT_METADATA);

      const result = await adminUpdate({
        username: target.username,
        userAttributes: [{ name: "dev:custom:mydev", value: "x" }],
        clientMetadata: [{ key: "source", value: longMetadata }],
      });

      expect(result).toEqual({ __typename: "AdminUpdateUserAttributesSuccess" });
      expect(fake.requestsFor("AdminUpdateUserAttributes")[0]?.body).toMatchObject({
        UserAttributes: [{ Name: "dev:custom:mydev", Value: "x" }],
        ClientMetadata: { source: longMetadata },
      });
    });

    it("passes email_verified through to Cognito, which marks the email verified", async () => {
      const target = fake.addUser(aUser({ attributes: { email_verified: "false" } }));

      const result = await adminUpdate({
        username: target.username,
        userAttributes: [
          { name: "email", value: "verified-by-admin@example.com" },
          { name: "email_verified", value: "true" },
        ],
      });

      expect(result).toEqual({ __typename: "AdminUpdateUserAttributesSuccess" });
      expect(fake.requestsFor("AdminUpdateUserAttributes")[0]?.body.UserAttributes).toEqual([
        { Name: "email", Value: "verified-by-admin@example.com" },
        { Name: "email_verified", Value: "true" },
      ]);
      expect(fake.findUser(target.username)?.attributes.email_verified).toBe("true");
    });

    it("sends clientMetadata as Cognito's ClientMetadata map", async () => {
      const target = fake.addUser(aUser());

      await adminUpdate({
        username: target.username,
        userAttributes: [{ name: "locale", value: "de" }],
        clientMetadata: [
          { key: "source", value: "admin-console" },
          { key: "ticket", value: "T-1234" },
        ],
      });

      const [sent] = fake.requestsFor("AdminUpdateUserAttributes");
      expect(sent?.body.ClientMetadata).toEqual({ source: "admin-console", ticket: "T-1234" });
    });

    it("leaves ClientMetadata out when the caller sends none", async () => {
      const target = fake.addUser(aUser());

      await adminUpdate({ username: target.username, userAttributes: [{ name: "locale", value: "de" }] });

      const [sent] = fake.requestsFor("AdminUpdateUserAttributes");
      expect(sent?.body).not.toHaveProperty("ClientMetadata");
    });

    it("signs the request with SigV4 and carries no access token", async () => {
      const target = fake.addUser(aUser());

      await adminUpdate({ username: target.username, userAttributes: [{ name: "locale", value: "de" }] });

      const [sent] = fake.requestsFor("AdminUpdateUserAttributes");
      expect(sent?.headers.authorization).toEqual(expect.stringMatching(/^AWS4-HMAC-SHA256 /));
      expect(sent?.headers.authorization).toContain("/cognito-idp/aws4_request");
      expect(sent?.body).not.toHaveProperty("AccessToken");
      expect(JSON.stringify(sent?.body)).not.toContain(adminToken);
    });
  });

  // Cognito's model limits strings by length trait, which Smithy defines as a count of Unicode scalar
  // values (code points), not UTF-16 code units: an emoji is one character to Cognito, two to `.length`.
  describe("lengths counted in characters, as Cognito counts them", () => {
    const ASTRAL = "😀";

    it("sends a value of 2048 characters outside the Basic Multilingual Plane", async () => {
      const target = fake.addUser(aUser());
      const value = ASTRAL.repeat(MAX_VALUE);

      const result = await adminUpdate({
        username: target.username,
        userAttributes: [{ name: "nickname", value }],
      });

      expect(result).toEqual({ __typename: "AdminUpdateUserAttributesSuccess" });
      expect(fake.requestsFor("AdminUpdateUserAttributes")[0]?.body.UserAttributes).toEqual([
        { Name: "nickname", Value: value },
      ]);
    });

    it("reports the length of an oversized value in characters", async () => {
      const target = fake.addUser(aUser());

      const result = await adminUpdate({
        username: target.username,
        userAttributes: [{ name: "nickname", value: ASTRAL.repeat(MAX_VALUE + 1) }],
      });

      expect(result).toMatchObject({ __typename: "CognitoInvalidParameterError" });
      expect(messageOf(result)).toContain(`(it has ${MAX_VALUE + 1})`);
      expect(writesSent(fake)).toEqual([]);
    });

    it("sends a clientMetadata value of 131072 characters outside the Basic Multilingual Plane", async () => {
      const target = fake.addUser(aUser());
      const value = ASTRAL.repeat(MAX_CLIENT_METADATA);

      const result = await adminUpdate({
        username: target.username,
        userAttributes: [{ name: "locale", value: "de" }],
        clientMetadata: [{ key: "note", value }],
      });

      expect(result).toEqual({ __typename: "AdminUpdateUserAttributesSuccess" });
      expect(fake.requestsFor("AdminUpdateUserAttributes")[0]?.body.ClientMetadata).toEqual({ note: value });
    });
  });

  // ClientMetadata is a map of arbitrary strings; "__proto__" is as good a key as any to Cognito.
  describe("clientMetadata keys that are special to JavaScript objects", () => {
    it("sends a clientMetadata key named __proto__ as given", async () => {
      const target = fake.addUser(aUser());

      const result = await adminUpdate({
        username: target.username,
        userAttributes: [{ name: "locale", value: "de" }],
        clientMetadata: [
          { key: "__proto__", value: "kept" },
          { key: "source", value: "form" },
        ],
      });

      expect(result).toEqual({ __typename: "AdminUpdateUserAttributesSuccess" });
      const sent = fake.requestsFor("AdminUpdateUserAttributes")[0]?.body.ClientMetadata;
      expect(Object.entries(sent as object)).toEqual([
        ["__proto__", "kept"],
        ["source", "form"],
      ]);
    });

    it("refuses a clientMetadata key __proto__ given twice", async () => {
      const target = fake.addUser(aUser());

      const result = await adminUpdate({
        username: target.username,
        userAttributes: [{ name: "locale", value: "de" }],
        clientMetadata: [
          { key: "__proto__", value: "a" },
          { key: "__proto__", value: "b" },
        ],
      });

      expect(result).toMatchObject({ __typename: "CognitoInvalidParameterError" });
      expect(messageOf(result)).toContain('clientMetadata key "__proto__"');
      expect(writesSent(fake)).toEqual([]);
    });
  });

  describe("updateMyAttributes", () => {
    it.each(SHARED_REFUSALS)(
      "refuses $title as CognitoInvalidParameterError without calling Cognito",
      async ({ userAttributes, clientMetadata, mentions, absent }) => {
        const user = fake.addUser(aUser());

        const result = await updateMine(user, { userAttributes, clientMetadata });

        expect(result).toMatchObject({
          __typename: "CognitoInvalidParameterError",
          code: "InvalidParameterException",
        });
        expectMentions(messageOf(result), mentions, absent);
        expect(writesSent(fake)).toEqual([]);
      },
    );

    it.each(["email_verified", "phone_number_verified"])(
      "refuses writing %s as CognitoNotAuthorizedError without calling Cognito",
      async (flag) => {
        const user = fake.addUser(aUser());

        const result = await updateMine(user, { userAttributes: [{ name: flag, value: "true" }] });

        expect(result).toMatchObject({
          __typename: "CognitoNotAuthorizedError",
          code: "NotAuthorizedException",
        });
        const message = messageOf(result);
        expect(message.startsWith("A client attempted to write unauthorized attribute")).toBe(true);
        expect(message).toContain(flag);
        expect(writesSent(fake)).toEqual([]);
      },
    );

    it("sends a value of exactly 2048 characters", async () => {
      const user = fake.addUser(aUser());
      const longValue = "v".repeat(MAX_VALUE);

      const result = await updateMine(user, { userAttributes: [{ name: "given_name", value: longValue }] });

      expect(result).toEqual({ __typename: "UpdateMyAttributesSuccess" });
      expect(fake.requestsFor("UpdateUserAttributes")[0]?.body.UserAttributes).toEqual([
        { Name: "given_name", Value: longValue },
      ]);
    });

    it("sends clientMetadata as Cognito's ClientMetadata map", async () => {
      const user = fake.addUser(aUser());

      await updateMine(user, {
        userAttributes: [{ name: "locale", value: "de" }],
        clientMetadata: [
          { key: "source", value: "profile-page" },
          { key: "campaign", value: "spring" },
        ],
      });

      const [sent] = fake.requestsFor("UpdateUserAttributes");
      expect(sent?.body.ClientMetadata).toEqual({ source: "profile-page", campaign: "spring" });
    });

    it("sends the caller's access token in the body and no SigV4 authorization header", async () => {
      const user = fake.addUser(aUser());
      const token = await tokens.accessToken(user);

      const result = await updateMine(user, { userAttributes: [{ name: "locale", value: "de" }] }, token);

      expect(result).toEqual({ __typename: "UpdateMyAttributesSuccess" });
      const [sent] = fake.requestsFor("UpdateUserAttributes");
      expect(sent?.body).toMatchObject({
        AccessToken: token,
        UserAttributes: [{ Name: "locale", Value: "de" }],
      });
      expect(sent?.headers).not.toHaveProperty("authorization");
      expect(sent?.headers["x-amz-target"]).toBe("AWSCognitoIdentityProviderService.UpdateUserAttributes");
    });
  });

  it("logs no attribute value, token or clientMetadata value, whatever the outcome", async () => {
    const user = fake.addUser(aUser());
    const userToken = await tokens.accessToken(user);
    const target = fake.addUser(aUser());
    const secrets = {
      adminValue: "attr-value-admin-4c1e",
      userValue: "attr-value-user-77b0",
      refusedValue: "attr-value-refused-a9d3",
      failedValue: "attr-value-failed-0f62",
      metadataValue: "metadata-value-e8b5",
    };
    const linesBefore = gateway.logs.lines.length;

    // Accepted on both paths, refused by validation and by the write policy, refused by Cognito.
    await adminUpdate({
      username: target.username,
      userAttributes: [{ name: "given_name", value: secrets.adminValue }],
      clientMetadata: [{ key: "source", value: secrets.metadataValue }],
    });
    await updateMine(
      user,
      {
        userAttributes: [{ name: "nickname", value: secrets.userValue }],
        clientMetadata: [{ key: "source", value: secrets.metadataValue }],
      },
      userToken,
    );
    await updateMine(
      user,
      {
        userAttributes: [
          { name: "nickname", value: secrets.refusedValue },
          { name: "nickname", value: secrets.refusedValue },
        ],
      },
      userToken,
    );
    await updateMine(
      user,
      { userAttributes: [{ name: "email_verified", value: secrets.refusedValue }] },
      userToken,
    );
    fake.fail("UpdateUserAttributes", "AliasExistsException", "An account with the email already exists.");
    await updateMine(
      user,
      {
        userAttributes: [{ name: "email", value: `${secrets.failedValue}@example.com` }],
        clientMetadata: [{ key: "source", value: secrets.metadataValue }],
      },
      userToken,
    );

    // The requests were logged (so the check below looks at real lines) ...
    expect(gateway.logs.lines.length).toBeGreaterThan(linesBefore);
    // ... and none of them, nor anything else this file logged, holds a value or a token.
    const logs = gateway.logs.text();
    for (const secret of Object.values(secrets)) expect(logs).not.toContain(secret);
    expect(logs).not.toContain(userToken);
    expect(logs).not.toContain(adminToken);
    // A token's signature alone is enough to replay it; make sure no part of it leaked either.
    expect(logs).not.toContain(userToken.split(".")[2]);
  });
});
