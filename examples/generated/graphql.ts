/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time as an ISO 8601 string in UTC, e.g. 2026-11-22T10:00:00.000Z. */
  DateTime: { input: string; output: string; }
  _Any: { input: { __typename: string; [field: string]: unknown }; output: { __typename: string; [field: string]: unknown }; }
};

/** Which user, and which of their attributes to delete. */
export type AdminDeleteUserAttributesInput = {
  /** e.g. `given_name` or `custom:department`. */
  attributeNames: Array<Scalars['String']['input']>;
  /** Defaults to the gateway's configured pool. */
  userPoolId?: InputMaybe<Scalars['ID']['input']>;
  /** The username, an alias (email/phone) or the sub of a local user. */
  username: Scalars['String']['input'];
};

/** The success payload, or one type per exception Cognito documents for AdminDeleteUserAttributes. */
export type AdminDeleteUserAttributesResult = AdminDeleteUserAttributesSuccess | CognitoInternalError | CognitoInvalidParameterError | CognitoNotAuthorizedError | CognitoOperationNotEnabledError | CognitoResourceNotFoundError | CognitoTooManyRequestsError | CognitoUserNotFoundError;

/** Cognito deleted the attributes. */
export type AdminDeleteUserAttributesSuccess = {
  __typename?: 'AdminDeleteUserAttributesSuccess';
  /** The user as Cognito holds it after the deletion (AdminGetUser). */
  user: User;
};

/** Which user to update, and how. */
export type AdminUpdateUserAttributesInput = {
  /** Passed to the pool's custom message Lambda trigger. Not stored or encrypted by Cognito. */
  clientMetadata?: InputMaybe<Array<ClientMetadataEntryInput>>;
  /** Attributes to write; a value of "" deletes the attribute. Admins may set `email_verified`. */
  userAttributes: Array<UserAttributeInput>;
  /** Defaults to the gateway's configured pool. */
  userPoolId?: InputMaybe<Scalars['ID']['input']>;
  /** The username, an alias (email/phone) or the sub of a local user. */
  username: Scalars['String']['input'];
};

/** The success payload, or one type per exception Cognito documents for AdminUpdateUserAttributes. Invalid input is refused as CognitoInvalidParameterError before Cognito is called. */
export type AdminUpdateUserAttributesResult = AdminUpdateUserAttributesSuccess | CognitoAliasExistsError | CognitoInternalError | CognitoInvalidEmailRoleAccessPolicyError | CognitoInvalidLambdaResponseError | CognitoInvalidParameterError | CognitoInvalidSmsRoleAccessPolicyError | CognitoInvalidSmsRoleTrustRelationshipError | CognitoNotAuthorizedError | CognitoOperationNotEnabledError | CognitoResourceNotFoundError | CognitoTooManyRequestsError | CognitoUnexpectedLambdaError | CognitoUserLambdaValidationError | CognitoUserNotFoundError;

/** Cognito accepted the update. */
export type AdminUpdateUserAttributesSuccess = {
  __typename?: 'AdminUpdateUserAttributesSuccess';
  /** The user as Cognito holds it after the update (AdminGetUser). An email or phone change that needs verification shows once verified. */
  user: User;
};

/** Updates for many users of one pool. */
export type AdminUpdateUsersAttributesInput = {
  /** At most the configured maximum (default 100) per request. */
  updates: Array<AdminUserAttributesUpdateInput>;
  /** Defaults to the gateway's configured pool. */
  userPoolId?: InputMaybe<Scalars['ID']['input']>;
};

/** Per-item results, or CognitoInvalidParameterError when the batch itself is invalid (empty, too large, malformed pool id); then nothing is sent. */
export type AdminUpdateUsersAttributesResult = AdminUpdateUsersAttributesSuccess | CognitoInvalidParameterError;

/** Every item was attempted once; each has its own result. */
export type AdminUpdateUsersAttributesSuccess = {
  __typename?: 'AdminUpdateUsersAttributesSuccess';
  /** One result per item, in input order. An item is null only when its call failed unexpectedly (see the error at its path); other items are unaffected. */
  results: Array<Maybe<AdminUpdateUserAttributesResult>>;
};

/** One user's update within a bulk update. */
export type AdminUserAttributesUpdateInput = {
  /** Passed to the pool's custom message Lambda trigger. Not stored or encrypted by Cognito. */
  clientMetadata?: InputMaybe<Array<ClientMetadataEntryInput>>;
  /** Attributes to write; a value of "" deletes the attribute. */
  userAttributes: Array<UserAttributeInput>;
  /** The username, an alias (email/phone) or the sub of a local user. */
  username: Scalars['String']['input'];
};

/** The type the pool declares for an attribute (SchemaAttributeType.AttributeDataType). */
export type AttributeDataType =
  /** The string "true" or "false". */
  | 'BOOLEAN'
  /** An ISO 8601 date or date-time, sent as a string. */
  | 'DATE_TIME'
  /** A whole number, sent as a string; minValue and maxValue bound it. */
  | 'NUMBER'
  /** Text; minLength and maxLength bound it. */
  | 'STRING';

/** One attribute of the user pool as Cognito describes it (DescribeUserPool), and whether the caller may write it: enough to build an attribute form without hard-coding the pool. */
export type AttributeDefinition = {
  __typename?: 'AttributeDefinition';
  /** Only the admin path may write it, whatever the app client allows. */
  developerOnly: Scalars['Boolean']['output'];
  /** String attributes: the most characters a value may have. */
  maxLength?: Maybe<Scalars['Int']['output']>;
  /** Number attributes: the largest value allowed. */
  maxValue?: Maybe<Scalars['Float']['output']>;
  /** String attributes: the fewest characters a value may have. */
  minLength?: Maybe<Scalars['Int']['output']>;
  /** Number attributes: the smallest value allowed. */
  minValue?: Maybe<Scalars['Float']['output']>;
  /** False when the value can be set only as the user is created. */
  mutable: Scalars['Boolean']['output'];
  /** The exact name to write, e.g. `email` or `custom:department`. */
  name: Scalars['String']['output'];
  /** Why `writableByMe` is false, in words that say what would change it; null when it is true. */
  notWritableReason?: Maybe<Scalars['String']['output']>;
  /** Every user has a value; it can be changed but never deleted. */
  required: Scalars['Boolean']['output'];
  /** What a value must look like; every value still travels as a string. */
  type: AttributeDataType;
  /** Whether the caller may write it: administrators on the admin path; users through their app client's WriteAttributes and the gateway's policy. */
  writableByMe: Scalars['Boolean']['output'];
};

/** One entry of Cognito's ClientMetadata, passed only to the pool's Lambda triggers. Cognito neither stores nor encrypts it: send no secrets. */
export type ClientMetadataEntryInput = {
  /** Unique within the list. */
  key: Scalars['String']['input'];
  /** Any string; Cognito passes it to the trigger unchanged. */
  value: Scalars['String']['input'];
};

/** Where Cognito sent a verification code after an email address or phone number changed. The new value takes effect once the user verifies it, when the pool requires verification. */
export type CodeDeliveryDetails = {
  __typename?: 'CodeDeliveryDetails';
  /** The attribute being verified, e.g. `email`. */
  attributeName?: Maybe<Scalars['String']['output']>;
  /** EMAIL or SMS. */
  deliveryMedium?: Maybe<DeliveryMedium>;
  /** The masked destination Cognito reports, e.g. `a***@e***`. */
  destination?: Maybe<Scalars['String']['output']>;
};

/** Cognito answered `AliasExistsException`: The email address or phone number is already used as an alias by a different user in this user pool. */
export type CognitoAliasExistsError = CognitoError & {
  __typename?: 'CognitoAliasExistsError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `CodeDeliveryFailureException`: Cognito could not deliver the verification code. */
export type CognitoCodeDeliveryFailureError = CognitoError & {
  __typename?: 'CognitoCodeDeliveryFailureError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `CodeMismatchException`: The verification code does not match what Cognito expected. */
export type CognitoCodeMismatchError = CognitoError & {
  __typename?: 'CognitoCodeMismatchError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** An exception Amazon Cognito documents for the operation, returned as data. Select `code` to branch on the exact exception, or spread on the concrete type. */
export type CognitoError = {
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `ExpiredCodeException`: The verification code has expired. */
export type CognitoExpiredCodeError = CognitoError & {
  __typename?: 'CognitoExpiredCodeError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `ForbiddenException`: The AWS WAF web ACL associated with the user pool blocked the request. */
export type CognitoForbiddenError = CognitoError & {
  __typename?: 'CognitoForbiddenError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `InternalErrorException`: Cognito encountered an internal error. Retrying later may succeed. */
export type CognitoInternalError = CognitoError & {
  __typename?: 'CognitoInternalError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `InvalidEmailRoleAccessPolicyException`: Cognito is not allowed to use the user pool's email identity (SES). */
export type CognitoInvalidEmailRoleAccessPolicyError = CognitoError & {
  __typename?: 'CognitoInvalidEmailRoleAccessPolicyError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `InvalidLambdaResponseException`: A Lambda trigger of the user pool returned an invalid response. */
export type CognitoInvalidLambdaResponseError = CognitoError & {
  __typename?: 'CognitoInvalidLambdaResponseError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `InvalidParameterException`: A parameter of the request is invalid; the message says which and why. */
export type CognitoInvalidParameterError = CognitoError & {
  __typename?: 'CognitoInvalidParameterError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `InvalidSmsRoleAccessPolicyException`: The user pool's SMS role is not allowed to publish with Amazon SNS. */
export type CognitoInvalidSmsRoleAccessPolicyError = CognitoError & {
  __typename?: 'CognitoInvalidSmsRoleAccessPolicyError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `InvalidSmsRoleTrustRelationshipException`: The user pool's SMS role does not trust cognito-idp.amazonaws.com or its external ID does not match. */
export type CognitoInvalidSmsRoleTrustRelationshipError = CognitoError & {
  __typename?: 'CognitoInvalidSmsRoleTrustRelationshipError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `LimitExceededException`: A per-user limit was exceeded (for example verification codes per hour). */
export type CognitoLimitExceededError = CognitoError & {
  __typename?: 'CognitoLimitExceededError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `NotAuthorizedException`: The caller is not authorized: a bad, expired or revoked token, a missing scope, or an attribute the client may not write. */
export type CognitoNotAuthorizedError = CognitoError & {
  __typename?: 'CognitoNotAuthorizedError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `OperationNotEnabledException`: The operation is not available for this user pool or in this Region. */
export type CognitoOperationNotEnabledError = CognitoError & {
  __typename?: 'CognitoOperationNotEnabledError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `PasswordResetRequiredException`: The user must reset their password first. */
export type CognitoPasswordResetRequiredError = CognitoError & {
  __typename?: 'CognitoPasswordResetRequiredError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `ResourceNotFoundException`: The user pool or app client does not exist. */
export type CognitoResourceNotFoundError = CognitoError & {
  __typename?: 'CognitoResourceNotFoundError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `TooManyRequestsException`: Too many requests for this operation: Cognito throttled the call. Retry with back-off. */
export type CognitoTooManyRequestsError = CognitoError & {
  __typename?: 'CognitoTooManyRequestsError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** Set when the gateway held the request back to stay within Cognito's quota (nothing was sent): seconds to wait before retrying. Null when Cognito itself throttled. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `UnexpectedLambdaException`: Cognito encountered an unexpected exception with a Lambda trigger. */
export type CognitoUnexpectedLambdaError = CognitoError & {
  __typename?: 'CognitoUnexpectedLambdaError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `UserLambdaValidationException`: A Lambda trigger of the user pool rejected the request. */
export type CognitoUserLambdaValidationError = CognitoError & {
  __typename?: 'CognitoUserLambdaValidationError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `UserNotConfirmedException`: The user has not confirmed their account. */
export type CognitoUserNotConfirmedError = CognitoError & {
  __typename?: 'CognitoUserNotConfirmedError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Cognito answered `UserNotFoundException`: The user does not exist. */
export type CognitoUserNotFoundError = CognitoError & {
  __typename?: 'CognitoUserNotFoundError';
  /** The exact Cognito exception name, e.g. `UserNotFoundException`. */
  code: Scalars['String']['output'];
  /** Cognito's own message, or the gateway's when it refused the input before calling Cognito. */
  message: Scalars['String']['output'];
  /** True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off. */
  retryable: Scalars['Boolean']['output'];
};

/** Attributes to delete from the signed-in user. */
export type DeleteMyAttributesInput = {
  /** e.g. `given_name` or `custom:department`. */
  attributeNames: Array<Scalars['String']['input']>;
};

/** The success payload, or one type per exception Cognito documents for DeleteUserAttributes. */
export type DeleteMyAttributesResult = CognitoForbiddenError | CognitoInternalError | CognitoInvalidParameterError | CognitoNotAuthorizedError | CognitoOperationNotEnabledError | CognitoPasswordResetRequiredError | CognitoResourceNotFoundError | CognitoTooManyRequestsError | CognitoUserNotConfirmedError | CognitoUserNotFoundError | DeleteMyAttributesSuccess;

/** Cognito deleted the attributes. */
export type DeleteMyAttributesSuccess = {
  __typename?: 'DeleteMyAttributesSuccess';
  /** The signed-in user after the deletion (GetUser). */
  user: User;
};

/** How Cognito delivered a verification code. */
export type DeliveryMedium =
  /** By email. */
  | 'EMAIL'
  /** By text message. */
  | 'SMS';

/** Writes of Cognito user attributes. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Admins only. Deletes any user's attributes with the gateway's IAM credentials (AdminDeleteUserAttributes). */
  adminDeleteUserAttributes: AdminDeleteUserAttributesResult;
  /** Admins only. Updates any user's attributes with the gateway's IAM credentials (AdminUpdateUserAttributes). Setting `email_verified`/`phone_number_verified` to `true` marks the value verified without a code. */
  adminUpdateUserAttributes: AdminUpdateUserAttributesResult;
  /** Admins only. Updates many users at once, each with AdminUpdateUserAttributes, paced by the quota governor. Each item is attempted once and fails or succeeds on its own. */
  adminUpdateUsersAttributes: AdminUpdateUsersAttributesResult;
  /** Signed-in users. Deletes the caller's own attributes with their access token (DeleteUserAttributes). Same write policy as `updateMyAttributes`. */
  deleteMyAttributes: DeleteMyAttributesResult;
  /** Signed-in users. Sends a new verification code for the caller's email or phone number (GetUserAttributeVerificationCode). Cognito allows 5 per user per hour. */
  resendMyAttributeVerificationCode: ResendMyAttributeVerificationCodeResult;
  /** Signed-in users. Updates the caller's own attributes with their access token (UpdateUserAttributes); no IAM credentials are involved. */
  updateMyAttributes: UpdateMyAttributesResult;
  /** Signed-in users. Confirms a changed email or phone number with the code Cognito sent (VerifyUserAttribute), completing `updateMyAttributes`. */
  verifyMyAttribute: VerifyMyAttributeResult;
};


/** Writes of Cognito user attributes. */
export type MutationAdminDeleteUserAttributesArgs = {
  input: AdminDeleteUserAttributesInput;
};


/** Writes of Cognito user attributes. */
export type MutationAdminUpdateUserAttributesArgs = {
  input: AdminUpdateUserAttributesInput;
};


/** Writes of Cognito user attributes. */
export type MutationAdminUpdateUsersAttributesArgs = {
  input: AdminUpdateUsersAttributesInput;
};


/** Writes of Cognito user attributes. */
export type MutationDeleteMyAttributesArgs = {
  input: DeleteMyAttributesInput;
};


/** Writes of Cognito user attributes. */
export type MutationResendMyAttributeVerificationCodeArgs = {
  input: ResendMyAttributeVerificationCodeInput;
};


/** Writes of Cognito user attributes. */
export type MutationUpdateMyAttributesArgs = {
  input: UpdateMyAttributesInput;
};


/** Writes of Cognito user attributes. */
export type MutationVerifyMyAttributeArgs = {
  input: VerifyMyAttributeInput;
};

/** Reads of Cognito users. */
export type Query = {
  __typename?: 'Query';
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
  /** Signed-in callers. Every attribute of the gateway's user pool, as Cognito describes it, with whether the caller may write it. Administrators see the admin path's view, users their app client's. */
  attributeDefinitions: Array<AttributeDefinition>;
  /** The signed-in user, read from Cognito with their own access token (GetUser). */
  me?: Maybe<User>;
  /** Admins only: any user of an allowed pool (AdminGetUser). Null when the user does not exist. */
  user?: Maybe<User>;
};


/** Reads of Cognito users. */
export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};


/** Reads of Cognito users. */
export type QueryUserArgs = {
  userPoolId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

/** Which attribute to send a new code for. */
export type ResendMyAttributeVerificationCodeInput = {
  /** `email` or `phone_number`. */
  attributeName: Scalars['String']['input'];
  /** Passed to the pool's custom message Lambda trigger. Not stored or encrypted by Cognito. */
  clientMetadata?: InputMaybe<Array<ClientMetadataEntryInput>>;
};

/** The success payload, or one type per exception Cognito documents for GetUserAttributeVerificationCode. */
export type ResendMyAttributeVerificationCodeResult = CognitoCodeDeliveryFailureError | CognitoForbiddenError | CognitoInternalError | CognitoInvalidEmailRoleAccessPolicyError | CognitoInvalidLambdaResponseError | CognitoInvalidParameterError | CognitoInvalidSmsRoleAccessPolicyError | CognitoInvalidSmsRoleTrustRelationshipError | CognitoLimitExceededError | CognitoNotAuthorizedError | CognitoOperationNotEnabledError | CognitoPasswordResetRequiredError | CognitoResourceNotFoundError | CognitoTooManyRequestsError | CognitoUnexpectedLambdaError | CognitoUserLambdaValidationError | CognitoUserNotConfirmedError | CognitoUserNotFoundError | ResendMyAttributeVerificationCodeSuccess;

/** Cognito sent a new verification code. */
export type ResendMyAttributeVerificationCodeSuccess = {
  __typename?: 'ResendMyAttributeVerificationCodeSuccess';
  /** Where the code went, as Cognito reports it; null when Cognito does not say. */
  codeDeliveryDetails?: Maybe<CodeDeliveryDetails>;
};

/** The signed-in user's own attribute changes. */
export type UpdateMyAttributesInput = {
  /** Passed to the pool's custom message Lambda trigger. Not stored or encrypted by Cognito. */
  clientMetadata?: InputMaybe<Array<ClientMetadataEntryInput>>;
  /** Attributes to write; a value of "" deletes the attribute. `email_verified` and `phone_number_verified` are refused: verify with a code instead. */
  userAttributes: Array<UserAttributeInput>;
};

/** The success payload, or one type per exception Cognito documents for UpdateUserAttributes. Invalid input is refused before Cognito is called. */
export type UpdateMyAttributesResult = CognitoAliasExistsError | CognitoCodeDeliveryFailureError | CognitoCodeMismatchError | CognitoExpiredCodeError | CognitoForbiddenError | CognitoInternalError | CognitoInvalidEmailRoleAccessPolicyError | CognitoInvalidLambdaResponseError | CognitoInvalidParameterError | CognitoInvalidSmsRoleAccessPolicyError | CognitoInvalidSmsRoleTrustRelationshipError | CognitoNotAuthorizedError | CognitoOperationNotEnabledError | CognitoPasswordResetRequiredError | CognitoResourceNotFoundError | CognitoTooManyRequestsError | CognitoUnexpectedLambdaError | CognitoUserLambdaValidationError | CognitoUserNotConfirmedError | CognitoUserNotFoundError | UpdateMyAttributesSuccess;

/** Cognito accepted the update. */
export type UpdateMyAttributesSuccess = {
  __typename?: 'UpdateMyAttributesSuccess';
  /** Where verification codes were sent for changed email addresses or phone numbers; empty when nothing needs verifying. */
  codeDeliveryDetails: Array<CodeDeliveryDetails>;
  /** The signed-in user as Cognito holds it after the update (GetUser). A changed email or phone that needs verification shows once verified. */
  user: User;
};

/** A Cognito user as Cognito holds it at the time of the read. */
export type User = {
  __typename?: 'User';
  /** The value of one attribute by name, or null when the user has none. */
  attribute?: Maybe<Scalars['String']['output']>;
  /** Every attribute the read returned. Read with the user's own token, only those their app client may read. */
  attributes: Array<UserAttribute>;
  /** When the user was created. Null on the user's own read. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the user may sign in. Null when read with the user's own token (GetUser omits it). */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** When the user was last modified. Null on the user's own read. */
  lastModifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cognito's UserStatus, e.g. CONFIRMED or FORCE_CHANGE_PASSWORD. Null on the user's own read. */
  status?: Maybe<Scalars['String']['output']>;
  /** The user's immutable unique id (the `sub` attribute). */
  sub: Scalars['ID']['output'];
  /** The username, which never changes. Sign-in aliases are attributes. */
  username: Scalars['String']['output'];
};


/** A Cognito user as Cognito holds it at the time of the read. */
export type UserAttributeArgs = {
  name: Scalars['String']['input'];
};

/** One attribute as Cognito holds it. Every value is a string; booleans read `true`/`false`. */
export type UserAttribute = {
  __typename?: 'UserAttribute';
  /** e.g. `email` or `custom:department`. */
  name: Scalars['String']['output'];
  /** The value as a string; never empty (a blank write deletes). */
  value: Scalars['String']['output'];
};

/** One attribute to write. Custom attributes need the `custom:` prefix. */
export type UserAttributeInput = {
  /** A standard attribute (`email`, `given_name`, ...) or `custom:<name>`; 1 to 32 characters. */
  name: Scalars['String']['input'];
  /** The new value, at most 2048 characters. An empty string "" deletes the attribute. */
  value: Scalars['String']['input'];
};

/** The code Cognito sent for an email address or phone number. */
export type VerifyMyAttributeInput = {
  /** `email` or `phone_number`. */
  attributeName: Scalars['String']['input'];
  /** The verification code from the message. */
  code: Scalars['String']['input'];
};

/** The success payload, or one type per exception Cognito documents for VerifyUserAttribute. */
export type VerifyMyAttributeResult = CognitoAliasExistsError | CognitoCodeMismatchError | CognitoExpiredCodeError | CognitoForbiddenError | CognitoInternalError | CognitoInvalidParameterError | CognitoLimitExceededError | CognitoNotAuthorizedError | CognitoOperationNotEnabledError | CognitoPasswordResetRequiredError | CognitoResourceNotFoundError | CognitoTooManyRequestsError | CognitoUserNotConfirmedError | CognitoUserNotFoundError | VerifyMyAttributeSuccess;

/** The code matched: the attribute is verified, and a pending new value is now current. */
export type VerifyMyAttributeSuccess = {
  __typename?: 'VerifyMyAttributeSuccess';
  /** The signed-in user after verification (GetUser), e.g. with `email_verified` true. */
  user: User;
};

export type _Entity = User;

export type _Service = {
  __typename?: '_Service';
  /** The sdl representing the federated service capabilities. Includes federation directives, removes federation types, and includes rest of full schema after schema directives have been applied */
  sdl?: Maybe<Scalars['String']['output']>;
};

export type ExampleAdminSetDepartmentMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type ExampleAdminSetDepartmentMutation = { __typename: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename: 'User', username: string, department?: string | null } }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInternalError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string, retryable: boolean }
   };

export type ExampleUpdateMyNameMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type ExampleUpdateMyNameMutation = { __typename: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoForbiddenError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInternalError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string, retryable: boolean }
    | { __typename: 'UpdateMyAttributesSuccess', user: { __typename: 'User', username: string, givenName?: string | null }, codeDeliveryDetails: Array<{ __typename: 'CodeDeliveryDetails', attributeName?: string | null, destination?: string | null }> }
   };

export type ExampleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExampleMeQuery = { __typename: 'Query', me?: { __typename: 'User', username: string, attributes: Array<{ __typename: 'UserAttribute', name: string, value: string }> } | null };

export type FrontendMyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type FrontendMyProfileQuery = { __typename: 'Query', me?: { __typename: 'User', sub: string, username: string, givenName?: string | null } | null };

export type FrontendUpdateMyGivenNameMutationVariables = Exact<{
  givenName: Scalars['String']['input'];
}>;


export type FrontendUpdateMyGivenNameMutation = { __typename: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoForbiddenError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInternalError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoTooManyRequestsError', retryAfterSeconds?: number | null, code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string, retryable: boolean }
    | { __typename: 'UpdateMyAttributesSuccess', user: { __typename: 'User', sub: string, username: string, givenName?: string | null }, codeDeliveryDetails: Array<{ __typename: 'CodeDeliveryDetails', attributeName?: string | null, destination?: string | null }> }
   };

export type FrontendAdminSetAttributeMutationVariables = Exact<{
  username: Scalars['String']['input'];
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
}>;


export type FrontendAdminSetAttributeMutation = { __typename: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename: 'User', sub: string, username: string, attributes: Array<{ __typename: 'UserAttribute', name: string, value: string }> } }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInternalError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoTooManyRequestsError', retryAfterSeconds?: number | null, code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string, retryable: boolean }
   };


export const ExampleAdminSetDepartmentDocument = {"__meta__":{"hash":"e7c0c3888d65da623291aa37f88866c4e35d9ab9e091dcc9b5b0aff5e9716428"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleAdminSetDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"department"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"custom:department","block":false}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleAdminSetDepartmentMutation, ExampleAdminSetDepartmentMutationVariables>;
export const ExampleUpdateMyNameDocument = {"__meta__":{"hash":"7e7a5f98e48ac10cb0b57b1fe3163306e14c03e84d9f77be1ce8edbbd27c2dce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleUpdateMyName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"givenName"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"codeDeliveryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attributeName"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleUpdateMyNameMutation, ExampleUpdateMyNameMutationVariables>;
export const ExampleMeDocument = {"__meta__":{"hash":"ccdd37f49bc53f64af7aa19e501d9aa97ca4ac6d1ed0fb4ddddeb703059e6dbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExampleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleMeQuery, ExampleMeQueryVariables>;
export const FrontendMyProfileDocument = {"__meta__":{"hash":"ddfd1098d4e731ebf6650992d8b82aaa69aa14a2d79eae54582fdb7cd6e93082"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontendMyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"givenName"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}}]}]}}]}}]} as unknown as DocumentNode<FrontendMyProfileQuery, FrontendMyProfileQueryVariables>;
export const FrontendUpdateMyGivenNameDocument = {"__meta__":{"hash":"f7af8ffa3b331727a9c641b2eab007d1a20ad05b0a08d3e7b517972e9a467e09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FrontendUpdateMyGivenName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"givenName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userAttributes"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"givenName"}}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"givenName"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"codeDeliveryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attributeName"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoTooManyRequestsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<FrontendUpdateMyGivenNameMutation, FrontendUpdateMyGivenNameMutationVariables>;
export const FrontendAdminSetAttributeDocument = {"__meta__":{"hash":"99f32908c028bbed4585a4cc3331db22bd8e013a0b76cb99464b20a49daba0df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FrontendAdminSetAttribute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"userAttributes"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoTooManyRequestsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<FrontendAdminSetAttributeMutation, FrontendAdminSetAttributeMutationVariables>;