import { CognitoServiceError, InvalidParameterError } from "../../cognito/errors.js";
import { mapBounded } from "../../loaders.js";
import { checkUserPoolId } from "../../validation/attribute-writes.js";
import { AdminUpdateUserAttributesResult, performAdminUpdate } from "../admin-update.js";
import { ClientMetadataEntryInput, UserAttributeInput } from "../attribute-inputs.js";
import { builder } from "../builder.js";
import { isKind } from "../result-kind.js";

/**
 * Items in flight at once. The quota governor paces them to UserUpdate's 25 per second; a few in
 * flight keep that pace without one slow call holding up the rest.
 */
const BULK_CONCURRENCY = 4;

type ItemResult = Awaited<ReturnType<typeof performAdminUpdate>> | Error;

interface AdminUpdateUsersAttributesSuccess {
  kind: "AdminUpdateUsersAttributesSuccess";
  results: ItemResult[];
}

const AdminUpdateUsersAttributesSuccessType = builder
  .objectRef<AdminUpdateUsersAttributesSuccess>("AdminUpdateUsersAttributesSuccess")
  .implement({
    description: "Every item was attempted once; each has its own result.",
    isTypeOf: (value) => isKind(value, "AdminUpdateUsersAttributesSuccess"),
    fields: (t) => ({
      results: t.field({
        type: [AdminUpdateUserAttributesResult],
        nullable: { list: false, items: true },
        description:
          "One result per item, in input order. An item is null only when its call failed unexpectedly (see the error at its path); other items are unaffected.",
        // A rejected item makes GraphQL null that item alone and report (masked) why at its path.
        resolve: (success) =>
          success.results.map((result) =>
            result instanceof Error && !(result instanceof CognitoServiceError)
              ? Promise.reject(result)
              : result,
          ),
      }),
    }),
  });

export const AdminUpdateUsersAttributesResult = builder.errorUnion("AdminUpdateUsersAttributesResult", {
  description:
    "Per-item results, or CognitoInvalidParameterError when the batch itself is invalid (empty, too large, malformed pool id); then nothing is sent.",
  types: [AdminUpdateUsersAttributesSuccessType, InvalidParameterError],
});

export const AdminUserAttributesUpdateInput = builder.inputType("AdminUserAttributesUpdateInput", {
  description: "One user's update within a bulk update.",
  fields: (t) => ({
    username: t.string({ description: "The username, an alias (email/phone) or the sub of a local user." }),
    userAttributes: t.field({
      type: [UserAttributeInput],
      description: 'Attributes to write; a value of "" deletes the attribute.',
    }),
    clientMetadata: t.field({
      type: [ClientMetadataEntryInput],
      required: false,
      description: "Passed to the pool's custom message Lambda trigger. Not stored or encrypted by Cognito.",
    }),
  }),
});

export const AdminUpdateUsersAttributesInput = builder.inputType("AdminUpdateUsersAttributesInput", {
  description: "Updates for many users of one pool.",
  fields: (t) => ({
    userPoolId: t.id({ required: false, description: "Defaults to the gateway's configured pool." }),
    updates: t.field({
      type: [AdminUserAttributesUpdateInput],
      description: "At most the configured maximum (default 100) per request.",
    }),
  }),
});

builder.mutationField("adminUpdateUsersAttributes", (t) =>
  t.field({
    type: AdminUpdateUsersAttributesResult,
    description:
      "Admins only. Updates many users at once, each with AdminUpdateUserAttributes, paced by the quota governor. Each item is attempted once and fails or succeeds on its own.",
    args: {
      input: t.arg({
        type: AdminUpdateUsersAttributesInput,
        description:
          "The updates, one per user (at most `BULK_MAX_ITEMS`), and optionally the pool they all belong to.",
      }),
    },
    resolve: async (_root, { input }, context) => {
      const userPoolId = input.userPoolId ? String(input.userPoolId) : context.defaultUserPoolId;
      checkUserPoolId(userPoolId);
      if (input.updates.length === 0) throw new InvalidParameterError("updates must hold at least one item");
      if (input.updates.length > context.maxBulkItems) {
        throw new InvalidParameterError(
          `updates holds ${input.updates.length} items; at most ${context.maxBulkItems} are allowed per request`,
        );
      }
      // Each item's result, or the error it threw, in input order. The `results` field turns a domain
      // error (Cognito's, or the gateway's own input checks) into that item's union member, and
      // anything else into a null at that item alone.
      const results = await mapBounded(input.updates, BULK_CONCURRENCY, (update) =>
        performAdminUpdate(context, userPoolId, update),
      );
      return {
        kind: "AdminUpdateUsersAttributesSuccess" as const,
        results,
      };
    },
  }),
);
