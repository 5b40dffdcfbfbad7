import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { type EmbeddedBackend, useEmbeddedGateway } from "../helpers/embedded.js";
import { expiredCopyOf, foreignKeyCopyOf, resignedCopyOf } from "../helpers/embedded-tokens.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { type TestGateway } from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors, type GraphQLResponse } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

const UpdateMine = graphql(`
  mutation AuthenticationIt_UpdateMine($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
    }
  }
`);

const AdminUpdate = graphql(`
  mutation AuthenticationIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const Me = graphql(`
  query AuthenticationIt_Me {
    me {
      sub
      username
      department: attribute(name: "custom:department")
    }
  }
`);

const UserByName = graphql(`
  query AuthenticationIt_User($username: String!) {
    user(username: $username) {
      username
    }
  }
`);

/** A denial: one top-level error with `code`, and no data for the field (null, or no data at all). */
function expectDenied(
  response: GraphQLResponse<Record<string, unknown>>,
  code: "UNAUTHENTICATED" | "FORBIDDEN",
): string {
  expect(errorCodes(response), JSON.stringify(response, null, 2)).toEqual([code]);
  expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
  return response.errors?.[0]?.message ?? "";
}

describe("authentication and authorization against the embedded Cognito", () => {
  let backend: EmbeddedBackend;
  let gateway: TestGateway;

  useEmbeddedGateway((world) => ({ backend, gateway } = world));

  const password = "Passw0rd!auth-it";

  /** A fresh user in the department "engineering", signed in for real. */
  async function aSignedInUser() {
    const username = `auth-${randomUUID().slice(0, 8)}`;
    const created = await backend.embedded.createUser({
      username,
      password,
      attributes: {
        email: `${username}@example.com`,
        email_verified: "true",
        "custom:department": "engineering",
      },
    });
    return { ...created, ...(await backend.embedded.signIn(username, password)) };
  }

  const renameDepartment = { input: { userAttributes: [{ name: "custom:department", value: "hijacked" }] } };

  /** The department as Cognito holds it, read with the user's genuine token. */
  async function departmentOf(accessToken: string): Promise<string | null | undefined> {
    return expectNoErrors(await execute(gateway.graphqlUrl, Me, { token: accessToken })).me?.department;
  }

  it("accepts the access token from a real sign-in, and the same claims re-signed with the emulator's key", async () => {
    const user = await aSignedInUser();

    for (const token of [user.accessToken, await resignedCopyOf(user.accessToken)]) {
      const data = expectNoErrors(await execute(gateway.graphqlUrl, Me, { token }));
      expect(data.me).toMatchObject({ sub: user.sub, username: user.username });
    }
  });

  it("answers UNAUTHENTICATED when no token is sent", async () => {
    const me = await execute(gateway.graphqlUrl, Me);
    expect(expectDenied(me, "UNAUTHENTICATED")).toContain("Authorization: Bearer");

    expectDenied(
      await execute(gateway.graphqlUrl, UpdateMine, { variables: renameDepartment }),
      "UNAUTHENTICATED",
    );
    expectDenied(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        variables: {
          input: { username: "alice", userAttributes: [{ name: "custom:department", value: "hijacked" }] },
        },
      }),
      "UNAUTHENTICATED",
    );
  });

  it("answers UNAUTHENTICATED for an ID token and leaves the user unchanged", async () => {
    const user = await aSignedInUser();

    const response = await execute(gateway.graphqlUrl, UpdateMine, {
      token: user.idToken,
      variables: renameDepartment,
    });

    expect(expectDenied(response, "UNAUTHENTICATED")).toMatch(/token use/i);
    expect(await departmentOf(user.accessToken)).toBe("engineering");
  });

  it("answers UNAUTHENTICATED for an expired access token and leaves the user unchanged", async () => {
    const user = await aSignedInUser();

    const response = await execute(gateway.graphqlUrl, UpdateMine, {
      token: await expiredCopyOf(user.accessToken),
      variables: renameDepartment,
    });

    expect(expectDenied(response, "UNAUTHENTICATED")).toMatch(/expired/i);
    expect(await departmentOf(user.accessToken)).toBe("engineering");
  });

  it("answers UNAUTHENTICATED for an access token signed by another key under the pool's kid", async () => {
    const user = await aSignedInUser();

    const response = await execute(gateway.graphqlUrl, UpdateMine, {
      token: await foreignKeyCopyOf(user.accessToken),
      variables: renameDepartment,
    });

    expect(expectDenied(response, "UNAUTHENTICATED")).toMatch(/signature/i);
    expect(await departmentOf(user.accessToken)).toBe("engineering");
  });

  it("answers FORBIDDEN when a user calls the admin mutation, and the target keeps its attributes", async () => {
    const caller = await aSignedInUser();
    const target = await aSignedInUser();

    const response = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: caller.accessToken,
      variables: {
        input: {
          username: target.username,
          userAttributes: [{ name: "custom:department", value: "hijacked" }],
        },
      },
    });

    expect(expectDenied(response, "FORBIDDEN")).toMatch(/admin/i);
    expect(await departmentOf(target.accessToken)).toBe("engineering");
  });

  it("answers FORBIDDEN when a user calls the admin user query", async () => {
    const caller = await aSignedInUser();

    const response = await execute(gateway.graphqlUrl, UserByName, {
      token: caller.accessToken,
      variables: { username: caller.username },
    });

    expectDenied(response, "FORBIDDEN");
  });

  it("sets an x-request-id response header, keeping a well-formed one the caller sent", async () => {
    const user = await aSignedInUser();

    const allowed = await execute(gateway.graphqlUrl, Me, { token: user.accessToken });
    expect(allowed.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    const denied = await execute(gateway.graphqlUrl, Me);
    expect(denied.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(denied.headers.get("x-request-id")).not.toBe(allowed.headers.get("x-request-id"));

    const joined = await execute(gateway.graphqlUrl, Me, {
      token: user.accessToken,
      headers: { "x-request-id": "upstream-trace.42" },
    });
    expect(joined.headers.get("x-request-id")).toBe("upstream-trace.42");
  });
});

// The emulator cannot report what it was asked, so "Cognito is not called on a denial" is proven
// against FakeCognito, which records every operation request it receives.
describe("a denial against a recording fake Cognito", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;

  useFakeGateway((world) => ({ fake, tokens, gateway } = world));

  it("answers FORBIDDEN when a user calls the admin mutation, and Cognito sees no request", async () => {
    const caller = fake.addUser(aUser());
    const target = fake.addUser(aUser({ attributes: { "custom:department": "engineering" } }));
    const variables = {
      input: {
        username: target.username,
        userAttributes: [{ name: "custom:department", value: "hijacked" }],
      },
    };
    fake.clearRequests();

    const denied = await execute(gateway.graphqlUrl, AdminUpdate, {
      token: await tokens.accessToken(caller),
      variables,
    });

    expectDenied(denied, "FORBIDDEN");
    expect(fake.requests).toHaveLength(0);
    expect(fake.findUser(target.username)?.attributes["custom:department"]).toBe("engineering");

    // Control: the same request from an admin does reach this fake, so the silence above means something.
    const allowed = expectNoErrors(
      await execute(gateway.graphqlUrl, AdminUpdate, {
        token: await tokens.adminAccessToken(caller),
        variables,
      }),
    );
    expect(allowed.adminUpdateUserAttributes.__typename).toBe("AdminUpdateUserAttributesSuccess");
    expect(fake.requestsFor("AdminUpdateUserAttributes")).toHaveLength(1);
  });
});
