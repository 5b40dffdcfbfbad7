/**
 * What both frontend examples do, whatever the client library: sign in two users as a browser app
 * would, read the profile with a query, write with both mutations, and show each union member's
 * details, including a refusal's `code` and `message`, which only reach the app when the client's
 * cache knows the union members (possibleTypes).
 */
import { describeAdminResult, describeUpdateMyResult, type Outcome } from "./outcomes.js";
import type { ExampleSettings } from "./settings.js";
import { signIn } from "./sign-in.js";
import type {
  FrontendAdminSetAttributeMutation,
  FrontendMyProfileQuery,
  FrontendUpdateMyGivenNameMutation,
} from "../generated/graphql.js";

/** The three operations, sent by one client library as the signed-in user whose token it holds. */
export interface FrontendApi {
  myProfile(): Promise<FrontendMyProfileQuery>;
  updateMyGivenName(givenName: string): Promise<FrontendUpdateMyGivenNameMutation>;
  adminSetAttribute(
    username: string,
    name: string,
    value: string,
  ): Promise<FrontendAdminSetAttributeMutation>;
}

/** Runs the scenario, printing one line per outcome; resolves to whether each ended as expected. */
export async function runScenario(
  name: string,
  settings: ExampleSettings,
  connect: (accessToken: string) => FrontendApi,
): Promise<boolean> {
  const user = connect(await signIn(settings.pool, settings.user, settings.password));
  const admin = connect(await signIn(settings.pool, settings.admin, settings.password));
  const print = (line: string) => console.log(`${name}: ${line}`);

  const { me } = await user.myProfile();
  print(`me: ${me?.username ?? "(nobody)"} (sub ${me?.sub ?? "?"})`);

  const show = (who: string, outcome: Outcome) => {
    print(`${who}: ${outcome.member}: ${outcome.line}`);
    return outcome;
  };
  const renamed = show(
    "user",
    describeUpdateMyResult((await user.updateMyGivenName("Alice")).updateMyAttributes),
  );
  // Cognito's verdict as data: without possibleTypes Apollo's cache would hand back only __typename.
  const refused = show(
    "admin",
    describeAdminResult(
      (await admin.adminSetAttribute(settings.user, "department", "frontend")).adminUpdateUserAttributes,
    ),
  );
  const updated = show(
    "admin",
    describeAdminResult(
      (await admin.adminSetAttribute(settings.user, "custom:department", "frontend"))
        .adminUpdateUserAttributes,
    ),
  );
  return (
    me?.username === settings.user &&
    renamed.ok &&
    !refused.ok &&
    refused.member === "CognitoInvalidParameterError" &&
    updated.ok
  );
}
