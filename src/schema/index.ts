import { builder } from "./builder.js";
import "./cognito-error.js";
import "./user.js";
import "./attribute-definition.js";
import "./mutations/admin-update-user-attributes.js";
import "./mutations/update-my-attributes.js";
import "./mutations/verify-my-attribute.js";
import "./mutations/resend-my-attribute-verification-code.js";
import "./mutations/delete-my-attributes.js";
import "./mutations/admin-delete-user-attributes.js";
import "./mutations/admin-update-users-attributes.js";

builder.queryType({ description: "Reads of Cognito users." });
builder.mutationType({ description: "Writes of Cognito user attributes." });

/** The gateway's schema as an Apollo Federation v2 subgraph, before permissions are applied. */
export const schema = builder.toSubGraphSchema({
  linkUrl: "https://specs.apollo.dev/federation/v2.6",
  federationDirectives: ["@key"],
});
