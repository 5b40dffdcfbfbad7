import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { type EmbeddedBackend, useEmbeddedGateway } from "../helpers/embedded.js";
import { type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";

const UpdateMine = graphql(`
  mutation UpdateMyAttributesIt_Update($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on UpdateMyAttributesSuccess {
        user {
          sub
          username
          department: attribute(name: "custom:department")
          email: attribute(name: "email")
          emailVerified: attribute(name: "email_verified")
        }
        codeDeliveryDetails {
          attributeName
          deliveryMedium
          destination
        }
      }
      ... on CognitoError {
        message
        code
      }
    }
  }
`);

const Me = graphql(`
  query UpdateMyAttributesIt_Me {
    me {
      sub
      username
      email: attribute(name: "email")
      department: attribute(name: "custom:department")
    }
  }
`);

describe("updateMyAttributes and me against the embedded Cognito", () => {
  let backend: EmbeddedBackend;
  let gateway: TestGateway;

  useEmbeddedGateway((world) => ({ backend, gateway } = world));

  const password = "Passw0rd!user-it";

  /** A fresh signed-in user with a verified email, so tests never share state. */
  async function aSignedInUser(attributes: Record<string, string> = {}) {
    const username = `user-${randomUUID().slice(0, 8)}`;
    const email = `${username}@example.com`;
    const created = await backend.embedded.createUser({
      username,
      password,
      attributes: { email, email_verified: "true", ...attributes },
    });
    const { accessToken } = await backend.embedded.signIn(username, password);
    return { ...created, email, accessToken };
  }

  it("updates the caller's own attribute and returns them as Cognito holds them after the update", async () => {
    const user = await aSignedInUser({ "custom:department": "engineering" });

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, UpdateMine, {
        token: user.accessToken,
        variables: { input: { userAttributes: [{ name: "custom:department", value: "research" }] } },
      }),
    );

    const result = data.updateMyAttributes;
    expect(result.__typename).toBe("UpdateMyAttributesSuccess");
    if (result.__typename !== "UpdateMyAttributesSuccess") return;
    expect(result.user).toMatchObject({ sub: user.sub, username: user.username, department: "research" });
    // Nothing that needs verifying changed, so no code went out.
    expect(result.codeDeliveryDetails).toEqual([]);

    const again = expectNoErrors(await execute(gateway.graphqlUrl, Me, { token: user.accessToken }));
    expect(again.me?.department).toBe("research");
  });

  it('deletes the caller\'s own attribute when the value is blank ("")', async () => {
    const user = await aSignedInUser({ "custom:department": "engineering" });

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, UpdateMine, {
        token: user.accessToken,
        variables: { input: { userAttributes: [{ name: "custom:department", value: "" }] } },
      }),
    );

    const result = data.updateMyAttributes;
    expect(result.__typename).toBe("UpdateMyAttributesSuccess");
    if (result.__typename !== "UpdateMyAttributesSuccess") return;
    expect(result.user.department).toBeNull();
  });

  it("returns codeDeliveryDetails when the caller changes their email, and Cognito sends a code there", async () => {
    const user = await aSignedInUser();
    const newEmail = `new-${user.email}`;
    const deliveriesBefore = backend.embedded.deliveries.length;

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, UpdateMine, {
        token: user.accessToken,
        variables: { input: { userAttributes: [{ name: "email", value: newEmail }] } },
      }),
    );

    const result = data.updateMyAttributes;
    expect(result.__typename).toBe("UpdateMyAttributesSuccess");
    if (result.__typename !== "UpdateMyAttributesSuccess") return;
    expect(result.codeDeliveryDetails).toHaveLength(1);
    expect(result.codeDeliveryDetails[0]).toMatchObject({ attributeName: "email", deliveryMedium: "EMAIL" });
    expect(result.codeDeliveryDetails[0]?.destination).toBeTruthy();

    const sent = backend.embedded.deliveries
      .slice(deliveriesBefore)
      .filter((d) => d.username === user.username);
    expect(sent).toEqual([
      expect.objectContaining({
        destination: newEmail,
        medium: "EMAIL",
        code: expect.stringMatching(/^\d+$/),
      }),
    ]);
    // The demo pool updates email at once (no verification-before-update), leaving it unverified.
    expect(result.user).toMatchObject({ email: newEmail, emailVerified: "false" });
  });

  it("me returns the signed-in caller", async () => {
    const user = await aSignedInUser({ "custom:department": "support" });

    const data = expectNoErrors(await execute(gateway.graphqlUrl, Me, { token: user.accessToken }));

    expect(data.me).toEqual({
      sub: user.sub,
      username: user.username,
      email: user.email,
      department: "support",
    });
  });
});
