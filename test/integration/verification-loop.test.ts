import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { type EmbeddedBackend, useEmbeddedGateway } from "../helpers/embedded.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito } from "../helpers/fake-cognito.js";
import { type TestGateway } from "../helpers/gateway.js";
import { execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

// The user's side of an email change, end to end on the embedded Cognito: change the email, read
// the code from the emulator's captured message sender, verify it, and see the email verified.

const UpdateMine = graphql(`
  mutation VerificationLoop_Update($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const Verify = graphql(`
  mutation VerificationLoop_Verify($input: VerifyMyAttributeInput!) {
    verifyMyAttribute(input: $input) {
      __typename
      ... on VerifyMyAttributeSuccess {
        user {
          sub
          username
          email: attribute(name: "email")
          emailVerified: attribute(name: "email_verified")
        }
      }
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const Resend = graphql(`
  mutation VerificationLoop_Resend($input: ResendMyAttributeVerificationCodeInput!) {
    resendMyAttributeVerificationCode(input: $input) {
      __typename
      ... on ResendMyAttributeVerificationCodeSuccess {
        codeDeliveryDetails {
          attributeName
          deliveryMedium
          destination
        }
      }
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const Me = graphql(`
  query VerificationLoop_Me {
    me {
      email: attribute(name: "email")
      emailVerified: attribute(name: "email_verified")
    }
  }
`);

/** Names that are real attributes but are not verified with a code. */
const UNVERIFIABLE_NAMES = ["given_name", "email_verified", "custom:department", "preferred_username"];

describe("the verification loop against the embedded Cognito", () => {
  let backend: EmbeddedBackend;
  let gateway: TestGateway;

  const password = "Passw0rd!verify-it";

  useEmbeddedGateway((world) => ({ backend, gateway } = world));

  /** A fresh signed-in user with a verified email, so tests never share state. */
  async function aSignedInUser() {
    const username = `verify-${randomUUID().slice(0, 8)}`;
    const email = `${username}@example.com`;
    const created = await backend.embedded.createUser({
      username,
      password,
      attributes: { email, email_verified: "true" },
    });
    const { accessToken } = await backend.embedded.signIn(username, password);
    return { ...created, email, accessToken };
  }

  /** Codes the emulator "sent" to `username` since `from` (an index into `deliveries`). */
  function codesSentTo(username: string, from: number) {
    return backend.embedded.deliveries.slice(from).filter((delivery) => delivery.username === username);
  }

  /** Changes the caller's email through the gateway and returns the code captured for it. */
  async function changeEmail(user: { username: string; accessToken: string }, newEmail: string) {
    const before = backend.embedded.deliveries.length;
    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, UpdateMine, {
        token: user.accessToken,
        variables: { input: { userAttributes: [{ name: "email", value: newEmail }] } },
      }),
    );
    expect(data.updateMyAttributes.__typename).toBe("UpdateMyAttributesSuccess");
    const sent = codesSentTo(user.username, before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ destination: newEmail, medium: "EMAIL" });
    const code = sent[0]?.code;
    expect(code).toMatch(/^\d+$/);
    return code as string;
  }

  it("verifies a changed email with the code Cognito sent, and returns the user with email_verified true", async () => {
    const user = await aSignedInUser();
    const newEmail = `changed-${user.email}`;
    const code = await changeEmail(user, newEmail);

    // The demo pool applies the new email at once but leaves it unverified until the code comes back.
    const pending = expectNoErrors(await execute(gateway.graphqlUrl, Me, { token: user.accessToken }));
    expect(pending.me).toEqual({ email: newEmail, emailVerified: "false" });

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, Verify, {
        token: user.accessToken,
        variables: { input: { attributeName: "email", code } },
      }),
    );

    expect(data.verifyMyAttribute).toEqual({
      __typename: "VerifyMyAttributeSuccess",
      user: { sub: user.sub, username: user.username, email: newEmail, emailVerified: "true" },
    });
    const after = expectNoErrors(await execute(gateway.graphqlUrl, Me, { token: user.accessToken }));
    expect(after.me).toEqual({ email: newEmail, emailVerified: "true" });
  });

  it("returns CognitoCodeMismatchError for a wrong code and leaves the email unverified", async () => {
    const user = await aSignedInUser();
    const newEmail = `mismatch-${user.email}`;
    const code = await changeEmail(user, newEmail);
    // Same length and alphabet as the real code, so only the digits are wrong.
    const wrongCode = code
      .split("")
      .map((digit) => String((Number(digit) + 1) % 10))
      .join("");

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, Verify, {
        token: user.accessToken,
        variables: { input: { attributeName: "email", code: wrongCode } },
      }),
    );

    expect(data.verifyMyAttribute).toMatchObject({
      __typename: "CognitoCodeMismatchError",
      code: "CodeMismatchException",
    });
    if (data.verifyMyAttribute.__typename !== "CognitoCodeMismatchError") return;
    expect(data.verifyMyAttribute.message).toBeTruthy();
    const after = expectNoErrors(await execute(gateway.graphqlUrl, Me, { token: user.accessToken }));
    expect(after.me).toEqual({ email: newEmail, emailVerified: "false" });
  });

  it("sends a new code on resend, and that code verifies the email", async () => {
    const user = await aSignedInUser();
    const newEmail = `resent-${user.email}`;
    await changeEmail(user, newEmail);
    const before = backend.embedded.deliveries.length;

    const data = expectNoErrors(
      await execute(gateway.graphqlUrl, Resend, {
        token: user.accessToken,
        variables: { input: { attributeName: "email" } },
      }),
    );

    // The emulator's GetUserAttributeVerificationCode answers `{}` without CodeDeliveryDetails, and
    // the gateway reports "Cognito did not say" as null rather than inventing a destination. Against
    // real Cognito the details come through (verification-exceptions.test.ts proves the mapping).
    expect(data.resendMyAttributeVerificationCode).toEqual({
      __typename: "ResendMyAttributeVerificationCodeSuccess",
      codeDeliveryDetails: null,
    });
    const sent = codesSentTo(user.username, before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      destination: newEmail,
      medium: "EMAIL",
      code: expect.stringMatching(/^\d+$/),
    });

    const verified = expectNoErrors(
      await execute(gateway.graphqlUrl, Verify, {
        token: user.accessToken,
        variables: { input: { attributeName: "email", code: sent[0]?.code as string } },
      }),
    );
    expect(verified.verifyMyAttribute).toMatchObject({
      __typename: "VerifyMyAttributeSuccess",
      user: { email: newEmail, emailVerified: "true" },
    });
  });

  it.each(UNVERIFIABLE_NAMES)(
    "refuses to verify %s with CognitoInvalidParameterError, leaving the user untouched",
    async (attributeName) => {
      const user = await aSignedInUser();
      // A real pending code: the emulator answers success for it whatever the name, so only the
      // gateway's own check can produce the error.
      const code = await changeEmail(user, `refused-${user.email}`);

      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, Verify, {
          token: user.accessToken,
          variables: { input: { attributeName, code } },
        }),
      );

      expect(data.verifyMyAttribute).toMatchObject({
        __typename: "CognitoInvalidParameterError",
        code: "InvalidParameterException",
      });
      if (data.verifyMyAttribute.__typename !== "CognitoInvalidParameterError") return;
      expect(data.verifyMyAttribute.message).toContain(attributeName);
    },
  );

  it.each(UNVERIFIABLE_NAMES)(
    "refuses to resend a code for %s with CognitoInvalidParameterError, sending nothing",
    async (attributeName) => {
      const user = await aSignedInUser();
      const before = backend.embedded.deliveries.length;

      const data = expectNoErrors(
        await execute(gateway.graphqlUrl, Resend, {
          token: user.accessToken,
          variables: { input: { attributeName } },
        }),
      );

      expect(data.resendMyAttributeVerificationCode).toMatchObject({
        __typename: "CognitoInvalidParameterError",
        code: "InvalidParameterException",
      });
      expect(codesSentTo(user.username, before)).toEqual([]);
    },
  );
});

describe("verification input refused before Cognito is called", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let gateway: TestGateway;

  useFakeGateway((world) => ({ fake, tokens, gateway } = world));
  beforeEach(() => {
    // Were anything sent, it would succeed: only the gateway's own check can produce the error.
    fake.reply("VerifyUserAttribute", {});
    fake.reply("GetUserAttributeVerificationCode", {});
  });

  it.each(UNVERIFIABLE_NAMES)(
    "sends no VerifyUserAttribute request for attributeName %s",
    async (attributeName) => {
      const user = fake.addUser(aUser());

      const response = await execute(gateway.graphqlUrl, Verify, {
        token: await tokens.accessToken(user),
        variables: { input: { attributeName, code: "123456" } },
      });

      expect(expectNoErrors(response).verifyMyAttribute.__typename).toBe("CognitoInvalidParameterError");
      expect(fake.requests).toEqual([]);
    },
  );

  it.each(UNVERIFIABLE_NAMES)(
    "sends no GetUserAttributeVerificationCode request for attributeName %s",
    async (attributeName) => {
      const user = fake.addUser(aUser());

      const response = await execute(gateway.graphqlUrl, Resend, {
        token: await tokens.accessToken(user),
        variables: { input: { attributeName } },
      });

      expect(expectNoErrors(response).resendMyAttributeVerificationCode.__typename).toBe(
        "CognitoInvalidParameterError",
      );
      expect(fake.requests).toEqual([]);
    },
  );

  it.each(["email", "phone_number"])("does send VerifyUserAttribute for %s", async (attributeName) => {
    const user = fake.addUser(aUser());

    const response = await execute(gateway.graphqlUrl, Verify, {
      token: await tokens.accessToken(user),
      variables: { input: { attributeName, code: "123456" } },
    });

    // The success payload reads the user back (GetUser), after the one VerifyUserAttribute.
    expect(expectNoErrors(response).verifyMyAttribute.__typename).toBe("VerifyMyAttributeSuccess");
    expect(fake.requestsFor("VerifyUserAttribute").map((request) => request.body)).toEqual([
      { AccessToken: expect.any(String), AttributeName: attributeName, Code: "123456" },
    ]);
  });
});
