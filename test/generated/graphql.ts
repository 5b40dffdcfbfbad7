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

/** A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations. */
export type __Schema = {
  __typename?: '__Schema';
  description?: Maybe<Scalars['String']['output']>;
  /** A list of all types supported by this server. */
  types: Array<__Type>;
  /** The type that query operations will be rooted at. */
  queryType: __Type;
  /** If this server supports mutation, the type that mutation operations will be rooted at. */
  mutationType?: Maybe<__Type>;
  /** If this server support subscription, the type that subscription operations will be rooted at. */
  subscriptionType?: Maybe<__Type>;
  /** A list of all directives supported by this server. */
  directives: Array<__Directive>;
};


/** A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations. */
export type __SchemaDirectivesArgs = {
  includeDeprecated?: Scalars['Boolean']['input'];
};

/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __Type = {
  __typename?: '__Type';
  kind: __TypeKind;
  name?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  specifiedByURL?: Maybe<Scalars['String']['output']>;
  fields?: Maybe<Array<__Field>>;
  interfaces?: Maybe<Array<__Type>>;
  possibleTypes?: Maybe<Array<__Type>>;
  enumValues?: Maybe<Array<__EnumValue>>;
  inputFields?: Maybe<Array<__InputValue>>;
  ofType?: Maybe<__Type>;
  isOneOf?: Maybe<Scalars['Boolean']['output']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeEnumValuesArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeInputFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __Field = {
  __typename?: '__Field';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  args: Array<__InputValue>;
  type: __Type;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};


/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __FieldArgsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value. */
export type __InputValue = {
  __typename?: '__InputValue';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  type: __Type;
  /** A GraphQL-formatted string representing the default value for this input value. */
  defaultValue?: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};

/** One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string. */
export type __EnumValue = {
  __typename?: '__EnumValue';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};

/**
 * A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.
 *
 * In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.
 */
export type __Directive = {
  __typename?: '__Directive';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  isRepeatable: Scalars['Boolean']['output'];
  locations: Array<__DirectiveLocation>;
  args: Array<__InputValue>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};


/**
 * A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.
 *
 * In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.
 */
export type __DirectiveArgsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies. */
export type __DirectiveLocation =
  /** Location adjacent to a query operation. */
  | 'QUERY'
  /** Location adjacent to a mutation operation. */
  | 'MUTATION'
  /** Location adjacent to a subscription operation. */
  | 'SUBSCRIPTION'
  /** Location adjacent to a field. */
  | 'FIELD'
  /** Location adjacent to a fragment definition. */
  | 'FRAGMENT_DEFINITION'
  /** Location adjacent to a fragment spread. */
  | 'FRAGMENT_SPREAD'
  /** Location adjacent to an inline fragment. */
  | 'INLINE_FRAGMENT'
  /** Location adjacent to a variable definition. */
  | 'VARIABLE_DEFINITION'
  /** Location adjacent to a schema definition. */
  | 'SCHEMA'
  /** Location adjacent to a scalar definition. */
  | 'SCALAR'
  /** Location adjacent to an object type definition. */
  | 'OBJECT'
  /** Location adjacent to a field definition. */
  | 'FIELD_DEFINITION'
  /** Location adjacent to an argument definition. */
  | 'ARGUMENT_DEFINITION'
  /** Location adjacent to an interface definition. */
  | 'INTERFACE'
  /** Location adjacent to a union definition. */
  | 'UNION'
  /** Location adjacent to an enum definition. */
  | 'ENUM'
  /** Location adjacent to an enum value definition. */
  | 'ENUM_VALUE'
  /** Location adjacent to an input object type definition. */
  | 'INPUT_OBJECT'
  /** Location adjacent to an input object field definition. */
  | 'INPUT_FIELD_DEFINITION'
  /** Location adjacent to a directive definition. */
  | 'DIRECTIVE_DEFINITION';

export type Contract_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type Contract_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type Contract_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type Contract_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyAttributesSuccess', codeDeliveryDetails: Array<{ __typename?: 'CodeDeliveryDetails', attributeName?: string | null, deliveryMedium?: DeliveryMedium | null, destination?: string | null }> }
   };

export type Contract_VerifyMineMutationVariables = Exact<{
  input: VerifyMyAttributeInput;
}>;


export type Contract_VerifyMineMutation = { __typename?: 'Mutation', verifyMyAttribute:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoLimitExceededError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'VerifyMyAttributeSuccess' }
   };

export type Contract_AdminDeleteMutationVariables = Exact<{
  input: AdminDeleteUserAttributesInput;
}>;


export type Contract_AdminDeleteMutation = { __typename?: 'Mutation', adminDeleteUserAttributes:
    | { __typename: 'AdminDeleteUserAttributesSuccess' }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type Contract_DeleteMineMutationVariables = Exact<{
  input: DeleteMyAttributesInput;
}>;


export type Contract_DeleteMineMutation = { __typename?: 'Mutation', deleteMyAttributes:
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'DeleteMyAttributesSuccess' }
   };

export type Contract_ResendCodeMutationVariables = Exact<{
  input: ResendMyAttributeVerificationCodeInput;
}>;


export type Contract_ResendCodeMutation = { __typename?: 'Mutation', resendMyAttributeVerificationCode:
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoLimitExceededError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'ResendMyAttributeVerificationCodeSuccess', codeDeliveryDetails?: { __typename?: 'CodeDeliveryDetails', deliveryMedium?: DeliveryMedium | null } | null }
   };

export type Contract_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Contract_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', sub: string, username: string, email?: string | null } | null };

export type Contract_UserQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type Contract_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', sub: string, username: string } | null };

export type Contract_EntitiesQueryVariables = Exact<{
  representations: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
}>;


export type Contract_EntitiesQuery = { __typename?: 'Query', _entities: Array<{ __typename?: 'User', sub: string, username: string } | null> };

export type Contract_DefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type Contract_DefinitionsQuery = { __typename?: 'Query', attributeDefinitions: Array<{ __typename?: 'AttributeDefinition', name: string, developerOnly: boolean }> };

export type Federation_AdminUpdateUserAttributesMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type Federation_AdminUpdateUserAttributesMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename?: 'User', sub: string, username: string, givenName?: string | null } }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type Federation_UpdateMyAttributesMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type Federation_UpdateMyAttributesMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyAttributesSuccess', user: { __typename?: 'User', sub: string, givenName?: string | null }, codeDeliveryDetails: Array<{ __typename?: 'CodeDeliveryDetails', attributeName?: string | null }> }
   };

export type AdminUpdateIt_UpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type AdminUpdateIt_UpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename?: 'User', sub: string, username: string, department?: string | null, attributes: Array<{ __typename?: 'UserAttribute', name: string, value: string }> } }
    | { __typename: 'CognitoAliasExistsError', message: string, code: string }
    | { __typename: 'CognitoInternalError', message: string, code: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', message: string, code: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', message: string, code: string }
    | { __typename: 'CognitoInvalidParameterError', message: string, code: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', message: string, code: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', message: string, code: string }
    | { __typename: 'CognitoNotAuthorizedError', message: string, code: string }
    | { __typename: 'CognitoOperationNotEnabledError', message: string, code: string }
    | { __typename: 'CognitoResourceNotFoundError', message: string, code: string }
    | { __typename: 'CognitoTooManyRequestsError', message: string, code: string }
    | { __typename: 'CognitoUnexpectedLambdaError', message: string, code: string }
    | { __typename: 'CognitoUserLambdaValidationError', message: string, code: string }
    | { __typename: 'CognitoUserNotFoundError', message: string, code: string }
   };

export type AdminUpdateIt_UserQueryVariables = Exact<{
  userPoolId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
}>;


export type AdminUpdateIt_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', sub: string, username: string, enabled?: boolean | null, status?: string | null, email?: string | null } | null };

export type AdminWriteTarget_UpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type AdminWriteTarget_UpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotFoundError' }
   };

export type AdminWriteTarget_DeleteMutationVariables = Exact<{
  input: AdminDeleteUserAttributesInput;
}>;


export type AdminWriteTarget_DeleteMutation = { __typename?: 'Mutation', adminDeleteUserAttributes:
    | { __typename: 'AdminDeleteUserAttributesSuccess' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUserNotFoundError' }
   };

export type AuditTrail_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type AuditTrail_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError', code: string }
    | { __typename: 'CognitoInternalError', code: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string }
    | { __typename: 'CognitoInvalidParameterError', code: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string }
    | { __typename: 'CognitoUserNotFoundError', code: string }
   };

export type AuditTrail_AdminDeleteMutationVariables = Exact<{
  input: AdminDeleteUserAttributesInput;
}>;


export type AuditTrail_AdminDeleteMutation = { __typename?: 'Mutation', adminDeleteUserAttributes:
    | { __typename: 'AdminDeleteUserAttributesSuccess' }
    | { __typename: 'CognitoInternalError', code: string }
    | { __typename: 'CognitoInvalidParameterError', code: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string }
    | { __typename: 'CognitoUserNotFoundError', code: string }
   };

export type AuditTrail_BulkUpdateMutationVariables = Exact<{
  input: AdminUpdateUsersAttributesInput;
}>;


export type AuditTrail_BulkUpdateMutation = { __typename?: 'Mutation', adminUpdateUsersAttributes:
    | { __typename: 'AdminUpdateUsersAttributesSuccess', results: Array<
        | { __typename: 'AdminUpdateUserAttributesSuccess' }
        | { __typename: 'CognitoAliasExistsError' }
        | { __typename: 'CognitoInternalError' }
        | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
        | { __typename: 'CognitoInvalidLambdaResponseError' }
        | { __typename: 'CognitoInvalidParameterError' }
        | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
        | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
        | { __typename: 'CognitoNotAuthorizedError' }
        | { __typename: 'CognitoOperationNotEnabledError' }
        | { __typename: 'CognitoResourceNotFoundError' }
        | { __typename: 'CognitoTooManyRequestsError' }
        | { __typename: 'CognitoUnexpectedLambdaError' }
        | { __typename: 'CognitoUserLambdaValidationError' }
        | { __typename: 'CognitoUserNotFoundError' }
       | null> }
    | { __typename: 'CognitoInvalidParameterError' }
   };

export type AuditTrail_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type AuditTrail_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoCodeDeliveryFailureError' }
    | { __typename: 'CognitoCodeMismatchError' }
    | { __typename: 'CognitoExpiredCodeError' }
    | { __typename: 'CognitoForbiddenError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoPasswordResetRequiredError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotConfirmedError' }
    | { __typename: 'CognitoUserNotFoundError' }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type AuditTrail_DeleteMineMutationVariables = Exact<{
  input: DeleteMyAttributesInput;
}>;


export type AuditTrail_DeleteMineMutation = { __typename?: 'Mutation', deleteMyAttributes:
    | { __typename: 'CognitoForbiddenError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoPasswordResetRequiredError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUserNotConfirmedError' }
    | { __typename: 'CognitoUserNotFoundError' }
    | { __typename: 'DeleteMyAttributesSuccess' }
   };

export type AuditTrail_VerifyMineMutationVariables = Exact<{
  input: VerifyMyAttributeInput;
}>;


export type AuditTrail_VerifyMineMutation = { __typename?: 'Mutation', verifyMyAttribute:
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoCodeMismatchError' }
    | { __typename: 'CognitoExpiredCodeError' }
    | { __typename: 'CognitoForbiddenError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoLimitExceededError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoPasswordResetRequiredError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUserNotConfirmedError' }
    | { __typename: 'CognitoUserNotFoundError' }
    | { __typename: 'VerifyMyAttributeSuccess' }
   };

export type AuthenticationIt_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type AuthenticationIt_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoCodeDeliveryFailureError' }
    | { __typename: 'CognitoCodeMismatchError' }
    | { __typename: 'CognitoExpiredCodeError' }
    | { __typename: 'CognitoForbiddenError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoPasswordResetRequiredError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotConfirmedError' }
    | { __typename: 'CognitoUserNotFoundError' }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type AuthenticationIt_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type AuthenticationIt_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type AuthenticationIt_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthenticationIt_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', sub: string, username: string, department?: string | null } | null };

export type AuthenticationIt_UserQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type AuthenticationIt_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', username: string } | null };

export type BulkAdminUpdate_UpdateMutationVariables = Exact<{
  input: AdminUpdateUsersAttributesInput;
}>;


export type BulkAdminUpdate_UpdateMutation = { __typename?: 'Mutation', adminUpdateUsersAttributes:
    | { __typename: 'AdminUpdateUsersAttributesSuccess', results: Array<
        | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename?: 'User', username: string, locale?: string | null, department?: string | null } }
        | { __typename: 'CognitoAliasExistsError', code: string, message: string }
        | { __typename: 'CognitoInternalError', code: string, message: string }
        | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
        | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
        | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
        | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
        | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
        | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
        | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
        | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
        | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
        | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
        | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
        | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
       | null> }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
   };

export type BulkAdminUpdate_TypenamesMutationVariables = Exact<{
  input: AdminUpdateUsersAttributesInput;
}>;


export type BulkAdminUpdate_TypenamesMutation = { __typename?: 'Mutation', adminUpdateUsersAttributes:
    | { __typename: 'AdminUpdateUsersAttributesSuccess', results: Array<
        | { __typename: 'AdminUpdateUserAttributesSuccess' }
        | { __typename: 'CognitoAliasExistsError' }
        | { __typename: 'CognitoInternalError' }
        | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
        | { __typename: 'CognitoInvalidLambdaResponseError' }
        | { __typename: 'CognitoInvalidParameterError' }
        | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
        | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
        | { __typename: 'CognitoNotAuthorizedError' }
        | { __typename: 'CognitoOperationNotEnabledError' }
        | { __typename: 'CognitoResourceNotFoundError' }
        | { __typename: 'CognitoTooManyRequestsError' }
        | { __typename: 'CognitoUnexpectedLambdaError' }
        | { __typename: 'CognitoUserLambdaValidationError' }
        | { __typename: 'CognitoUserNotFoundError' }
       | null> }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
   };

export type CognitoExceptions_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type CognitoExceptions_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
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
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string, retryable: boolean, retryAfterSeconds?: number | null }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string, retryable: boolean }
   };

export type CognitoExceptions_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type CognitoExceptions_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
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
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string, retryable: boolean, retryAfterSeconds?: number | null }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string, retryable: boolean }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type DeleteAttributes_DeleteMineMutationVariables = Exact<{
  input: DeleteMyAttributesInput;
}>;


export type DeleteAttributes_DeleteMineMutation = { __typename?: 'Mutation', deleteMyAttributes:
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'DeleteMyAttributesSuccess', user: { __typename?: 'User', sub: string, username: string, attributes: Array<{ __typename?: 'UserAttribute', name: string, value: string }> } }
   };

export type DeleteAttributes_AdminDeleteMutationVariables = Exact<{
  input: AdminDeleteUserAttributesInput;
}>;


export type DeleteAttributes_AdminDeleteMutation = { __typename?: 'Mutation', adminDeleteUserAttributes:
    | { __typename: 'AdminDeleteUserAttributesSuccess', user: { __typename?: 'User', sub: string, username: string, attributes: Array<{ __typename?: 'UserAttribute', name: string, value: string }> } }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type InputValidation_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type InputValidation_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type InputValidation_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type InputValidation_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type Metrics_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type Metrics_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotFoundError' }
   };

export type PoolContractIt_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type PoolContractIt_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type PoolContractIt_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type PoolContractIt_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type PoolContractIt_DeleteMineMutationVariables = Exact<{
  input: DeleteMyAttributesInput;
}>;


export type PoolContractIt_DeleteMineMutation = { __typename?: 'Mutation', deleteMyAttributes:
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'DeleteMyAttributesSuccess' }
   };

export type PoolContractIt_BulkMutationVariables = Exact<{
  input: AdminUpdateUsersAttributesInput;
}>;


export type PoolContractIt_BulkMutation = { __typename?: 'Mutation', adminUpdateUsersAttributes:
    | { __typename: 'AdminUpdateUsersAttributesSuccess', results: Array<
        | { __typename: 'AdminUpdateUserAttributesSuccess' }
        | { __typename: 'CognitoAliasExistsError', code: string, message: string }
        | { __typename: 'CognitoInternalError', code: string, message: string }
        | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
        | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
        | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
        | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
        | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
        | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
        | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
        | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
        | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
        | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
        | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
        | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
       | null> }
    | { __typename: 'CognitoInvalidParameterError' }
   };

export type PoolContractIt_DefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolContractIt_DefinitionsQuery = { __typename?: 'Query', attributeDefinitions: Array<{ __typename?: 'AttributeDefinition', name: string, type: AttributeDataType, mutable: boolean, required: boolean, developerOnly: boolean, minLength?: number | null, maxLength?: number | null, minValue?: number | null, maxValue?: number | null, writableByMe: boolean, notWritableReason?: string | null }> };

export type ReadErrors_UserQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type ReadErrors_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', username: string, attribute?: string | null } | null };

export type ReadErrors_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadErrors_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', username: string } | null };

export type ReadErrors_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type ReadErrors_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename?: 'User', username: string, attribute?: string | null } }
    | { __typename: 'CognitoAliasExistsError', code: string }
    | { __typename: 'CognitoInternalError', code: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string }
    | { __typename: 'CognitoInvalidParameterError', code: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string }
    | { __typename: 'CognitoUserNotFoundError', code: string }
   };

export type ReadErrors_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type ReadErrors_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string }
    | { __typename: 'CognitoCodeMismatchError', code: string }
    | { __typename: 'CognitoExpiredCodeError', code: string }
    | { __typename: 'CognitoForbiddenError', code: string }
    | { __typename: 'CognitoInternalError', code: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string }
    | { __typename: 'CognitoInvalidParameterError', code: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string }
    | { __typename: 'CognitoUserNotFoundError', code: string }
    | { __typename: 'UpdateMyAttributesSuccess', user: { __typename?: 'User', username: string, attribute?: string | null } }
   };

export type RefusedRequests_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type RefusedRequests_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoCodeDeliveryFailureError' }
    | { __typename: 'CognitoCodeMismatchError' }
    | { __typename: 'CognitoExpiredCodeError' }
    | { __typename: 'CognitoForbiddenError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoPasswordResetRequiredError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotConfirmedError' }
    | { __typename: 'CognitoUserNotFoundError' }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type Tracing_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type Tracing_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename?: 'User', username: string } }
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotFoundError' }
   };

export type UnexpectedErrors_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type UnexpectedErrors_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type UnexpectedErrors_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type UnexpectedErrors_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type UnexpectedErrors_UserQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type UnexpectedErrors_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', username: string } | null };

export type UnexpectedErrors_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type UnexpectedErrors_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', username: string } | null };

export type UpdateMyAttributesIt_UpdateMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type UpdateMyAttributesIt_UpdateMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', message: string, code: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', message: string, code: string }
    | { __typename: 'CognitoCodeMismatchError', message: string, code: string }
    | { __typename: 'CognitoExpiredCodeError', message: string, code: string }
    | { __typename: 'CognitoForbiddenError', message: string, code: string }
    | { __typename: 'CognitoInternalError', message: string, code: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', message: string, code: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', message: string, code: string }
    | { __typename: 'CognitoInvalidParameterError', message: string, code: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', message: string, code: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', message: string, code: string }
    | { __typename: 'CognitoNotAuthorizedError', message: string, code: string }
    | { __typename: 'CognitoOperationNotEnabledError', message: string, code: string }
    | { __typename: 'CognitoPasswordResetRequiredError', message: string, code: string }
    | { __typename: 'CognitoResourceNotFoundError', message: string, code: string }
    | { __typename: 'CognitoTooManyRequestsError', message: string, code: string }
    | { __typename: 'CognitoUnexpectedLambdaError', message: string, code: string }
    | { __typename: 'CognitoUserLambdaValidationError', message: string, code: string }
    | { __typename: 'CognitoUserNotConfirmedError', message: string, code: string }
    | { __typename: 'CognitoUserNotFoundError', message: string, code: string }
    | { __typename: 'UpdateMyAttributesSuccess', user: { __typename?: 'User', sub: string, username: string, department?: string | null, email?: string | null, emailVerified?: string | null }, codeDeliveryDetails: Array<{ __typename?: 'CodeDeliveryDetails', attributeName?: string | null, deliveryMedium?: DeliveryMedium | null, destination?: string | null }> }
   };

export type UpdateMyAttributesIt_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type UpdateMyAttributesIt_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', sub: string, username: string, email?: string | null, department?: string | null } | null };

export type UserLoaders_EntitiesQueryVariables = Exact<{
  representations: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
}>;


export type UserLoaders_EntitiesQuery = { __typename?: 'Query', _entities: Array<{ __typename?: 'User', sub: string, username: string } | null> };

export type UserLoaders_UserAndEntityQueryVariables = Exact<{
  username: Scalars['String']['input'];
  representations: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
}>;


export type UserLoaders_UserAndEntityQuery = { __typename?: 'Query', user?: { __typename?: 'User', sub: string, username: string } | null, _entities: Array<{ __typename?: 'User', sub: string, username: string } | null> };

export type UserLoaders_AdminUpdateTwiceMutationVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type UserLoaders_AdminUpdateTwiceMutation = { __typename?: 'Mutation', first:
    | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename?: 'User', givenName?: string | null } }
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotFoundError' }
  , second:
    | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename?: 'User', givenName?: string | null } }
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotFoundError' }
   };

export type VerificationExceptions_VerifyMutationVariables = Exact<{
  input: VerifyMyAttributeInput;
}>;


export type VerificationExceptions_VerifyMutation = { __typename?: 'Mutation', verifyMyAttribute:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoLimitExceededError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'VerifyMyAttributeSuccess' }
   };

export type VerificationExceptions_ResendMutationVariables = Exact<{
  input: ResendMyAttributeVerificationCodeInput;
}>;


export type VerificationExceptions_ResendMutation = { __typename?: 'Mutation', resendMyAttributeVerificationCode:
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoLimitExceededError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'ResendMyAttributeVerificationCodeSuccess', codeDeliveryDetails?: { __typename?: 'CodeDeliveryDetails', attributeName?: string | null, deliveryMedium?: DeliveryMedium | null, destination?: string | null } | null }
   };

export type VerificationExceptions_DeleteMineMutationVariables = Exact<{
  input: DeleteMyAttributesInput;
}>;


export type VerificationExceptions_DeleteMineMutation = { __typename?: 'Mutation', deleteMyAttributes:
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'DeleteMyAttributesSuccess' }
   };

export type VerificationExceptions_AdminDeleteMutationVariables = Exact<{
  input: AdminDeleteUserAttributesInput;
}>;


export type VerificationExceptions_AdminDeleteMutation = { __typename?: 'Mutation', adminDeleteUserAttributes:
    | { __typename: 'AdminDeleteUserAttributesSuccess' }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type VerificationLoop_UpdateMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type VerificationLoop_UpdateMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type VerificationLoop_VerifyMutationVariables = Exact<{
  input: VerifyMyAttributeInput;
}>;


export type VerificationLoop_VerifyMutation = { __typename?: 'Mutation', verifyMyAttribute:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoLimitExceededError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'VerifyMyAttributeSuccess', user: { __typename?: 'User', sub: string, username: string, email?: string | null, emailVerified?: string | null } }
   };

export type VerificationLoop_ResendMutationVariables = Exact<{
  input: ResendMyAttributeVerificationCodeInput;
}>;


export type VerificationLoop_ResendMutation = { __typename?: 'Mutation', resendMyAttributeVerificationCode:
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoLimitExceededError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'ResendMyAttributeVerificationCodeSuccess', codeDeliveryDetails?: { __typename?: 'CodeDeliveryDetails', attributeName?: string | null, deliveryMedium?: DeliveryMedium | null, destination?: string | null } | null }
   };

export type VerificationLoop_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type VerificationLoop_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', email?: string | null, emailVerified?: string | null } | null };

export type Faults_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type Faults_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
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
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string, retryable: boolean, retryAfterSeconds?: number | null }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string, retryable: boolean }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string, retryable: boolean }
   };

export type Faults_UserQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type Faults_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', username: string } | null };

export type Lifecycle_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type Lifecycle_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotFoundError' }
   };

export type QuotaGovernor_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type QuotaGovernor_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError', code: string, retryable: boolean }
    | { __typename: 'CognitoInternalError', code: string, retryable: boolean }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, retryable: boolean }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, retryable: boolean }
    | { __typename: 'CognitoInvalidParameterError', code: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, retryable: boolean }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, retryable: boolean }
    | { __typename: 'CognitoNotAuthorizedError', code: string, retryable: boolean }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, retryable: boolean }
    | { __typename: 'CognitoResourceNotFoundError', code: string, retryable: boolean }
    | { __typename: 'CognitoTooManyRequestsError', code: string, retryable: boolean, retryAfterSeconds?: number | null }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, retryable: boolean }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, retryable: boolean }
    | { __typename: 'CognitoUserNotFoundError', code: string, retryable: boolean }
   };

export type QuotaGovernor_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type QuotaGovernor_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoCodeDeliveryFailureError' }
    | { __typename: 'CognitoCodeMismatchError' }
    | { __typename: 'CognitoExpiredCodeError' }
    | { __typename: 'CognitoForbiddenError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoPasswordResetRequiredError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotConfirmedError' }
    | { __typename: 'CognitoUserNotFoundError' }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type QuotaGovernor_UserQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type QuotaGovernor_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', username: string } | null };

export type QuotaGovernor_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotaGovernor_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', username: string } | null };

export type RedisFaults_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type RedisFaults_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotFoundError' }
   };

export type RedisQuota_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type RedisQuota_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError', retryAfterSeconds?: number | null }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotFoundError' }
   };

export type AdminGuards_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type AdminGuards_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type AdminGuards_AdminUpdateManyMutationVariables = Exact<{
  input: AdminUpdateUsersAttributesInput;
}>;


export type AdminGuards_AdminUpdateManyMutation = { __typename?: 'Mutation', adminUpdateUsersAttributes:
    | { __typename: 'AdminUpdateUsersAttributesSuccess', results: Array<
        | { __typename: 'AdminUpdateUserAttributesSuccess' }
        | { __typename: 'CognitoAliasExistsError', code: string, message: string }
        | { __typename: 'CognitoInternalError', code: string, message: string }
        | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
        | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
        | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
        | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
        | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
        | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
        | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
        | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
        | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
        | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
        | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
        | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
       | null> }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
   };

export type AdminGuards_AdminDeleteMutationVariables = Exact<{
  input: AdminDeleteUserAttributesInput;
}>;


export type AdminGuards_AdminDeleteMutation = { __typename?: 'Mutation', adminDeleteUserAttributes:
    | { __typename: 'AdminDeleteUserAttributesSuccess' }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type AdminGuards_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type AdminGuards_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type AdminGuards_DeleteMineMutationVariables = Exact<{
  input: DeleteMyAttributesInput;
}>;


export type AdminGuards_DeleteMineMutation = { __typename?: 'Mutation', deleteMyAttributes:
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'DeleteMyAttributesSuccess' }
   };

export type AdminGuards_UserQueryVariables = Exact<{
  userPoolId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
}>;


export type AdminGuards_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', sub: string } | null };

export type AdminRevocation_UserQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type AdminRevocation_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', username: string } | null };

export type AdminRevocation_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRevocation_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', username: string } | null };

export type AdminRevocation_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type AdminRevocation_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidLambdaResponseError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError' }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUnexpectedLambdaError' }
    | { __typename: 'CognitoUserLambdaValidationError' }
    | { __typename: 'CognitoUserNotFoundError' }
   };

export type AuthorizationMatrix_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type AuthorizationMatrix_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess' }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type AuthorizationMatrix_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type AuthorizationMatrix_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyAttributesSuccess' }
   };

export type AuthorizationMatrix_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationMatrix_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', sub: string, username: string } | null };

export type AuthorizationMatrix_UserQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type AuthorizationMatrix_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', sub: string, username: string } | null };

export type AuthorizationMatrix_EntitiesQueryVariables = Exact<{
  representations: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
}>;


export type AuthorizationMatrix_EntitiesQuery = { __typename?: 'Query', _entities: Array<{ __typename?: 'User', sub: string, username: string } | null> };

export type EntityLimits_EntitiesQueryVariables = Exact<{
  representations: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
}>;


export type EntityLimits_EntitiesQuery = { __typename?: 'Query', _entities: Array<{ __typename?: 'User', sub: string } | null> };

export type EntityLimits_TwoBatchesQueryVariables = Exact<{
  first: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
  second: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
}>;


export type EntityLimits_TwoBatchesQuery = { __typename?: 'Query', first: Array<{ __typename?: 'User', sub: string } | null>, second: Array<{ __typename?: 'User', sub: string } | null> };

export type SecondBatchFragment = { __typename?: 'Query', second: Array<{ __typename?: 'User', sub: string } | null> };

export type Hardening_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Hardening_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', sub: string } | null };

export type Hardening_IntrospectQueryVariables = Exact<{ [key: string]: never; }>;


export type Hardening_IntrospectQuery = { __typename?: 'Query', __schema: { __typename?: '__Schema', queryType: { __typename?: '__Type', name?: string | null } } };

export type Hardening_TypeIntrospectQueryVariables = Exact<{ [key: string]: never; }>;


export type Hardening_TypeIntrospectQuery = { __typename?: 'Query', __type?: { __typename?: '__Type', name?: string | null } | null };

export type LogSecrets_AdminUpdateMutationVariables = Exact<{
  input: AdminUpdateUserAttributesInput;
}>;


export type LogSecrets_AdminUpdateMutation = { __typename?: 'Mutation', adminUpdateUserAttributes:
    | { __typename: 'AdminUpdateUserAttributesSuccess', user: { __typename?: 'User', attributes: Array<{ __typename?: 'UserAttribute', name: string, value: string }> } }
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
   };

export type LogSecrets_AdminUpdateManyMutationVariables = Exact<{
  input: AdminUpdateUsersAttributesInput;
}>;


export type LogSecrets_AdminUpdateManyMutation = { __typename?: 'Mutation', adminUpdateUsersAttributes:
    | { __typename: 'AdminUpdateUsersAttributesSuccess' }
    | { __typename: 'CognitoInvalidParameterError' }
   };

export type LogSecrets_UpdateMineMutationVariables = Exact<{
  input: UpdateMyAttributesInput;
}>;


export type LogSecrets_UpdateMineMutation = { __typename?: 'Mutation', updateMyAttributes:
    | { __typename: 'CognitoAliasExistsError', code: string, message: string }
    | { __typename: 'CognitoCodeDeliveryFailureError', code: string, message: string }
    | { __typename: 'CognitoCodeMismatchError', code: string, message: string }
    | { __typename: 'CognitoExpiredCodeError', code: string, message: string }
    | { __typename: 'CognitoForbiddenError', code: string, message: string }
    | { __typename: 'CognitoInternalError', code: string, message: string }
    | { __typename: 'CognitoInvalidEmailRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidLambdaResponseError', code: string, message: string }
    | { __typename: 'CognitoInvalidParameterError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleAccessPolicyError', code: string, message: string }
    | { __typename: 'CognitoInvalidSmsRoleTrustRelationshipError', code: string, message: string }
    | { __typename: 'CognitoNotAuthorizedError', code: string, message: string }
    | { __typename: 'CognitoOperationNotEnabledError', code: string, message: string }
    | { __typename: 'CognitoPasswordResetRequiredError', code: string, message: string }
    | { __typename: 'CognitoResourceNotFoundError', code: string, message: string }
    | { __typename: 'CognitoTooManyRequestsError', code: string, message: string }
    | { __typename: 'CognitoUnexpectedLambdaError', code: string, message: string }
    | { __typename: 'CognitoUserLambdaValidationError', code: string, message: string }
    | { __typename: 'CognitoUserNotConfirmedError', code: string, message: string }
    | { __typename: 'CognitoUserNotFoundError', code: string, message: string }
    | { __typename: 'UpdateMyAttributesSuccess', user: { __typename?: 'User', attributes: Array<{ __typename?: 'UserAttribute', name: string, value: string }> } }
   };

export type LogSecrets_VerifyMineMutationVariables = Exact<{
  input: VerifyMyAttributeInput;
}>;


export type LogSecrets_VerifyMineMutation = { __typename?: 'Mutation', verifyMyAttribute:
    | { __typename: 'CognitoAliasExistsError' }
    | { __typename: 'CognitoCodeMismatchError' }
    | { __typename: 'CognitoExpiredCodeError' }
    | { __typename: 'CognitoForbiddenError' }
    | { __typename: 'CognitoInternalError' }
    | { __typename: 'CognitoInvalidParameterError' }
    | { __typename: 'CognitoLimitExceededError' }
    | { __typename: 'CognitoNotAuthorizedError' }
    | { __typename: 'CognitoOperationNotEnabledError' }
    | { __typename: 'CognitoPasswordResetRequiredError' }
    | { __typename: 'CognitoResourceNotFoundError' }
    | { __typename: 'CognitoTooManyRequestsError' }
    | { __typename: 'CognitoUserNotConfirmedError' }
    | { __typename: 'CognitoUserNotFoundError' }
    | { __typename: 'VerifyMyAttributeSuccess' }
   };

export type LogSecrets_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type LogSecrets_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', attributes: Array<{ __typename?: 'UserAttribute', name: string, value: string }> } | null };

export type LogSecrets_UserQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type LogSecrets_UserQuery = { __typename?: 'Query', user?: { __typename?: 'User', attributes: Array<{ __typename?: 'UserAttribute', name: string, value: string }> } | null };

export const SecondBatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}}]}}]}}]}}]} as unknown as DocumentNode<SecondBatchFragment, unknown>;
export const Contract_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Contract_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Contract_AdminUpdateMutation, Contract_AdminUpdateMutationVariables>;
export const Contract_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Contract_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeDeliveryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMedium"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Contract_UpdateMineMutation, Contract_UpdateMineMutationVariables>;
export const Contract_VerifyMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Contract_VerifyMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyMyAttributeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMyAttribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Contract_VerifyMineMutation, Contract_VerifyMineMutationVariables>;
export const Contract_AdminDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Contract_AdminDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminDeleteUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDeleteUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Contract_AdminDeleteMutation, Contract_AdminDeleteMutationVariables>;
export const Contract_DeleteMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Contract_DeleteMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Contract_DeleteMineMutation, Contract_DeleteMineMutationVariables>;
export const Contract_ResendCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Contract_ResendCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendMyAttributeVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendMyAttributeVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResendMyAttributeVerificationCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeDeliveryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryMedium"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Contract_ResendCodeMutation, Contract_ResendCodeMutationVariables>;
export const Contract_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"email"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email","block":false}}]}]}}]}}]} as unknown as DocumentNode<Contract_MeQuery, Contract_MeQueryVariables>;
export const Contract_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<Contract_UserQuery, Contract_UserQueryVariables>;
export const Contract_EntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract_Entities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<Contract_EntitiesQuery, Contract_EntitiesQueryVariables>;
export const Contract_DefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract_Definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"developerOnly"}}]}}]}}]} as unknown as DocumentNode<Contract_DefinitionsQuery, Contract_DefinitionsQueryVariables>;
export const Federation_AdminUpdateUserAttributesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Federation_AdminUpdateUserAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"givenName"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Federation_AdminUpdateUserAttributesMutation, Federation_AdminUpdateUserAttributesMutationVariables>;
export const Federation_UpdateMyAttributesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Federation_UpdateMyAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","alias":{"kind":"Name","value":"givenName"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"codeDeliveryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Federation_UpdateMyAttributesMutation, Federation_UpdateMyAttributesMutationVariables>;
export const AdminUpdateIt_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateIt_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"department"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"custom:department","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateIt_UpdateMutation, AdminUpdateIt_UpdateMutationVariables>;
export const AdminUpdateIt_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUpdateIt_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userPoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userPoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userPoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"email"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateIt_UserQuery, AdminUpdateIt_UserQueryVariables>;
export const AdminWriteTarget_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminWriteTarget_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminWriteTarget_UpdateMutation, AdminWriteTarget_UpdateMutationVariables>;
export const AdminWriteTarget_DeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminWriteTarget_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminDeleteUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDeleteUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminWriteTarget_DeleteMutation, AdminWriteTarget_DeleteMutationVariables>;
export const AuditTrail_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditTrail_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrail_AdminUpdateMutation, AuditTrail_AdminUpdateMutationVariables>;
export const AuditTrail_AdminDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditTrail_AdminDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminDeleteUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDeleteUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrail_AdminDeleteMutation, AuditTrail_AdminDeleteMutationVariables>;
export const AuditTrail_BulkUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditTrail_BulkUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUsersAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrail_BulkUpdateMutation, AuditTrail_BulkUpdateMutationVariables>;
export const AuditTrail_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditTrail_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AuditTrail_UpdateMineMutation, AuditTrail_UpdateMineMutationVariables>;
export const AuditTrail_DeleteMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditTrail_DeleteMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AuditTrail_DeleteMineMutation, AuditTrail_DeleteMineMutationVariables>;
export const AuditTrail_VerifyMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditTrail_VerifyMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyMyAttributeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMyAttribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AuditTrail_VerifyMineMutation, AuditTrail_VerifyMineMutationVariables>;
export const AuthenticationIt_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthenticationIt_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AuthenticationIt_UpdateMineMutation, AuthenticationIt_UpdateMineMutationVariables>;
export const AuthenticationIt_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthenticationIt_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuthenticationIt_AdminUpdateMutation, AuthenticationIt_AdminUpdateMutationVariables>;
export const AuthenticationIt_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthenticationIt_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"department"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"custom:department","block":false}}]}]}}]}}]} as unknown as DocumentNode<AuthenticationIt_MeQuery, AuthenticationIt_MeQueryVariables>;
export const AuthenticationIt_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthenticationIt_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AuthenticationIt_UserQuery, AuthenticationIt_UserQueryVariables>;
export const BulkAdminUpdate_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkAdminUpdate_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUsersAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"locale"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"locale","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"department"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"custom:department","block":false}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BulkAdminUpdate_UpdateMutation, BulkAdminUpdate_UpdateMutationVariables>;
export const BulkAdminUpdate_TypenamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkAdminUpdate_Typenames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUsersAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BulkAdminUpdate_TypenamesMutation, BulkAdminUpdate_TypenamesMutationVariables>;
export const CognitoExceptions_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CognitoExceptions_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoTooManyRequestsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<CognitoExceptions_AdminUpdateMutation, CognitoExceptions_AdminUpdateMutationVariables>;
export const CognitoExceptions_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CognitoExceptions_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoTooManyRequestsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<CognitoExceptions_UpdateMineMutation, CognitoExceptions_UpdateMineMutationVariables>;
export const DeleteAttributes_DeleteMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAttributes_DeleteMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAttributes_DeleteMineMutation, DeleteAttributes_DeleteMineMutationVariables>;
export const DeleteAttributes_AdminDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAttributes_AdminDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminDeleteUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDeleteUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminDeleteUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAttributes_AdminDeleteMutation, DeleteAttributes_AdminDeleteMutationVariables>;
export const InputValidation_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputValidation_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InputValidation_AdminUpdateMutation, InputValidation_AdminUpdateMutationVariables>;
export const InputValidation_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InputValidation_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InputValidation_UpdateMineMutation, InputValidation_UpdateMineMutationVariables>;
export const Metrics_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Metrics_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<Metrics_AdminUpdateMutation, Metrics_AdminUpdateMutationVariables>;
export const PoolContractIt_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PoolContractIt_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PoolContractIt_AdminUpdateMutation, PoolContractIt_AdminUpdateMutationVariables>;
export const PoolContractIt_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PoolContractIt_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PoolContractIt_UpdateMineMutation, PoolContractIt_UpdateMineMutationVariables>;
export const PoolContractIt_DeleteMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PoolContractIt_DeleteMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PoolContractIt_DeleteMineMutation, PoolContractIt_DeleteMineMutationVariables>;
export const PoolContractIt_BulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PoolContractIt_Bulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUsersAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PoolContractIt_BulkMutation, PoolContractIt_BulkMutationVariables>;
export const PoolContractIt_DefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolContractIt_Definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"mutable"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"developerOnly"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"writableByMe"}},{"kind":"Field","name":{"kind":"Name","value":"notWritableReason"}}]}}]}}]} as unknown as DocumentNode<PoolContractIt_DefinitionsQuery, PoolContractIt_DefinitionsQueryVariables>;
export const ReadErrors_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadErrors_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email","block":false}}]}]}}]}}]} as unknown as DocumentNode<ReadErrors_UserQuery, ReadErrors_UserQueryVariables>;
export const ReadErrors_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadErrors_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<ReadErrors_MeQuery, ReadErrors_MeQueryVariables>;
export const ReadErrors_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadErrors_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReadErrors_AdminUpdateMutation, ReadErrors_AdminUpdateMutationVariables>;
export const ReadErrors_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadErrors_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReadErrors_UpdateMineMutation, ReadErrors_UpdateMineMutationVariables>;
export const RefusedRequests_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefusedRequests_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RefusedRequests_UpdateMineMutation, RefusedRequests_UpdateMineMutationVariables>;
export const Tracing_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Tracing_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Tracing_AdminUpdateMutation, Tracing_AdminUpdateMutationVariables>;
export const UnexpectedErrors_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnexpectedErrors_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnexpectedErrors_AdminUpdateMutation, UnexpectedErrors_AdminUpdateMutationVariables>;
export const UnexpectedErrors_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnexpectedErrors_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnexpectedErrors_UpdateMineMutation, UnexpectedErrors_UpdateMineMutationVariables>;
export const UnexpectedErrors_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnexpectedErrors_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<UnexpectedErrors_UserQuery, UnexpectedErrors_UserQueryVariables>;
export const UnexpectedErrors_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnexpectedErrors_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<UnexpectedErrors_MeQuery, UnexpectedErrors_MeQueryVariables>;
export const UpdateMyAttributesIt_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyAttributesIt_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"department"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"custom:department","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"email"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"emailVerified"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email_verified","block":false}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"codeDeliveryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMedium"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyAttributesIt_UpdateMutation, UpdateMyAttributesIt_UpdateMutationVariables>;
export const UpdateMyAttributesIt_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpdateMyAttributesIt_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"email"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"department"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"custom:department","block":false}}]}]}}]}}]} as unknown as DocumentNode<UpdateMyAttributesIt_MeQuery, UpdateMyAttributesIt_MeQueryVariables>;
export const UserLoaders_EntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserLoaders_Entities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<UserLoaders_EntitiesQuery, UserLoaders_EntitiesQueryVariables>;
export const UserLoaders_UserAndEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserLoaders_UserAndEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<UserLoaders_UserAndEntityQuery, UserLoaders_UserAndEntityQueryVariables>;
export const UserLoaders_AdminUpdateTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserLoaders_AdminUpdateTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"userAttributes"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"First","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"givenName"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}}]}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"userAttributes"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"Second","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"givenName"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"given_name","block":false}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<UserLoaders_AdminUpdateTwiceMutation, UserLoaders_AdminUpdateTwiceMutationVariables>;
export const VerificationExceptions_VerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationExceptions_Verify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyMyAttributeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMyAttribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationExceptions_VerifyMutation, VerificationExceptions_VerifyMutationVariables>;
export const VerificationExceptions_ResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationExceptions_Resend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendMyAttributeVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendMyAttributeVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResendMyAttributeVerificationCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeDeliveryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMedium"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationExceptions_ResendMutation, VerificationExceptions_ResendMutationVariables>;
export const VerificationExceptions_DeleteMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationExceptions_DeleteMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationExceptions_DeleteMineMutation, VerificationExceptions_DeleteMineMutationVariables>;
export const VerificationExceptions_AdminDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationExceptions_AdminDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminDeleteUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDeleteUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationExceptions_AdminDeleteMutation, VerificationExceptions_AdminDeleteMutationVariables>;
export const VerificationLoop_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationLoop_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationLoop_UpdateMutation, VerificationLoop_UpdateMutationVariables>;
export const VerificationLoop_VerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationLoop_Verify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyMyAttributeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMyAttribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyMyAttributeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"email"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"emailVerified"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email_verified","block":false}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationLoop_VerifyMutation, VerificationLoop_VerifyMutationVariables>;
export const VerificationLoop_ResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationLoop_Resend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendMyAttributeVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendMyAttributeVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResendMyAttributeVerificationCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeDeliveryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMedium"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationLoop_ResendMutation, VerificationLoop_ResendMutationVariables>;
export const VerificationLoop_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationLoop_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"email"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"emailVerified"},"name":{"kind":"Name","value":"attribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"email_verified","block":false}}]}]}}]}}]} as unknown as DocumentNode<VerificationLoop_MeQuery, VerificationLoop_MeQueryVariables>;
export const Faults_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Faults_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoTooManyRequestsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<Faults_AdminUpdateMutation, Faults_AdminUpdateMutationVariables>;
export const Faults_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Faults_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<Faults_UserQuery, Faults_UserQueryVariables>;
export const Lifecycle_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Lifecycle_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<Lifecycle_AdminUpdateMutation, Lifecycle_AdminUpdateMutationVariables>;
export const QuotaGovernor_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuotaGovernor_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoTooManyRequestsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<QuotaGovernor_AdminUpdateMutation, QuotaGovernor_AdminUpdateMutationVariables>;
export const QuotaGovernor_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuotaGovernor_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<QuotaGovernor_UpdateMineMutation, QuotaGovernor_UpdateMineMutationVariables>;
export const QuotaGovernor_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaGovernor_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<QuotaGovernor_UserQuery, QuotaGovernor_UserQueryVariables>;
export const QuotaGovernor_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaGovernor_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<QuotaGovernor_MeQuery, QuotaGovernor_MeQueryVariables>;
export const RedisFaults_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedisFaults_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RedisFaults_AdminUpdateMutation, RedisFaults_AdminUpdateMutationVariables>;
export const RedisQuota_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedisQuota_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoTooManyRequestsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<RedisQuota_AdminUpdateMutation, RedisQuota_AdminUpdateMutationVariables>;
export const AdminGuards_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGuards_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGuards_AdminUpdateMutation, AdminGuards_AdminUpdateMutationVariables>;
export const AdminGuards_AdminUpdateManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGuards_AdminUpdateMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUsersAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGuards_AdminUpdateManyMutation, AdminGuards_AdminUpdateManyMutationVariables>;
export const AdminGuards_AdminDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGuards_AdminDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminDeleteUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDeleteUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGuards_AdminDeleteMutation, AdminGuards_AdminDeleteMutationVariables>;
export const AdminGuards_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGuards_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGuards_UpdateMineMutation, AdminGuards_UpdateMineMutationVariables>;
export const AdminGuards_DeleteMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGuards_DeleteMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGuards_DeleteMineMutation, AdminGuards_DeleteMineMutationVariables>;
export const AdminGuards_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminGuards_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userPoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userPoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userPoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}}]}}]}}]} as unknown as DocumentNode<AdminGuards_UserQuery, AdminGuards_UserQueryVariables>;
export const AdminRevocation_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRevocation_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AdminRevocation_UserQuery, AdminRevocation_UserQueryVariables>;
export const AdminRevocation_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRevocation_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AdminRevocation_MeQuery, AdminRevocation_MeQueryVariables>;
export const AdminRevocation_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevocation_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminRevocation_AdminUpdateMutation, AdminRevocation_AdminUpdateMutationVariables>;
export const AuthorizationMatrix_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationMatrix_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationMatrix_AdminUpdateMutation, AuthorizationMatrix_AdminUpdateMutationVariables>;
export const AuthorizationMatrix_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationMatrix_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationMatrix_UpdateMineMutation, AuthorizationMatrix_UpdateMineMutationVariables>;
export const AuthorizationMatrix_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationMatrix_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AuthorizationMatrix_MeQuery, AuthorizationMatrix_MeQueryVariables>;
export const AuthorizationMatrix_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationMatrix_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AuthorizationMatrix_UserQuery, AuthorizationMatrix_UserQueryVariables>;
export const AuthorizationMatrix_EntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationMatrix_Entities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationMatrix_EntitiesQuery, AuthorizationMatrix_EntitiesQueryVariables>;
export const EntityLimits_EntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityLimits_Entities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}}]}}]}}]}}]} as unknown as DocumentNode<EntityLimits_EntitiesQuery, EntityLimits_EntitiesQueryVariables>;
export const EntityLimits_TwoBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityLimits_TwoBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondBatch"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}}]}}]}}]}}]} as unknown as DocumentNode<EntityLimits_TwoBatchesQuery, EntityLimits_TwoBatchesQueryVariables>;
export const Hardening_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hardening_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}}]}}]}}]} as unknown as DocumentNode<Hardening_MeQuery, Hardening_MeQueryVariables>;
export const Hardening_IntrospectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hardening_Introspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<Hardening_IntrospectQuery, Hardening_IntrospectQueryVariables>;
export const Hardening_TypeIntrospectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hardening_TypeIntrospect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"User","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Hardening_TypeIntrospectQuery, Hardening_TypeIntrospectQueryVariables>;
export const LogSecrets_AdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSecrets_AdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUserAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogSecrets_AdminUpdateMutation, LogSecrets_AdminUpdateMutationVariables>;
export const LogSecrets_AdminUpdateManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSecrets_AdminUpdateMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUsersAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUsersAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LogSecrets_AdminUpdateManyMutation, LogSecrets_AdminUpdateManyMutationVariables>;
export const LogSecrets_UpdateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSecrets_UpdateMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyAttributesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CognitoError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogSecrets_UpdateMineMutation, LogSecrets_UpdateMineMutationVariables>;
export const LogSecrets_VerifyMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSecrets_VerifyMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyMyAttributeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMyAttribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LogSecrets_VerifyMineMutation, LogSecrets_VerifyMineMutationVariables>;
export const LogSecrets_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogSecrets_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<LogSecrets_MeQuery, LogSecrets_MeQueryVariables>;
export const LogSecrets_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogSecrets_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<LogSecrets_UserQuery, LogSecrets_UserQueryVariables>;