/** Cognito operations the gateway calls, by AWS name. */
export type CognitoOperation =
  | "AdminUpdateUserAttributes"
  | "UpdateUserAttributes"
  | "AdminDeleteUserAttributes"
  | "DeleteUserAttributes"
  | "VerifyUserAttribute"
  | "GetUserAttributeVerificationCode"
  | "AdminGetUser"
  | "GetUser"
  | "ListUsers"
  | "DescribeUserPool"
  | "DescribeUserPoolClient"
  | "AdminListGroupsForUser";

/** Cognito's request-rate categories (https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html): one account-wide budget each per Region. */
export type QuotaCategory =
  "UserUpdate" | "UserRead" | "UserResourceRead" | "UserList" | "UserPoolRead" | "UserPoolClientRead";

export const OPERATION_CATEGORY: Record<CognitoOperation, QuotaCategory> = {
  AdminUpdateUserAttributes: "UserUpdate",
  UpdateUserAttributes: "UserUpdate",
  AdminDeleteUserAttributes: "UserUpdate",
  DeleteUserAttributes: "UserUpdate",
  VerifyUserAttribute: "UserUpdate",
  GetUserAttributeVerificationCode: "UserResourceRead",
  AdminGetUser: "UserRead",
  GetUser: "UserRead",
  ListUsers: "UserList",
  DescribeUserPool: "UserPoolRead",
  DescribeUserPoolClient: "UserPoolClientRead",
  AdminListGroupsForUser: "UserResourceRead",
};

/** Requests per second the gateway allows itself, per category and per user for writes. */
export interface QuotaRates extends Record<QuotaCategory, number> {
  /** Writes to one user's profile (Cognito allows 10 per second per user: https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html). */
  perUserWrite: number;
}

/** Cognito's defaults: UserUpdate 25 and UserList 30 are not adjustable; UserRead 120, UserResourceRead 50. */
export const DEFAULT_QUOTA_RATES: QuotaRates = {
  UserUpdate: 25,
  UserRead: 120,
  UserResourceRead: 50,
  UserList: 30,
  // Not adjustable; the gateway reads them only to load each pool's contract (POOL_SCHEMA_REFRESH_SECONDS).
  UserPoolRead: 15,
  UserPoolClientRead: 15,
  perUserWrite: 10,
};
