import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import {
  AdminGetUserCommand,
  AdminUserGlobalSignOutCommand,
  DescribeUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { graphql } from "../generated/index.js";
import { execute, type GraphQLResponse } from "../helpers/graphql.js";
import type { PoolUser } from "../helpers/cognito-pool.js";

/**
 * The contract suite: one list of scenarios, each stating what Cognito documents and reducing what
 * the gateway and backend did to a small JSON outcome. Every backend runs every scenario; where a
 * backend differs from Cognito, `divergences.ts` declares the outcome it really gives, and the suite
 * asserts that one instead (so a fixed emulator fails the test until the declaration goes).
 *
 * Adding a scenario is one entry below: an id, Cognito's documented behaviour in one line, the
 * outcome that behaviour produces, and `run`.
 */

/** A JSON value: what a scenario observed, free of run-time values (no subs, names or tokens). */
export type Outcome = Record<string, unknown>;

export type BackendName = "moto" | "cognito-local" | "FakeCognito" | "Cognito";

/** What a scenario may use: the gateway in front of the backend, and the backend itself. */
export interface ContractWorld {
  backend: BackendName;
  /** The gateway's `/graphql`. */
  graphqlUrl: string;
  /** An SDK client on the backend (the admin side: what the backend really stores). */
  cognito: CognitoIdentityProviderClient;
  userPoolId: string;
  /** A fresh user of the pool (`admin`: in the admin group), signed in. */
  newUser(options?: { admin?: boolean }): Promise<PoolUser>;
  /** The signed-in admin every scenario may use. */
  admin: PoolUser;
  /** The last verification code the backend sent `username`; undefined when none was sent. */
  latestCode?(username: string): Promise<string | undefined>;
}

export interface Scenario {
  id: string;
  /** Cognito's documented behaviour, one line (README table). */
  cognito: string;
  /** The outcome of that behaviour. */
  expected: Outcome;
  /** Needs the backend's verification codes (not readable on real Cognito: they are emailed). */
  needsCodes?: boolean;
  run(world: ContractWorld): Promise<Outcome>;
}

const AdminUpdate = graphql(`
  mutation Contract_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
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
  mutation Contract_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
      ... on UpdateMyAttributesSuccess {
        codeDeliveryDetails {
          attributeName
          deliveryMedium
          destination
        }
      }
    }
  }
`);

const VerifyMine = graphql(`
  mutation Contract_VerifyMine($input: VerifyMyAttributeInput!) {
    verifyMyAttribute(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const AdminDelete = graphql(`
  mutation Contract_AdminDelete($input: AdminDeleteUserAttributesInput!) {
    adminDeleteUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const DeleteMine = graphql(`
  mutation Contract_DeleteMine($input: DeleteMyAttributesInput!) {
    deleteMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const ResendCode = graphql(`
  mutation Contract_ResendCode($input: ResendMyAttributeVerificationCodeInput!) {
    resendMyAttributeVerificationCode(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
      ... on ResendMyAttributeVerificationCodeSuccess {
        codeDeliveryDetails {
          deliveryMedium
        }
      }
    }
  }
`);

const Me = graphql(`
  query Contract_Me {
    me {
      sub
      username
      email: attribute(name: "email")
    }
  }
`);

const ReadUser = graphql(`
  query Contract_User($username: String!) {
    user(username: $username) {
      sub
      username
    }
  }
`);

const Entities = graphql(`
  query Contract_Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on User {
        sub
        username
      }
    }
  }
`);

const Definitions = graphql(`
  query Contract_Definitions {
    attributeDefinitions {
      name
      developerOnly
    }
  }
`);

/** The result and whether the refusal's message says `keyword` (what to change), never the message itself. */
function refusalOf(response: GraphQLResponse<unknown>, field: string, keyword: string): Outcome {
  const data = response.data as Record<string, { message?: unknown } | null> | null | undefined;
  const message = data?.[field]?.message;
  return {
    result: resultOf(response, field),
    explains: typeof message === "string" && message.includes(keyword),
  };
}

/** The pool's developer-only attribute, by the name the backend gives it (Cognito: `dev:custom:…`). */
async function developerOnlyName(world: ContractWorld, user: PoolUser): Promise<string | undefined> {
  const response = await execute(world.graphqlUrl, Definitions, { token: user.accessToken });
  return response.data?.attributeDefinitions.find((definition) => definition.developerOnly)?.name;
}

/** `Success`, a union member (`CognitoUserNotFoundError`), or `error: <extensions.code or message>`. */
function resultOf(response: GraphQLResponse<unknown>, field: string): string {
  const data = response.data as Record<string, { __typename?: string } | null> | null | undefined;
  const value = data?.[field];
  if (value?.__typename) return value.__typename;
  const error = response.errors?.[0];
  if (error) return `error: ${String(error.extensions?.code ?? error.message)}`;
  return value === null ? "null" : "no answer";
}

/** The attributes the backend stores for `username` (AdminGetUser on the backend itself). */
async function stored(world: ContractWorld, username: string): Promise<Record<string, string>> {
  const user = await world.cognito.send(
    new AdminGetUserCommand({ UserPoolId: world.userPoolId, Username: username }),
  );
  return Object.fromEntries((user.UserAttributes ?? []).map(({ Name, Value }) => [Name, Value ?? ""]));
}

/** Each named attribute's stored value, `null` when the backend does not hold it at all. */
async function storedValues(world: ContractWorld, username: string, names: string[]) {
  const attributes = await stored(world, username);
  return Object.fromEntries(names.map((name) => [name, attributes[name] ?? null]));
}

async function adminUpdate(
  world: ContractWorld,
  username: string,
  userAttributes: { name: string; value: string }[],
) {
  return execute(world.graphqlUrl, AdminUpdate, {
    token: world.admin.accessToken,
    variables: { input: { username, userAttributes } },
  });
}

async function updateMine(
  world: ContractWorld,
  user: PoolUser,
  userAttributes: { name: string; value: string }[],
) {
  return execute(world.graphqlUrl, UpdateMine, {
    token: user.accessToken,
    variables: { input: { userAttributes } },
  });
}

async function verifyMine(world: ContractWorld, user: PoolUser, code: string) {
  return execute(world.graphqlUrl, VerifyMine, {
    token: user.accessToken,
    variables: { input: { attributeName: "email", code } },
  });
}

/** A user whose email change is waiting for its code (where the backend keeps it pending). */
async function withPendingEmail(world: ContractWorld) {
  const user = await world.newUser();
  const newEmail = `new-${user.email}`;
  const update = await updateMine(world, user, [{ name: "email", value: newEmail }]);
  return { user, newEmail, update };
}

/** `"new"`, `"old"` or `"other"`: which email the backend holds after a change to `newEmail`. */
async function whichEmail(world: ContractWorld, user: PoolUser, newEmail: string): Promise<string> {
  const { email } = await stored(world, user.username);
  if (email === newEmail) return "new";
  return email === user.email ? "old" : "other";
}

async function readUser(world: ContractWorld, username: string, token = world.admin.accessToken) {
  const response = await execute(world.graphqlUrl, ReadUser, { token, variables: { username } });
  return { response, user: response.data?.user };
}

export const SCENARIOS: Scenario[] = [
  {
    id: "admin-update",
    cognito: "AdminUpdateUserAttributes writes the attributes.",
    expected: {
      result: "AdminUpdateUserAttributesSuccess",
      stored: { "custom:department": "research", given_name: "Ada" },
    },
    async run(world) {
      const user = await world.newUser();
      const response = await adminUpdate(world, user.username, [
        { name: "custom:department", value: "research" },
        { name: "given_name", value: "Ada" },
      ]);
      return {
        result: resultOf(response, "adminUpdateUserAttributes"),
        stored: await storedValues(world, user.username, ["custom:department", "given_name"]),
      };
    },
  },
  {
    id: "admin-update-blank-deletes",
    cognito: "A blank value in AdminUpdateUserAttributes deletes the attribute.",
    expected: { result: "AdminUpdateUserAttributesSuccess", stored: { given_name: null } },
    async run(world) {
      const user = await world.newUser();
      await adminUpdate(world, user.username, [{ name: "given_name", value: "Ada" }]);
      const response = await adminUpdate(world, user.username, [{ name: "given_name", value: "" }]);
      return {
        result: resultOf(response, "adminUpdateUserAttributes"),
        stored: await storedValues(world, user.username, ["given_name"]),
      };
    },
  },
  {
    id: "user-update",
    cognito: "UpdateUserAttributes writes the caller's own attributes.",
    expected: { result: "UpdateMyAttributesSuccess", stored: { given_name: "Grace" } },
    async run(world) {
      const user = await world.newUser();
      const response = await updateMine(world, user, [{ name: "given_name", value: "Grace" }]);
      return {
        result: resultOf(response, "updateMyAttributes"),
        stored: await storedValues(world, user.username, ["given_name"]),
      };
    },
  },
  {
    id: "user-update-blank-deletes",
    cognito: "A blank value in UpdateUserAttributes deletes the attribute.",
    expected: { result: "UpdateMyAttributesSuccess", stored: { given_name: null } },
    async run(world) {
      const user = await world.newUser();
      await updateMine(world, user, [{ name: "given_name", value: "Grace" }]);
      const response = await updateMine(world, user, [{ name: "given_name", value: "" }]);
      return {
        result: resultOf(response, "updateMyAttributes"),
        stored: await storedValues(world, user.username, ["given_name"]),
      };
    },
  },
  {
    id: "admin-delete",
    cognito: "AdminDeleteUserAttributes deletes the attributes.",
    expected: { result: "AdminDeleteUserAttributesSuccess", stored: { nickname: null } },
    async run(world) {
      const user = await world.newUser();
      await adminUpdate(world, user.username, [{ name: "nickname", value: "ada" }]);
      const response = await execute(world.graphqlUrl, AdminDelete, {
        token: world.admin.accessToken,
        variables: { input: { username: user.username, attributeNames: ["nickname"] } },
      });
      return {
        result: resultOf(response, "adminDeleteUserAttributes"),
        stored: await storedValues(world, user.username, ["nickname"]),
      };
    },
  },
  {
    id: "user-delete",
    cognito: "DeleteUserAttributes deletes the caller's own attributes.",
    expected: { result: "DeleteMyAttributesSuccess", stored: { nickname: null } },
    async run(world) {
      const user = await world.newUser();
      await adminUpdate(world, user.username, [{ name: "nickname", value: "ada" }]);
      const response = await execute(world.graphqlUrl, DeleteMine, {
        token: user.accessToken,
        variables: { input: { attributeNames: ["nickname"] } },
      });
      return {
        result: resultOf(response, "deleteMyAttributes"),
        stored: await storedValues(world, user.username, ["nickname"]),
      };
    },
  },
  {
    id: "email-change-pending",
    cognito:
      "In a pool that verifies email before updating it, a user's new email waits for its code; a code is sent.",
    expected: {
      result: "UpdateMyAttributesSuccess",
      codeSentBy: "EMAIL",
      destination: "masked",
      storedEmail: "old",
    },
    async run(world) {
      const { user, newEmail, update } = await withPendingEmail(world);
      const details = (
        update.data?.updateMyAttributes as
          { codeDeliveryDetails?: { deliveryMedium: string; destination: string | null }[] } | undefined
      )?.codeDeliveryDetails;
      const destination = details?.[0]?.destination;
      return {
        result: resultOf(update, "updateMyAttributes"),
        codeSentBy: details?.[0]?.deliveryMedium ?? null,
        // Cognito shows where the code went without the whole address (`a***@e***`).
        destination:
          destination === undefined || destination === null
            ? null
            : destination === newEmail
              ? "whole address"
              : "masked",
        storedEmail: await whichEmail(world, user, newEmail),
      };
    },
  },
  {
    id: "admin-email-change-pending",
    cognito:
      "In a pool that verifies email before updating it, an admin's email change also waits for verification.",
    expected: { result: "AdminUpdateUserAttributesSuccess", storedEmail: "old" },
    async run(world) {
      const user = await world.newUser();
      const newEmail = `new-${user.email}`;
      const response = await adminUpdate(world, user.username, [{ name: "email", value: newEmail }]);
      return {
        result: resultOf(response, "adminUpdateUserAttributes"),
        storedEmail: await whichEmail(world, user, newEmail),
      };
    },
  },
  {
    id: "verify-wrong-code",
    cognito: "VerifyUserAttribute with a wrong code is CodeMismatchException; the email stays as it was.",
    expected: { result: "CognitoCodeMismatchError", storedEmail: "old" },
    async run(world) {
      const { user, newEmail } = await withPendingEmail(world);
      const response = await verifyMine(world, user, "000000");
      return {
        result: resultOf(response, "verifyMyAttribute"),
        storedEmail: await whichEmail(world, user, newEmail),
      };
    },
  },
  {
    id: "verify-right-code",
    cognito: "VerifyUserAttribute with the code sent makes the pending email current and verified.",
    needsCodes: true,
    expected: {
      codeSent: true,
      result: "VerifyMyAttributeSuccess",
      storedEmail: "new",
      emailVerified: "true",
    },
    async run(world) {
      const { user, newEmail } = await withPendingEmail(world);
      const code = await world.latestCode?.(user.username);
      const response = await verifyMine(world, user, code ?? "000000");
      return {
        codeSent: code !== undefined,
        result: resultOf(response, "verifyMyAttribute"),
        storedEmail: await whichEmail(world, user, newEmail),
        emailVerified: (await stored(world, user.username)).email_verified ?? null,
      };
    },
  },
  {
    id: "resend-code",
    cognito: "GetUserAttributeVerificationCode sends a new code and says where (CodeDeliveryDetails).",
    expected: { result: "ResendMyAttributeVerificationCodeSuccess", deliveryMedium: "EMAIL" },
    async run(world) {
      const user = await world.newUser();
      const response = await execute(world.graphqlUrl, ResendCode, {
        token: user.accessToken,
        variables: { input: { attributeName: "email" } },
      });
      const success = response.data?.resendMyAttributeVerificationCode as
        { codeDeliveryDetails?: { deliveryMedium: string } | null } | undefined;
      return {
        result: resultOf(response, "resendMyAttributeVerificationCode"),
        deliveryMedium: success?.codeDeliveryDetails?.deliveryMedium ?? null,
      };
    },
  },
  {
    id: "read-me",
    cognito: "GetUser returns the caller's own username and attributes.",
    expected: { sameUser: true, email: true },
    async run(world) {
      const user = await world.newUser();
      const response = await execute(world.graphqlUrl, Me, { token: user.accessToken });
      const me = response.data?.me;
      return {
        sameUser: me?.sub === user.sub && me.username === user.username,
        email: me?.email === user.email,
        ...(response.errors ? { error: resultOf(response, "me") } : {}),
      };
    },
  },
  {
    id: "read-user-by-username",
    cognito: "AdminGetUser finds a user by username.",
    expected: { found: true },
    async run(world) {
      const user = await world.newUser();
      const read = await readUser(world, user.username);
      return { found: read.user?.sub === user.sub };
    },
  },
  {
    id: "read-user-by-alias",
    cognito: "AdminGetUser resolves an alias (here the verified email) to its user.",
    expected: { found: true },
    async run(world) {
      const user = await world.newUser();
      const read = await readUser(world, user.email);
      return { found: read.user?.sub === user.sub };
    },
  },
  {
    id: "read-user-by-sub",
    cognito: "AdminGetUser accepts a local user's sub as the username.",
    expected: { found: true },
    async run(world) {
      const user = await world.newUser();
      const read = await readUser(world, user.sub);
      return { found: read.user?.sub === user.sub };
    },
  },
  {
    id: "read-entities",
    cognito: "A federation reference by sub resolves to the user (AdminGetUser, then ListUsers by sub).",
    expected: { found: true },
    async run(world) {
      const user = await world.newUser();
      const response = await execute(world.graphqlUrl, Entities, {
        token: world.admin.accessToken,
        variables: { representations: [{ __typename: "User", sub: user.sub }] },
      });
      const [entity] = response.data?._entities ?? [];
      return { found: entity?.username === user.username };
    },
  },
  {
    id: "missing-user-read",
    cognito: "AdminGetUser of a user that does not exist is UserNotFoundException (`user` is null).",
    expected: { user: null, errors: false },
    async run(world) {
      const read = await readUser(world, "no-such-user-4f1c");
      return { user: read.user ?? null, errors: read.response.errors !== undefined };
    },
  },
  {
    id: "missing-user-update",
    cognito: "AdminUpdateUserAttributes of a user that does not exist is UserNotFoundException.",
    expected: { result: "CognitoUserNotFoundError" },
    async run(world) {
      const response = await adminUpdate(world, "no-such-user-4f1c", [{ name: "given_name", value: "Ada" }]);
      return { result: resultOf(response, "adminUpdateUserAttributes") };
    },
  },
  {
    id: "revoked-token",
    cognito:
      "After a global sign-out the user's access token is refused (NotAuthorizedException); the message holds no token.",
    expected: { signOut: "ok", result: "CognitoNotAuthorizedError", tokenInMessage: false },
    async run(world) {
      const user = await world.newUser();
      let signOut = "ok";
      try {
        await world.cognito.send(
          new AdminUserGlobalSignOutCommand({ UserPoolId: world.userPoolId, Username: user.username }),
        );
      } catch (error) {
        signOut = (error as Error).name;
      }
      const response = await updateMine(world, user, [{ name: "given_name", value: "Revoked" }]);
      const [, payload = "", signature = ""] = user.accessToken.split(".");
      const text = JSON.stringify(response);
      return {
        signOut,
        result: resultOf(response, "updateMyAttributes"),
        tokenInMessage: text.includes(payload) || text.includes(signature),
      };
    },
  },
  {
    id: "refused-verified-flag",
    cognito: "A user may not set email_verified (the gateway refuses before sending).",
    expected: { result: "CognitoNotAuthorizedError", stored: { email_verified: "true" } },
    async run(world) {
      const user = await world.newUser();
      const response = await updateMine(world, user, [{ name: "email_verified", value: "false" }]);
      return {
        result: resultOf(response, "updateMyAttributes"),
        stored: await storedValues(world, user.username, ["email_verified"]),
      };
    },
  },
  {
    id: "refused-admin-path-for-users",
    cognito: "Only admins reach the Admin* operations (the gateway refuses a user's token with FORBIDDEN).",
    expected: { result: "error: FORBIDDEN", stored: { given_name: null } },
    async run(world) {
      const user = await world.newUser();
      const response = await execute(world.graphqlUrl, AdminUpdate, {
        token: user.accessToken,
        variables: {
          input: { username: user.username, userAttributes: [{ name: "given_name", value: "X" }] },
        },
      });
      return {
        result: resultOf(response, "adminUpdateUserAttributes"),
        stored: await storedValues(world, user.username, ["given_name"]),
      };
    },
  },
  {
    id: "refused-unprefixed-custom",
    cognito: "A custom attribute needs its custom: prefix (InvalidParameterException, nothing written).",
    expected: { result: "CognitoInvalidParameterError", stored: { "custom:department": null } },
    async run(world) {
      const user = await world.newUser();
      const response = await adminUpdate(world, user.username, [{ name: "department", value: "research" }]);
      return {
        result: resultOf(response, "adminUpdateUserAttributes"),
        stored: await storedValues(world, user.username, ["custom:department"]),
      };
    },
  },
  {
    id: "pool-unknown-attribute",
    cognito:
      "An attribute the pool does not have is refused (InvalidParameterException); the gateway names the nearest it has.",
    expected: { result: "CognitoInvalidParameterError", explains: true },
    async run(world) {
      const user = await world.newUser();
      const response = await adminUpdate(world, user.username, [{ name: "custom:departmnet", value: "x" }]);
      return refusalOf(response, "adminUpdateUserAttributes", 'the nearest it has: "custom:department"');
    },
  },
  {
    id: "pool-immutable",
    cognito: "An immutable attribute (Mutable: false) cannot be updated (InvalidParameterException).",
    expected: { result: "CognitoInvalidParameterError", explains: true, stored: { "custom:tenant": null } },
    async run(world) {
      const user = await world.newUser();
      const response = await adminUpdate(world, user.username, [{ name: "custom:tenant", value: "acme" }]);
      return {
        ...refusalOf(response, "adminUpdateUserAttributes", "immutable"),
        stored: await storedValues(world, user.username, ["custom:tenant"]),
      };
    },
  },
  {
    id: "pool-string-max-length",
    cognito: "A value longer than the attribute's MaxLength is refused (InvalidParameterException).",
    expected: { result: "CognitoInvalidParameterError", explains: true, stored: { "custom:code": null } },
    async run(world) {
      const user = await world.newUser();
      const response = await adminUpdate(world, user.username, [{ name: "custom:code", value: "ninechars" }]);
      return {
        ...refusalOf(response, "adminUpdateUserAttributes", "0 to 8 characters"),
        stored: await storedValues(world, user.username, ["custom:code"]),
      };
    },
  },
  {
    id: "pool-number-range",
    cognito: "A Number outside MinValue/MaxValue is refused (InvalidParameterException).",
    expected: { result: "CognitoInvalidParameterError", explains: true, stored: { "custom:level": null } },
    async run(world) {
      const user = await world.newUser();
      const response = await adminUpdate(world, user.username, [{ name: "custom:level", value: "9" }]);
      return {
        ...refusalOf(response, "adminUpdateUserAttributes", "between 1 and 5"),
        stored: await storedValues(world, user.username, ["custom:level"]),
      };
    },
  },
  {
    id: "pool-phone-format",
    cognito: "phone_number must be E.164 (InvalidParameterException).",
    expected: { result: "CognitoInvalidParameterError", explains: true, stored: { phone_number: null } },
    async run(world) {
      const user = await world.newUser();
      const response = await adminUpdate(world, user.username, [{ name: "phone_number", value: "555-0100" }]);
      return {
        ...refusalOf(response, "adminUpdateUserAttributes", "E.164"),
        stored: await storedValues(world, user.username, ["phone_number"]),
      };
    },
  },
  {
    id: "pool-client-write-attributes",
    cognito:
      'A user may write only the app client\'s WriteAttributes (NotAuthorizedException "A client attempted to write unauthorized attribute").',
    expected: { result: "CognitoNotAuthorizedError", explains: true, stored: { "custom:level": null } },
    async run(world) {
      const user = await world.newUser();
      const response = await updateMine(world, user, [{ name: "custom:level", value: "3" }]);
      return {
        ...refusalOf(response, "updateMyAttributes", "WriteAttributes"),
        stored: await storedValues(world, user.username, ["custom:level"]),
      };
    },
  },
  {
    id: "pool-developer-only",
    cognito:
      "A developer-only attribute (`dev:custom:…`) is written by the admin path only, never with a user's token.",
    expected: {
      name: "dev:custom:clearance",
      user: "CognitoNotAuthorizedError",
      admin: "AdminUpdateUserAttributesSuccess",
    },
    async run(world) {
      const user = await world.newUser();
      const name = await developerOnlyName(world, user);
      if (!name) return { name: null };
      const mine = await updateMine(world, user, [{ name, value: "blue" }]);
      const theirs = await adminUpdate(world, user.username, [{ name, value: "blue" }]);
      return {
        name,
        user: resultOf(mine, "updateMyAttributes"),
        admin: resultOf(theirs, "adminUpdateUserAttributes"),
      };
    },
  },
  {
    id: "pool-sub",
    cognito: "`sub` is immutable and required: never written nor deleted (InvalidParameterException).",
    expected: { result: "CognitoInvalidParameterError", explains: true },
    async run(world) {
      const user = await world.newUser();
      const response = await execute(world.graphqlUrl, DeleteMine, {
        token: user.accessToken,
        variables: { input: { attributeNames: ["sub"] } },
      });
      return refusalOf(response, "deleteMyAttributes", "permanent id");
    },
  },
  {
    id: "pool-describes-standard-attributes",
    cognito:
      "DescribeUserPool lists the standard attributes (sub, email, given_name, …) among SchemaAttributes; the gateway knows them either way.",
    expected: { listsStandard: true, gatewayKnows: true },
    async run(world) {
      const { UserPool: pool } = await world.cognito.send(
        new DescribeUserPoolCommand({ UserPoolId: world.userPoolId }),
      );
      const listed = new Set((pool?.SchemaAttributes ?? []).map((attribute) => attribute.Name));
      const user = await world.newUser();
      const response = await execute(world.graphqlUrl, Definitions, { token: user.accessToken });
      const known = new Set(response.data?.attributeDefinitions.map((definition) => definition.name));
      return {
        listsStandard: ["sub", "email", "given_name"].every((name) => listed.has(name)),
        gatewayKnows: ["sub", "email", "given_name"].every((name) => known.has(name)),
      };
    },
  },
];
