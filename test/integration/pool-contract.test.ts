import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { type EmbeddedBackend, useEmbeddedGateway } from "../helpers/embedded.js";
import { useFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

const AdminUpdate = graphql(`
  mutation PoolContractIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
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
  mutation PoolContractIt_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const DeleteMine = graphql(`
  mutation PoolContractIt_DeleteMine($input: DeleteMyAttributesInput!) {
    deleteMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const Bulk = graphql(`
  mutation PoolContractIt_Bulk($input: AdminUpdateUsersAttributesInput!) {
    adminUpdateUsersAttributes(input: $input) {
      __typename
      ... on AdminUpdateUsersAttributesSuccess {
        results {
          __typename
          ... on CognitoError {
            code
            message
          }
        }
      }
    }
  }
`);

const Definitions = graphql(`
  query PoolContractIt_Definitions {
    attributeDefinitions {
      name
      type
      mutable
      required
      developerOnly
      minLength
      maxLength
      minValue
      maxValue
      writableByMe
      notWritableReason
    }
  }
`);

const WRITES = [
  "AdminUpdateUserAttributes",
  "UpdateUserAttributes",
  "AdminDeleteUserAttributes",
  "DeleteUserAttributes",
];

/** The pool the FakeCognito describes in this file: one custom attribute per rule. */
function declareConstrainedPool(fake: FakeCognito, clientId: string): void {
  const base = { Mutable: true, Required: false, DeveloperOnlyAttribute: false } as const;
  fake.schemaAttributes = [
    ...fake.schemaAttributes.filter((attribute) => !attribute.Name.includes("custom:")),
    {
      ...base,
      Name: "custom:nickname2",
      AttributeDataType: "String",
      StringAttributeConstraints: { MinLength: "2", MaxLength: "8" },
    },
    {
      ...base,
      Name: "custom:level",
      AttributeDataType: "Number",
      NumberAttributeConstraints: { MinValue: "1", MaxValue: "5" },
    },
    { ...base, Name: "custom:joined", AttributeDataType: "String", Mutable: false },
    { ...base, Name: "custom:badge", AttributeDataType: "String" },
    { ...base, Name: "dev:custom:clearance", AttributeDataType: "String", DeveloperOnlyAttribute: true },
  ];
  // `email` is required in this pool.
  fake.schemaAttributes = fake.schemaAttributes.map((attribute) =>
    attribute.Name === "email" ? { ...attribute, Required: true } : attribute,
  );
  fake.appClients.set(clientId, {
    ClientName: "storefront",
    WriteAttributes: [
      "given_name",
      "email",
      "phone_number",
      "custom:nickname2",
      "custom:level",
      "custom:joined",
      "dev:custom:clearance",
    ],
  });
}

describe("writes checked against the pool's contract before sending (FakeCognito)", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let gateway: TestGateway;

  let declaredNames: string[];

  useFakeBackend(async (world) => {
    ({ fake, tokens, backend } = world);
    declareConstrainedPool(fake, tokens.defaultClientId);
    declaredNames = fake.schemaAttributes.map((attribute) => attribute.Name);
    // The gateway reads the contract once, as at start; the fake's reset before each test leaves it be.
    gateway = await startGateway(backend);
  });
  afterAll(() => gateway.close());
  beforeEach(() => {
    // Anything that were sent would succeed: only the gateway's own checks can refuse here.
    for (const operation of WRITES) fake.reply(operation, {});
  });

  const writesSent = () => fake.requests.filter((request) => WRITES.includes(request.operation));

  async function asAdmin(userAttributes: { name: string; value: string }[]) {
    const target = fake.addUser(aUser());
    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: await tokens.adminAccessToken(aUser()),
        variables: { input: { username: target.username, userAttributes } },
      }),
    );
    return data.adminUpdateUserAttributes;
  }

  async function asUser(userAttributes: { name: string; value: string }[]) {
    const user = fake.addUser(aUser());
    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, UpdateMine, {
        token: await tokens.accessToken(user),
        variables: { input: { userAttributes } },
      }),
    );
    return data.updateMyAttributes;
  }

  it.each([
    ["a name the pool lacks", [{ name: "custom:levle", value: "1" }], 'the nearest it has: "custom:level"'],
    ["sub", [{ name: "sub", value: randomUUID() }], "permanent id"],
    ["an immutable attribute", [{ name: "custom:joined", value: "x" }], "immutable"],
    ["a required attribute written blank", [{ name: "email", value: "" }], "required by the pool"],
    [
      "a String over its MaxLength",
      [{ name: "custom:nickname2", value: "ninechars" }],
      "2 to 8 characters long (it has 9)",
    ],
    [
      "a String under its MinLength",
      [{ name: "custom:nickname2", value: "x" }],
      "2 to 8 characters long (it has 1)",
    ],
    ["a Number out of range", [{ name: "custom:level", value: "6" }], "between 1 and 5"],
    ["a Number that is not whole", [{ name: "custom:level", value: "1.5" }], "whole number"],
    ["a phone number not in E.164", [{ name: "phone_number", value: "0044 20 7946 0000" }], "E.164"],
    ["an email that is no address", [{ name: "email", value: "nobody" }], "email address"],
  ])(
    "refuses %s on both paths as CognitoInvalidParameterError and sends nothing",
    async (_title, attributes, mentions) => {
      for (const result of [await asAdmin(attributes), await asUser(attributes)]) {
        expect(result).toMatchObject({
          __typename: "CognitoInvalidParameterError",
          code: "InvalidParameterException",
          message: expect.stringContaining(mentions),
        });
      }
      expect(writesSent()).toEqual([]);
    },
  );

  it("lets the admin path write a developer-only attribute and refuses the user path", async () => {
    const attributes = [{ name: "dev:custom:clearance", value: "blue" }];
    expect(await asAdmin(attributes)).toEqual({ __typename: "AdminUpdateUserAttributesSuccess" });
    expect(await asUser(attributes)).toMatchObject({
      __typename: "CognitoNotAuthorizedError",
      message: expect.stringContaining("developer-only"),
    });
    expect(writesSent().map((request) => request.operation)).toEqual(["AdminUpdateUserAttributes"]);
  });

  it("holds the user path to the app client's WriteAttributes, naming the client and how to grant it", async () => {
    const result = await asUser([
      { name: "given_name", value: "Ada" },
      { name: "custom:badge", value: "gold" },
    ]);

    expect(result).toEqual({
      __typename: "CognitoNotAuthorizedError",
      code: "NotAuthorizedException",
      message: `A client attempted to write unauthorized attribute: custom:badge (app client storefront (${tokens.defaultClientId}) may not write it: it is not in the client's WriteAttributes; grant it by adding the attribute to WriteAttributes with UpdateUserPoolClient)`,
    });
    // Nothing half-applied: the allowed given_name was not sent either.
    expect(writesSent()).toEqual([]);
    // The admin path is not held to any app client.
    expect(await asAdmin([{ name: "custom:badge", value: "gold" }])).toEqual({
      __typename: "AdminUpdateUserAttributesSuccess",
    });
  });

  it("refuses deleting sub or a required attribute, and deleting what the client may not write", async () => {
    const user = fake.addUser(aUser());
    const token = await tokens.accessToken(user);
    const answers = [];
    for (const attributeNames of [["sub"], ["email"], ["custom:badge"]]) {
      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, DeleteMine, { token, variables: { input: { attributeNames } } }),
      );
      answers.push(data.deleteMyAttributes);
    }

    expect(answers).toMatchObject([
      { __typename: "CognitoInvalidParameterError", message: expect.stringContaining("permanent id") },
      {
        __typename: "CognitoInvalidParameterError",
        message: expect.stringContaining("required by the pool"),
      },
      { __typename: "CognitoNotAuthorizedError", message: expect.stringContaining("custom:badge") },
    ]);
    expect(writesSent()).toEqual([]);
  });

  it("checks every bulk item against the contract: refused items are not sent, the others are", async () => {
    const [ok, bad] = [fake.addUser(aUser()), fake.addUser(aUser())];
    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, Bulk, {
        token: await tokens.adminAccessToken(aUser()),
        variables: {
          input: {
            updates: [
              { username: ok.username, userAttributes: [{ name: "custom:level", value: "3" }] },
              { username: bad.username, userAttributes: [{ name: "custom:level", value: "30" }] },
            ],
          },
        },
      }),
    );

    const bulk = data.adminUpdateUsersAttributes;
    expect(bulk.__typename).toBe("AdminUpdateUsersAttributesSuccess");
    if (bulk.__typename !== "AdminUpdateUsersAttributesSuccess") return;
    expect(bulk.results).toMatchObject([
      { __typename: "AdminUpdateUserAttributesSuccess" },
      { __typename: "CognitoInvalidParameterError", message: expect.stringContaining("between 1 and 5") },
    ]);
    expect(writesSent().map((request) => request.body.Username)).toEqual([ok.username]);
  });

  it("answers attributeDefinitions with the pool's attributes and what each caller may write", async () => {
    const user = fake.addUser(aUser());
    const asUserData = expectNoErrors(
      await execute(gateway.graphqlUrl, Definitions, { token: await tokens.accessToken(user) }),
    );
    const asAdminData = expectNoErrors(
      await execute(gateway.graphqlUrl, Definitions, { token: await tokens.adminAccessToken(aUser()) }),
    );

    const byName = (definitions: typeof asUserData.attributeDefinitions) =>
      Object.fromEntries(definitions.map((definition) => [definition.name, definition]));
    const mine = byName(asUserData.attributeDefinitions);
    const admins = byName(asAdminData.attributeDefinitions);
    expect(Object.keys(mine)).toEqual(declaredNames);
    expect(mine["custom:level"]).toEqual({
      name: "custom:level",
      type: "NUMBER",
      mutable: true,
      required: false,
      developerOnly: false,
      minLength: null,
      maxLength: null,
      minValue: 1,
      maxValue: 5,
      writableByMe: true,
      notWritableReason: null,
    });
    expect(mine["custom:nickname2"]).toMatchObject({ type: "STRING", minLength: 2, maxLength: 8 });
    expect(mine["custom:badge"]).toMatchObject({
      writableByMe: false,
      notWritableReason: expect.stringContaining("WriteAttributes"),
    });
    expect(admins["custom:badge"]).toMatchObject({ writableByMe: true });
    expect(mine["dev:custom:clearance"]).toMatchObject({ developerOnly: true, writableByMe: false });
    expect(admins["dev:custom:clearance"]).toMatchObject({ writableByMe: true });
    expect(mine.email_verified).toMatchObject({ type: "BOOLEAN", writableByMe: false });
    expect(admins.email_verified).toMatchObject({ writableByMe: true });
    for (const definitions of [mine, admins]) {
      expect(definitions.sub).toMatchObject({ mutable: false, required: true, writableByMe: false });
      expect(definitions["custom:joined"]).toMatchObject({ mutable: false, writableByMe: false });
    }
    expect(fake.requests).toEqual([]);
  });

  it("refuses attributeDefinitions without a token", async () => {
    const response = await execute(gateway.graphqlUrl, Definitions);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("the embedded demo pool's contract", () => {
  let backend: EmbeddedBackend;
  let gateway: TestGateway;
  let adminToken: string;
  let password: string;

  useEmbeddedGateway((world) => ({ backend, gateway, adminToken, password } = world));

  async function aSignedInUser() {
    const username = `pool-${randomUUID().slice(0, 8)}`;
    await backend.embedded.createUser({
      username,
      password,
      attributes: { email: `${username}@example.com` },
    });
    return { username, accessToken: (await backend.embedded.signIn(username, password)).accessToken };
  }

  it("shows each kind of constraint the demo pool declares through attributeDefinitions", async () => {
    const user = await aSignedInUser();
    const data = expectNoErrors(await execute(gateway.graphqlUrl, Definitions, { token: user.accessToken }));
    const byName = Object.fromEntries(
      data.attributeDefinitions.map((definition) => [definition.name, definition]),
    );

    expect(byName["custom:department"]).toMatchObject({ maxLength: 64, writableByMe: true });
    expect(byName["custom:tenant"]).toMatchObject({ mutable: false, writableByMe: false });
    expect(byName["custom:employee_id"]).toMatchObject({
      type: "NUMBER",
      minValue: 1,
      maxValue: 999999,
      writableByMe: false,
      notWritableReason: expect.stringContaining("cognito-attributes-gateway-demo-client"),
    });
    expect(byName["custom:clearance"]).toMatchObject({ developerOnly: true, writableByMe: false });
  });

  it.each([
    ["custom:department", "d".repeat(65), "CognitoInvalidParameterError", "0 to 64 characters"],
    ["custom:employee_id", "7", "CognitoNotAuthorizedError", "WriteAttributes"],
    ["custom:clearance", "blue", "CognitoNotAuthorizedError", "developer-only"],
    ["custom:tenant", "acme", "CognitoNotAuthorizedError", "ADMIN_ONLY_ATTRIBUTES"],
  ])(
    "refuses a user's write of %s, which cognito-local itself would accept or answer otherwise",
    async (name, value, typename, mentions) => {
      const user = await aSignedInUser();
      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, UpdateMine, {
          token: user.accessToken,
          variables: { input: { userAttributes: [{ name, value }] } },
        }),
      );
      expect(data.updateMyAttributes).toMatchObject({
        __typename: typename,
        message: expect.stringContaining(mentions),
      });
    },
  );

  it("lets the admin path write the demo's Number and developer-only attributes within their constraints", async () => {
    const user = await aSignedInUser();
    const update = (userAttributes: { name: string; value: string }[]) =>
      execute(gateway.graphqlUrl, AdminUpdate, {
        token: adminToken,
        variables: { input: { username: user.username, userAttributes } },
      });

    expect(
      expectNoErrors(await update([{ name: "custom:employee_id", value: "1000000" }]))
        .adminUpdateUserAttributes,
    ).toMatchObject({
      __typename: "CognitoInvalidParameterError",
      message: expect.stringContaining("between 1 and 999999"),
    });
    expect(
      expectNoErrors(
        await update([
          { name: "custom:employee_id", value: "4711" },
          { name: "custom:clearance", value: "blue" },
        ]),
      ).adminUpdateUserAttributes,
    ).toEqual({ __typename: "AdminUpdateUserAttributesSuccess" });
  });
});
