import type { AttributeType, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { QuotaGovernor } from "../quota/governor.js";
import type { CognitoCallObserver } from "./call.js";

/** One user attribute as Cognito stores it: every value is a string (booleans are "true"/"false"). */
export interface UserAttribute {
  name: string;
  value: string;
}

/** A user as the gateway sees it, whichever read produced it. */
export interface CognitoUser {
  username: string;
  sub: string;
  attributes: UserAttribute[];
  /** AdminGetUser only: GetUser does not report these. */
  enabled: boolean | undefined;
  status: string | undefined;
  createdAt: Date | undefined;
  lastModifiedAt: Date | undefined;
}

/** Where Cognito sent a verification code. */
export interface CodeDeliveryDetails {
  attributeName: string | undefined;
  deliveryMedium: "EMAIL" | "SMS" | undefined;
  destination: string | undefined;
}

/** What every operation needs: the one SDK client of the process, its deadline and its quota. */
export interface CognitoDeps {
  client: CognitoIdentityProviderClient;
  /** Milliseconds one call may take in all, quota wait and SDK retries included. */
  callTimeoutMs: number;
  /**
   * Attempts per call, the first included (`COGNITO_MAX_ATTEMPTS`): the SDK retries 5xx and network
   * errors, callCognito retries Cognito's throttling through the governor.
   */
  maxAttempts: number;
  governor: QuotaGovernor;
  /**
   * Who the request's calls are for (the verified principal, `quotaCaller`): the governor shares each
   * category's budget fairly between callers. Unset, every call counts as one anonymous caller's.
   */
  quotaCaller?: (() => Promise<string | undefined>) | undefined;
  observer?: CognitoCallObserver | undefined;
}

export function toAttributeTypes(attributes: readonly UserAttribute[]): AttributeType[] {
  return attributes.map(({ name, value }) => ({ Name: name, Value: value }));
}

export function fromAttributeTypes(attributes: readonly AttributeType[] | undefined): UserAttribute[] {
  return (attributes ?? []).flatMap(({ Name, Value }) => (Name ? [{ name: Name, value: Value ?? "" }] : []));
}

export function toCodeDeliveryDetails(details: {
  AttributeName?: string | undefined;
  DeliveryMedium?: string | undefined;
  Destination?: string | undefined;
}): CodeDeliveryDetails {
  const medium = details.DeliveryMedium;
  return {
    attributeName: details.AttributeName,
    deliveryMedium: medium === "EMAIL" || medium === "SMS" ? medium : undefined,
    destination: details.Destination,
  };
}

/** Builds the domain user from a read; `sub` is always among a Cognito user's attributes. */
export function toCognitoUser(read: {
  Username?: string | undefined;
  UserAttributes?: AttributeType[] | undefined;
  Enabled?: boolean | undefined;
  UserStatus?: string | undefined;
  UserCreateDate?: Date | undefined;
  UserLastModifiedDate?: Date | undefined;
}): CognitoUser {
  const attributes = fromAttributeTypes(read.UserAttributes);
  return {
    username: read.Username ?? "",
    sub: attributes.find((attribute) => attribute.name === "sub")?.value ?? "",
    attributes,
    enabled: read.Enabled,
    status: read.UserStatus,
    createdAt: read.UserCreateDate,
    lastModifiedAt: read.UserLastModifiedDate,
  };
}
