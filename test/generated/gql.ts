/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Contract_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.Contract_AdminUpdateDocument,
    "\n  mutation Contract_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n      ... on UpdateMyAttributesSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n    }\n  }\n": typeof types.Contract_UpdateMineDocument,
    "\n  mutation Contract_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.Contract_VerifyMineDocument,
    "\n  mutation Contract_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.Contract_AdminDeleteDocument,
    "\n  mutation Contract_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.Contract_DeleteMineDocument,
    "\n  mutation Contract_ResendCode($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          deliveryMedium\n        }\n      }\n    }\n  }\n": typeof types.Contract_ResendCodeDocument,
    "\n  query Contract_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n    }\n  }\n": typeof types.Contract_MeDocument,
    "\n  query Contract_User($username: String!) {\n    user(username: $username) {\n      sub\n      username\n    }\n  }\n": typeof types.Contract_UserDocument,
    "\n  query Contract_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n": typeof types.Contract_EntitiesDocument,
    "\n  query Contract_Definitions {\n    attributeDefinitions {\n      name\n      developerOnly\n    }\n  }\n": typeof types.Contract_DefinitionsDocument,
    "\n  mutation Federation_AdminUpdateUserAttributes($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.Federation_AdminUpdateUserAttributesDocument,
    "\n  mutation Federation_UpdateMyAttributes($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.Federation_UpdateMyAttributesDocument,
    "\n  mutation AdminUpdateIt_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n": typeof types.AdminUpdateIt_UpdateDocument,
    "\n  query AdminUpdateIt_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n      username\n      email: attribute(name: \"email\")\n      enabled\n      status\n    }\n  }\n": typeof types.AdminUpdateIt_UserDocument,
    "\n  mutation AdminWriteTarget_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AdminWriteTarget_UpdateDocument,
    "\n  mutation AdminWriteTarget_Delete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AdminWriteTarget_DeleteDocument,
    "\n  mutation AuditTrail_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrail_AdminUpdateDocument,
    "\n  mutation AuditTrail_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": typeof types.AuditTrail_AdminDeleteDocument,
    "\n  mutation AuditTrail_BulkUpdate($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.AuditTrail_BulkUpdateDocument,
    "\n  mutation AuditTrail_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AuditTrail_UpdateMineDocument,
    "\n  mutation AuditTrail_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AuditTrail_DeleteMineDocument,
    "\n  mutation AuditTrail_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AuditTrail_VerifyMineDocument,
    "\n  mutation AuthenticationIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AuthenticationIt_UpdateMineDocument,
    "\n  mutation AuthenticationIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AuthenticationIt_AdminUpdateDocument,
    "\n  query AuthenticationIt_Me {\n    me {\n      sub\n      username\n      department: attribute(name: \"custom:department\")\n    }\n  }\n": typeof types.AuthenticationIt_MeDocument,
    "\n  query AuthenticationIt_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": typeof types.AuthenticationIt_UserDocument,
    "\n  mutation BulkAdminUpdate_Update($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on AdminUpdateUserAttributesSuccess {\n            user {\n              username\n              locale: attribute(name: \"locale\")\n              department: attribute(name: \"custom:department\")\n            }\n          }\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BulkAdminUpdate_UpdateDocument,
    "\n  mutation BulkAdminUpdate_Typenames($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BulkAdminUpdate_TypenamesDocument,
    "\n  mutation CognitoExceptions_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.CognitoExceptions_AdminUpdateDocument,
    "\n  mutation CognitoExceptions_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.CognitoExceptions_UpdateMineDocument,
    "\n  mutation DeleteAttributes_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on DeleteMyAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeleteAttributes_DeleteMineDocument,
    "\n  mutation DeleteAttributes_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on AdminDeleteUserAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeleteAttributes_AdminDeleteDocument,
    "\n  mutation InputValidation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InputValidation_AdminUpdateDocument,
    "\n  mutation InputValidation_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InputValidation_UpdateMineDocument,
    "\n  mutation Metrics_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.Metrics_AdminUpdateDocument,
    "\n  mutation PoolContractIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PoolContractIt_AdminUpdateDocument,
    "\n  mutation PoolContractIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PoolContractIt_UpdateMineDocument,
    "\n  mutation PoolContractIt_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PoolContractIt_DeleteMineDocument,
    "\n  mutation PoolContractIt_Bulk($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.PoolContractIt_BulkDocument,
    "\n  query PoolContractIt_Definitions {\n    attributeDefinitions {\n      name\n      type\n      mutable\n      required\n      developerOnly\n      minLength\n      maxLength\n      minValue\n      maxValue\n      writableByMe\n      notWritableReason\n    }\n  }\n": typeof types.PoolContractIt_DefinitionsDocument,
    "\n  query ReadErrors_User($username: String!) {\n    user(username: $username) {\n      username\n      attribute(name: \"email\")\n    }\n  }\n": typeof types.ReadErrors_UserDocument,
    "\n  query ReadErrors_Me {\n    me {\n      username\n    }\n  }\n": typeof types.ReadErrors_MeDocument,
    "\n  mutation ReadErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": typeof types.ReadErrors_AdminUpdateDocument,
    "\n  mutation ReadErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": typeof types.ReadErrors_UpdateMineDocument,
    "\n  mutation RefusedRequests_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.RefusedRequests_UpdateMineDocument,
    "\n  mutation Tracing_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n        }\n      }\n    }\n  }\n": typeof types.Tracing_AdminUpdateDocument,
    "\n  mutation UnexpectedErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UnexpectedErrors_AdminUpdateDocument,
    "\n  mutation UnexpectedErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UnexpectedErrors_UpdateMineDocument,
    "\n  query UnexpectedErrors_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": typeof types.UnexpectedErrors_UserDocument,
    "\n  query UnexpectedErrors_Me {\n    me {\n      username\n    }\n  }\n": typeof types.UnexpectedErrors_MeDocument,
    "\n  mutation UpdateMyAttributesIt_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateMyAttributesIt_UpdateDocument,
    "\n  query UpdateMyAttributesIt_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n      department: attribute(name: \"custom:department\")\n    }\n  }\n": typeof types.UpdateMyAttributesIt_MeDocument,
    "\n  query UserLoaders_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n": typeof types.UserLoaders_EntitiesDocument,
    "\n  query UserLoaders_UserAndEntity($username: String!, $representations: [_Any!]!) {\n    user(username: $username) {\n      sub\n      username\n    }\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n": typeof types.UserLoaders_UserAndEntityDocument,
    "\n  mutation UserLoaders_AdminUpdateTwice($username: String!) {\n    first: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"First\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n    second: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"Second\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n  }\n": typeof types.UserLoaders_AdminUpdateTwiceDocument,
    "\n  mutation VerificationExceptions_Verify($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerificationExceptions_VerifyDocument,
    "\n  mutation VerificationExceptions_Resend($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerificationExceptions_ResendDocument,
    "\n  mutation VerificationExceptions_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerificationExceptions_DeleteMineDocument,
    "\n  mutation VerificationExceptions_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerificationExceptions_AdminDeleteDocument,
    "\n  mutation VerificationLoop_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerificationLoop_UpdateDocument,
    "\n  mutation VerificationLoop_Verify($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on VerifyMyAttributeSuccess {\n        user {\n          sub\n          username\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerificationLoop_VerifyDocument,
    "\n  mutation VerificationLoop_Resend($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerificationLoop_ResendDocument,
    "\n  query VerificationLoop_Me {\n    me {\n      email: attribute(name: \"email\")\n      emailVerified: attribute(name: \"email_verified\")\n    }\n  }\n": typeof types.VerificationLoop_MeDocument,
    "\n  mutation Faults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.Faults_AdminUpdateDocument,
    "\n  query Faults_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": typeof types.Faults_UserDocument,
    "\n  mutation Lifecycle_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.Lifecycle_AdminUpdateDocument,
    "\n  mutation QuotaGovernor_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.QuotaGovernor_AdminUpdateDocument,
    "\n  mutation QuotaGovernor_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.QuotaGovernor_UpdateMineDocument,
    "\n  query QuotaGovernor_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": typeof types.QuotaGovernor_UserDocument,
    "\n  query QuotaGovernor_Me {\n    me {\n      username\n    }\n  }\n": typeof types.QuotaGovernor_MeDocument,
    "\n  mutation RedisFaults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.RedisFaults_AdminUpdateDocument,
    "\n  mutation RedisQuota_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.RedisQuota_AdminUpdateDocument,
    "\n  mutation AdminGuards_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminGuards_AdminUpdateDocument,
    "\n  mutation AdminGuards_AdminUpdateMany($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminGuards_AdminUpdateManyDocument,
    "\n  mutation AdminGuards_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminGuards_AdminDeleteDocument,
    "\n  mutation AdminGuards_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminGuards_UpdateMineDocument,
    "\n  mutation AdminGuards_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminGuards_DeleteMineDocument,
    "\n  query AdminGuards_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n    }\n  }\n": typeof types.AdminGuards_UserDocument,
    "\n  query AdminRevocation_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": typeof types.AdminRevocation_UserDocument,
    "\n  query AdminRevocation_Me {\n    me {\n      username\n    }\n  }\n": typeof types.AdminRevocation_MeDocument,
    "\n  mutation AdminRevocation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.AdminRevocation_AdminUpdateDocument,
    "\n  mutation AuthorizationMatrix_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AuthorizationMatrix_AdminUpdateDocument,
    "\n  mutation AuthorizationMatrix_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AuthorizationMatrix_UpdateMineDocument,
    "\n  query AuthorizationMatrix_Me {\n    me {\n      sub\n      username\n    }\n  }\n": typeof types.AuthorizationMatrix_MeDocument,
    "\n  query AuthorizationMatrix_User($username: String!) {\n    user(username: $username) {\n      sub\n      username\n    }\n  }\n": typeof types.AuthorizationMatrix_UserDocument,
    "\n  query AuthorizationMatrix_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n": typeof types.AuthorizationMatrix_EntitiesDocument,
    "\n  query EntityLimits_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n      }\n    }\n  }\n": typeof types.EntityLimits_EntitiesDocument,
    "\n  query EntityLimits_TwoBatches($first: [_Any!]!, $second: [_Any!]!) {\n    first: _entities(representations: $first) {\n      ... on User {\n        sub\n      }\n    }\n    ...SecondBatch\n  }\n\n  fragment SecondBatch on Query {\n    second: _entities(representations: $second) {\n      ... on User {\n        sub\n      }\n    }\n  }\n": typeof types.EntityLimits_TwoBatchesDocument,
    "\n  query Hardening_Me {\n    me {\n      sub\n    }\n  }\n": typeof types.Hardening_MeDocument,
    "\n  query Hardening_Introspect {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": typeof types.Hardening_IntrospectDocument,
    "\n  query Hardening_TypeIntrospect {\n    __type(name: \"User\") {\n      name\n    }\n  }\n": typeof types.Hardening_TypeIntrospectDocument,
    "\n  mutation LogSecrets_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogSecrets_AdminUpdateDocument,
    "\n  mutation LogSecrets_AdminUpdateMany($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n    }\n  }\n": typeof types.LogSecrets_AdminUpdateManyDocument,
    "\n  mutation LogSecrets_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogSecrets_UpdateMineDocument,
    "\n  mutation LogSecrets_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n    }\n  }\n": typeof types.LogSecrets_VerifyMineDocument,
    "\n  query LogSecrets_Me {\n    me {\n      attributes {\n        name\n        value\n      }\n    }\n  }\n": typeof types.LogSecrets_MeDocument,
    "\n  query LogSecrets_User($username: String!) {\n    user(username: $username) {\n      attributes {\n        name\n        value\n      }\n    }\n  }\n": typeof types.LogSecrets_UserDocument,
};
const documents: Documents = {
    "\n  mutation Contract_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.Contract_AdminUpdateDocument,
    "\n  mutation Contract_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n      ... on UpdateMyAttributesSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n    }\n  }\n": types.Contract_UpdateMineDocument,
    "\n  mutation Contract_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.Contract_VerifyMineDocument,
    "\n  mutation Contract_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.Contract_AdminDeleteDocument,
    "\n  mutation Contract_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.Contract_DeleteMineDocument,
    "\n  mutation Contract_ResendCode($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          deliveryMedium\n        }\n      }\n    }\n  }\n": types.Contract_ResendCodeDocument,
    "\n  query Contract_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n    }\n  }\n": types.Contract_MeDocument,
    "\n  query Contract_User($username: String!) {\n    user(username: $username) {\n      sub\n      username\n    }\n  }\n": types.Contract_UserDocument,
    "\n  query Contract_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n": types.Contract_EntitiesDocument,
    "\n  query Contract_Definitions {\n    attributeDefinitions {\n      name\n      developerOnly\n    }\n  }\n": types.Contract_DefinitionsDocument,
    "\n  mutation Federation_AdminUpdateUserAttributes($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.Federation_AdminUpdateUserAttributesDocument,
    "\n  mutation Federation_UpdateMyAttributes($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.Federation_UpdateMyAttributesDocument,
    "\n  mutation AdminUpdateIt_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n": types.AdminUpdateIt_UpdateDocument,
    "\n  query AdminUpdateIt_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n      username\n      email: attribute(name: \"email\")\n      enabled\n      status\n    }\n  }\n": types.AdminUpdateIt_UserDocument,
    "\n  mutation AdminWriteTarget_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.AdminWriteTarget_UpdateDocument,
    "\n  mutation AdminWriteTarget_Delete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.AdminWriteTarget_DeleteDocument,
    "\n  mutation AuditTrail_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": types.AuditTrail_AdminUpdateDocument,
    "\n  mutation AuditTrail_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": types.AuditTrail_AdminDeleteDocument,
    "\n  mutation AuditTrail_BulkUpdate($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n        }\n      }\n    }\n  }\n": types.AuditTrail_BulkUpdateDocument,
    "\n  mutation AuditTrail_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.AuditTrail_UpdateMineDocument,
    "\n  mutation AuditTrail_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.AuditTrail_DeleteMineDocument,
    "\n  mutation AuditTrail_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n    }\n  }\n": types.AuditTrail_VerifyMineDocument,
    "\n  mutation AuthenticationIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.AuthenticationIt_UpdateMineDocument,
    "\n  mutation AuthenticationIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.AuthenticationIt_AdminUpdateDocument,
    "\n  query AuthenticationIt_Me {\n    me {\n      sub\n      username\n      department: attribute(name: \"custom:department\")\n    }\n  }\n": types.AuthenticationIt_MeDocument,
    "\n  query AuthenticationIt_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": types.AuthenticationIt_UserDocument,
    "\n  mutation BulkAdminUpdate_Update($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on AdminUpdateUserAttributesSuccess {\n            user {\n              username\n              locale: attribute(name: \"locale\")\n              department: attribute(name: \"custom:department\")\n            }\n          }\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.BulkAdminUpdate_UpdateDocument,
    "\n  mutation BulkAdminUpdate_Typenames($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.BulkAdminUpdate_TypenamesDocument,
    "\n  mutation CognitoExceptions_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.CognitoExceptions_AdminUpdateDocument,
    "\n  mutation CognitoExceptions_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.CognitoExceptions_UpdateMineDocument,
    "\n  mutation DeleteAttributes_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on DeleteMyAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.DeleteAttributes_DeleteMineDocument,
    "\n  mutation DeleteAttributes_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on AdminDeleteUserAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.DeleteAttributes_AdminDeleteDocument,
    "\n  mutation InputValidation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.InputValidation_AdminUpdateDocument,
    "\n  mutation InputValidation_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.InputValidation_UpdateMineDocument,
    "\n  mutation Metrics_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.Metrics_AdminUpdateDocument,
    "\n  mutation PoolContractIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.PoolContractIt_AdminUpdateDocument,
    "\n  mutation PoolContractIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.PoolContractIt_UpdateMineDocument,
    "\n  mutation PoolContractIt_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.PoolContractIt_DeleteMineDocument,
    "\n  mutation PoolContractIt_Bulk($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n": types.PoolContractIt_BulkDocument,
    "\n  query PoolContractIt_Definitions {\n    attributeDefinitions {\n      name\n      type\n      mutable\n      required\n      developerOnly\n      minLength\n      maxLength\n      minValue\n      maxValue\n      writableByMe\n      notWritableReason\n    }\n  }\n": types.PoolContractIt_DefinitionsDocument,
    "\n  query ReadErrors_User($username: String!) {\n    user(username: $username) {\n      username\n      attribute(name: \"email\")\n    }\n  }\n": types.ReadErrors_UserDocument,
    "\n  query ReadErrors_Me {\n    me {\n      username\n    }\n  }\n": types.ReadErrors_MeDocument,
    "\n  mutation ReadErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": types.ReadErrors_AdminUpdateDocument,
    "\n  mutation ReadErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n": types.ReadErrors_UpdateMineDocument,
    "\n  mutation RefusedRequests_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.RefusedRequests_UpdateMineDocument,
    "\n  mutation Tracing_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n        }\n      }\n    }\n  }\n": types.Tracing_AdminUpdateDocument,
    "\n  mutation UnexpectedErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.UnexpectedErrors_AdminUpdateDocument,
    "\n  mutation UnexpectedErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.UnexpectedErrors_UpdateMineDocument,
    "\n  query UnexpectedErrors_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": types.UnexpectedErrors_UserDocument,
    "\n  query UnexpectedErrors_Me {\n    me {\n      username\n    }\n  }\n": types.UnexpectedErrors_MeDocument,
    "\n  mutation UpdateMyAttributesIt_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n": types.UpdateMyAttributesIt_UpdateDocument,
    "\n  query UpdateMyAttributesIt_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n      department: attribute(name: \"custom:department\")\n    }\n  }\n": types.UpdateMyAttributesIt_MeDocument,
    "\n  query UserLoaders_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n": types.UserLoaders_EntitiesDocument,
    "\n  query UserLoaders_UserAndEntity($username: String!, $representations: [_Any!]!) {\n    user(username: $username) {\n      sub\n      username\n    }\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n": types.UserLoaders_UserAndEntityDocument,
    "\n  mutation UserLoaders_AdminUpdateTwice($username: String!) {\n    first: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"First\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n    second: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"Second\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n  }\n": types.UserLoaders_AdminUpdateTwiceDocument,
    "\n  mutation VerificationExceptions_Verify($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.VerificationExceptions_VerifyDocument,
    "\n  mutation VerificationExceptions_Resend($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.VerificationExceptions_ResendDocument,
    "\n  mutation VerificationExceptions_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.VerificationExceptions_DeleteMineDocument,
    "\n  mutation VerificationExceptions_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.VerificationExceptions_AdminDeleteDocument,
    "\n  mutation VerificationLoop_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.VerificationLoop_UpdateDocument,
    "\n  mutation VerificationLoop_Verify($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on VerifyMyAttributeSuccess {\n        user {\n          sub\n          username\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.VerificationLoop_VerifyDocument,
    "\n  mutation VerificationLoop_Resend($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.VerificationLoop_ResendDocument,
    "\n  query VerificationLoop_Me {\n    me {\n      email: attribute(name: \"email\")\n      emailVerified: attribute(name: \"email_verified\")\n    }\n  }\n": types.VerificationLoop_MeDocument,
    "\n  mutation Faults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.Faults_AdminUpdateDocument,
    "\n  query Faults_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": types.Faults_UserDocument,
    "\n  mutation Lifecycle_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.Lifecycle_AdminUpdateDocument,
    "\n  mutation QuotaGovernor_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.QuotaGovernor_AdminUpdateDocument,
    "\n  mutation QuotaGovernor_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.QuotaGovernor_UpdateMineDocument,
    "\n  query QuotaGovernor_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": types.QuotaGovernor_UserDocument,
    "\n  query QuotaGovernor_Me {\n    me {\n      username\n    }\n  }\n": types.QuotaGovernor_MeDocument,
    "\n  mutation RedisFaults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.RedisFaults_AdminUpdateDocument,
    "\n  mutation RedisQuota_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.RedisQuota_AdminUpdateDocument,
    "\n  mutation AdminGuards_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.AdminGuards_AdminUpdateDocument,
    "\n  mutation AdminGuards_AdminUpdateMany($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.AdminGuards_AdminUpdateManyDocument,
    "\n  mutation AdminGuards_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.AdminGuards_AdminDeleteDocument,
    "\n  mutation AdminGuards_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.AdminGuards_UpdateMineDocument,
    "\n  mutation AdminGuards_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.AdminGuards_DeleteMineDocument,
    "\n  query AdminGuards_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n    }\n  }\n": types.AdminGuards_UserDocument,
    "\n  query AdminRevocation_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n": types.AdminRevocation_UserDocument,
    "\n  query AdminRevocation_Me {\n    me {\n      username\n    }\n  }\n": types.AdminRevocation_MeDocument,
    "\n  mutation AdminRevocation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.AdminRevocation_AdminUpdateDocument,
    "\n  mutation AuthorizationMatrix_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.AuthorizationMatrix_AdminUpdateDocument,
    "\n  mutation AuthorizationMatrix_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.AuthorizationMatrix_UpdateMineDocument,
    "\n  query AuthorizationMatrix_Me {\n    me {\n      sub\n      username\n    }\n  }\n": types.AuthorizationMatrix_MeDocument,
    "\n  query AuthorizationMatrix_User($username: String!) {\n    user(username: $username) {\n      sub\n      username\n    }\n  }\n": types.AuthorizationMatrix_UserDocument,
    "\n  query AuthorizationMatrix_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n": types.AuthorizationMatrix_EntitiesDocument,
    "\n  query EntityLimits_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n      }\n    }\n  }\n": types.EntityLimits_EntitiesDocument,
    "\n  query EntityLimits_TwoBatches($first: [_Any!]!, $second: [_Any!]!) {\n    first: _entities(representations: $first) {\n      ... on User {\n        sub\n      }\n    }\n    ...SecondBatch\n  }\n\n  fragment SecondBatch on Query {\n    second: _entities(representations: $second) {\n      ... on User {\n        sub\n      }\n    }\n  }\n": types.EntityLimits_TwoBatchesDocument,
    "\n  query Hardening_Me {\n    me {\n      sub\n    }\n  }\n": types.Hardening_MeDocument,
    "\n  query Hardening_Introspect {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": types.Hardening_IntrospectDocument,
    "\n  query Hardening_TypeIntrospect {\n    __type(name: \"User\") {\n      name\n    }\n  }\n": types.Hardening_TypeIntrospectDocument,
    "\n  mutation LogSecrets_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.LogSecrets_AdminUpdateDocument,
    "\n  mutation LogSecrets_AdminUpdateMany($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n    }\n  }\n": types.LogSecrets_AdminUpdateManyDocument,
    "\n  mutation LogSecrets_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n": types.LogSecrets_UpdateMineDocument,
    "\n  mutation LogSecrets_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n    }\n  }\n": types.LogSecrets_VerifyMineDocument,
    "\n  query LogSecrets_Me {\n    me {\n      attributes {\n        name\n        value\n      }\n    }\n  }\n": types.LogSecrets_MeDocument,
    "\n  query LogSecrets_User($username: String!) {\n    user(username: $username) {\n      attributes {\n        name\n        value\n      }\n    }\n  }\n": types.LogSecrets_UserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Contract_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Contract_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Contract_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n      ... on UpdateMyAttributesSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Contract_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n      ... on UpdateMyAttributesSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Contract_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Contract_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Contract_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Contract_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Contract_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Contract_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Contract_ResendCode($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          deliveryMedium\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Contract_ResendCode($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          deliveryMedium\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n    }\n  }\n"): (typeof documents)["\n  query Contract_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract_User($username: String!) {\n    user(username: $username) {\n      sub\n      username\n    }\n  }\n"): (typeof documents)["\n  query Contract_User($username: String!) {\n    user(username: $username) {\n      sub\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query Contract_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract_Definitions {\n    attributeDefinitions {\n      name\n      developerOnly\n    }\n  }\n"): (typeof documents)["\n  query Contract_Definitions {\n    attributeDefinitions {\n      name\n      developerOnly\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Federation_AdminUpdateUserAttributes($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Federation_AdminUpdateUserAttributes($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Federation_UpdateMyAttributes($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Federation_UpdateMyAttributes($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          givenName: attribute(name: \"given_name\")\n        }\n        codeDeliveryDetails {\n          attributeName\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateIt_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateIt_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUpdateIt_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n      username\n      email: attribute(name: \"email\")\n      enabled\n      status\n    }\n  }\n"): (typeof documents)["\n  query AdminUpdateIt_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n      username\n      email: attribute(name: \"email\")\n      enabled\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminWriteTarget_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AdminWriteTarget_Update($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminWriteTarget_Delete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AdminWriteTarget_Delete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrail_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrail_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrail_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrail_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrail_BulkUpdate($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrail_BulkUpdate($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrail_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrail_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrail_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrail_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTrail_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTrail_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthenticationIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AuthenticationIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthenticationIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthenticationIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthenticationIt_Me {\n    me {\n      sub\n      username\n      department: attribute(name: \"custom:department\")\n    }\n  }\n"): (typeof documents)["\n  query AuthenticationIt_Me {\n    me {\n      sub\n      username\n      department: attribute(name: \"custom:department\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthenticationIt_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"): (typeof documents)["\n  query AuthenticationIt_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAdminUpdate_Update($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on AdminUpdateUserAttributesSuccess {\n            user {\n              username\n              locale: attribute(name: \"locale\")\n              department: attribute(name: \"custom:department\")\n            }\n          }\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkAdminUpdate_Update($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on AdminUpdateUserAttributesSuccess {\n            user {\n              username\n              locale: attribute(name: \"locale\")\n              department: attribute(name: \"custom:department\")\n            }\n          }\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAdminUpdate_Typenames($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkAdminUpdate_Typenames($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CognitoExceptions_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CognitoExceptions_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CognitoExceptions_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CognitoExceptions_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttributes_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on DeleteMyAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAttributes_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on DeleteMyAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttributes_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on AdminDeleteUserAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAttributes_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on AdminDeleteUserAttributesSuccess {\n        user {\n          sub\n          username\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputValidation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InputValidation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputValidation_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InputValidation_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Metrics_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation Metrics_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoolContractIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PoolContractIt_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoolContractIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PoolContractIt_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoolContractIt_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PoolContractIt_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoolContractIt_Bulk($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PoolContractIt_Bulk($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolContractIt_Definitions {\n    attributeDefinitions {\n      name\n      type\n      mutable\n      required\n      developerOnly\n      minLength\n      maxLength\n      minValue\n      maxValue\n      writableByMe\n      notWritableReason\n    }\n  }\n"): (typeof documents)["\n  query PoolContractIt_Definitions {\n    attributeDefinitions {\n      name\n      type\n      mutable\n      required\n      developerOnly\n      minLength\n      maxLength\n      minValue\n      maxValue\n      writableByMe\n      notWritableReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadErrors_User($username: String!) {\n    user(username: $username) {\n      username\n      attribute(name: \"email\")\n    }\n  }\n"): (typeof documents)["\n  query ReadErrors_User($username: String!) {\n    user(username: $username) {\n      username\n      attribute(name: \"email\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadErrors_Me {\n    me {\n      username\n    }\n  }\n"): (typeof documents)["\n  query ReadErrors_Me {\n    me {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          username\n          attribute(name: \"given_name\")\n        }\n      }\n      ... on CognitoError {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefusedRequests_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation RefusedRequests_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Tracing_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Tracing_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnexpectedErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnexpectedErrors_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnexpectedErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnexpectedErrors_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnexpectedErrors_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"): (typeof documents)["\n  query UnexpectedErrors_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnexpectedErrors_Me {\n    me {\n      username\n    }\n  }\n"): (typeof documents)["\n  query UnexpectedErrors_Me {\n    me {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyAttributesIt_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyAttributesIt_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          sub\n          username\n          department: attribute(name: \"custom:department\")\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpdateMyAttributesIt_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n      department: attribute(name: \"custom:department\")\n    }\n  }\n"): (typeof documents)["\n  query UpdateMyAttributesIt_Me {\n    me {\n      sub\n      username\n      email: attribute(name: \"email\")\n      department: attribute(name: \"custom:department\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLoaders_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserLoaders_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLoaders_UserAndEntity($username: String!, $representations: [_Any!]!) {\n    user(username: $username) {\n      sub\n      username\n    }\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserLoaders_UserAndEntity($username: String!, $representations: [_Any!]!) {\n    user(username: $username) {\n      sub\n      username\n    }\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserLoaders_AdminUpdateTwice($username: String!) {\n    first: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"First\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n    second: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"Second\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserLoaders_AdminUpdateTwice($username: String!) {\n    first: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"First\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n    second: adminUpdateUserAttributes(\n      input: { username: $username, userAttributes: [{ name: \"given_name\", value: \"Second\" }] }\n    ) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          givenName: attribute(name: \"given_name\")\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationExceptions_Verify($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationExceptions_Verify($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationExceptions_Resend($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationExceptions_Resend($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationExceptions_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationExceptions_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationExceptions_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationExceptions_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationLoop_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationLoop_Update($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationLoop_Verify($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on VerifyMyAttributeSuccess {\n        user {\n          sub\n          username\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationLoop_Verify($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n      ... on VerifyMyAttributeSuccess {\n        user {\n          sub\n          username\n          email: attribute(name: \"email\")\n          emailVerified: attribute(name: \"email_verified\")\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationLoop_Resend($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationLoop_Resend($input: ResendMyAttributeVerificationCodeInput!) {\n    resendMyAttributeVerificationCode(input: $input) {\n      __typename\n      ... on ResendMyAttributeVerificationCodeSuccess {\n        codeDeliveryDetails {\n          attributeName\n          deliveryMedium\n          destination\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationLoop_Me {\n    me {\n      email: attribute(name: \"email\")\n      emailVerified: attribute(name: \"email_verified\")\n    }\n  }\n"): (typeof documents)["\n  query VerificationLoop_Me {\n    me {\n      email: attribute(name: \"email\")\n      emailVerified: attribute(name: \"email_verified\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Faults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Faults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Faults_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"): (typeof documents)["\n  query Faults_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Lifecycle_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation Lifecycle_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotaGovernor_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuotaGovernor_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        retryable\n      }\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotaGovernor_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation QuotaGovernor_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaGovernor_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"): (typeof documents)["\n  query QuotaGovernor_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaGovernor_Me {\n    me {\n      username\n    }\n  }\n"): (typeof documents)["\n  query QuotaGovernor_Me {\n    me {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedisFaults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation RedisFaults_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedisQuota_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedisQuota_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoTooManyRequestsError {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGuards_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminGuards_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGuards_AdminUpdateMany($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminGuards_AdminUpdateMany($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUsersAttributesSuccess {\n        results {\n          __typename\n          ... on CognitoError {\n            code\n            message\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGuards_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminGuards_AdminDelete($input: AdminDeleteUserAttributesInput!) {\n    adminDeleteUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGuards_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminGuards_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGuards_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminGuards_DeleteMine($input: DeleteMyAttributesInput!) {\n    deleteMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminGuards_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n    }\n  }\n"): (typeof documents)["\n  query AdminGuards_User($userPoolId: ID, $username: String!) {\n    user(userPoolId: $userPoolId, username: $username) {\n      sub\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRevocation_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"): (typeof documents)["\n  query AdminRevocation_User($username: String!) {\n    user(username: $username) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRevocation_Me {\n    me {\n      username\n    }\n  }\n"): (typeof documents)["\n  query AdminRevocation_Me {\n    me {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevocation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevocation_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationMatrix_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorizationMatrix_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationMatrix_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorizationMatrix_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationMatrix_Me {\n    me {\n      sub\n      username\n    }\n  }\n"): (typeof documents)["\n  query AuthorizationMatrix_Me {\n    me {\n      sub\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationMatrix_User($username: String!) {\n    user(username: $username) {\n      sub\n      username\n    }\n  }\n"): (typeof documents)["\n  query AuthorizationMatrix_User($username: String!) {\n    user(username: $username) {\n      sub\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationMatrix_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorizationMatrix_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityLimits_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityLimits_Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on User {\n        sub\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityLimits_TwoBatches($first: [_Any!]!, $second: [_Any!]!) {\n    first: _entities(representations: $first) {\n      ... on User {\n        sub\n      }\n    }\n    ...SecondBatch\n  }\n\n  fragment SecondBatch on Query {\n    second: _entities(representations: $second) {\n      ... on User {\n        sub\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityLimits_TwoBatches($first: [_Any!]!, $second: [_Any!]!) {\n    first: _entities(representations: $first) {\n      ... on User {\n        sub\n      }\n    }\n    ...SecondBatch\n  }\n\n  fragment SecondBatch on Query {\n    second: _entities(representations: $second) {\n      ... on User {\n        sub\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hardening_Me {\n    me {\n      sub\n    }\n  }\n"): (typeof documents)["\n  query Hardening_Me {\n    me {\n      sub\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hardening_Introspect {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Hardening_Introspect {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hardening_TypeIntrospect {\n    __type(name: \"User\") {\n      name\n    }\n  }\n"): (typeof documents)["\n  query Hardening_TypeIntrospect {\n    __type(name: \"User\") {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSecrets_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogSecrets_AdminUpdate($input: AdminUpdateUserAttributesInput!) {\n    adminUpdateUserAttributes(input: $input) {\n      __typename\n      ... on AdminUpdateUserAttributesSuccess {\n        user {\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSecrets_AdminUpdateMany($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation LogSecrets_AdminUpdateMany($input: AdminUpdateUsersAttributesInput!) {\n    adminUpdateUsersAttributes(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSecrets_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogSecrets_UpdateMine($input: UpdateMyAttributesInput!) {\n    updateMyAttributes(input: $input) {\n      __typename\n      ... on UpdateMyAttributesSuccess {\n        user {\n          attributes {\n            name\n            value\n          }\n        }\n      }\n      ... on CognitoError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSecrets_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation LogSecrets_VerifyMine($input: VerifyMyAttributeInput!) {\n    verifyMyAttribute(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogSecrets_Me {\n    me {\n      attributes {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogSecrets_Me {\n    me {\n      attributes {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogSecrets_User($username: String!) {\n    user(username: $username) {\n      attributes {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogSecrets_User($username: String!) {\n    user(username: $username) {\n      attributes {\n        name\n        value\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;