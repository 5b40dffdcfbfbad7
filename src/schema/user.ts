import type { CognitoUser, UserAttribute } from "../cognito/types.js";
import { checkSelfOrAdmin } from "../permissions/rules.js";
import { checkUsername, checkUserPoolId } from "../validation/attribute-writes.js";
import { builder } from "./builder.js";
import { callerToken } from "./caller.js";
import { loadSelf, loadUser, toReadError } from "./reads.js";

export const UserAttributeType = builder.objectRef<UserAttribute>("UserAttribute").implement({
  description: "One attribute as Cognito holds it. Every value is a string; booleans read `true`/`false`.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "e.g. `email` or `custom:department`." }),
    value: t.exposeString("value", {
      description: "The value as a string; never empty (a blank write deletes).",
    }),
  }),
});

export const UserType = builder.objectRef<CognitoUser>("User").implement({
  description: "A Cognito user as Cognito holds it at the time of the read.",
  fields: (t) => ({
    sub: t.exposeID("sub", { description: "The user's immutable unique id (the `sub` attribute)." }),
    username: t.exposeString("username", {
      description: "The username, which never changes. Sign-in aliases are attributes.",
    }),
    attributes: t.field({
      type: [UserAttributeType],
      description:
        "Every attribute the read returned. Read with the user's own token, only those their app client may read.",
      resolve: (user) => user.attributes,
    }),
    attribute: t.string({
      nullable: true,
      description: "The value of one attribute by name, or null when the user has none.",
      args: { name: t.arg.string({ description: "e.g. `email` or `custom:department`." }) },
      resolve: (user, { name }) =>
        user.attributes.find((attribute) => attribute.name === name)?.value ?? null,
    }),
    enabled: t.boolean({
      nullable: true,
      description:
        "Whether the user may sign in. Null when read with the user's own token (GetUser omits it).",
      resolve: (user) => user.enabled ?? null,
    }),
    status: t.string({
      nullable: true,
      description:
        "Cognito's UserStatus, e.g. CONFIRMED or FORCE_CHANGE_PASSWORD. Null on the user's own read.",
      resolve: (user) => user.status ?? null,
    }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the user was created. Null on the user's own read.",
      resolve: (user) => user.createdAt ?? null,
    }),
    lastModifiedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the user was last modified. Null on the user's own read.",
      resolve: (user) => user.lastModifiedAt ?? null,
    }),
  }),
});

builder.asEntity(UserType, {
  key: builder.selection<{ sub: string }>("sub"),
  resolveReference: async ({ sub }, context) => {
    const principal = await context.principal();
    const denied = checkSelfOrAdmin(principal, sub);
    if (denied) throw denied;
    // A user reading themselves gets what their app client may read (GetUser), as with `me`.
    if (principal.kind === "authenticated" && !principal.isAdmin)
      return loadSelf(context, principal.token.raw);
    try {
      return await context.loaders.userBySub.load({ userPoolId: context.defaultUserPoolId, sub });
    } catch (error) {
      throw toReadError(error);
    }
  },
});

builder.queryFields((t) => ({
  me: t.field({
    type: UserType,
    nullable: true,
    description: "The signed-in user, read from Cognito with their own access token (GetUser).",
    resolve: async (_root, _args, context) => loadSelf(context, (await callerToken(context)).raw),
  }),
  user: t.field({
    type: UserType,
    nullable: true,
    description:
      "Admins only: any user of an allowed pool (AdminGetUser). Null when the user does not exist.",
    args: {
      userPoolId: t.arg.id({ required: false, description: "Defaults to the gateway's configured pool." }),
      username: t.arg.string({ description: "The username, an alias (email/phone) or the sub." }),
    },
    resolve: async (_root, args, context) => {
      const userPoolId = args.userPoolId ? String(args.userPoolId) : context.defaultUserPoolId;
      try {
        checkUserPoolId(userPoolId);
        checkUsername(args.username);
      } catch (error) {
        throw toReadError(error);
      }
      return loadUser(context, { userPoolId, username: args.username });
    },
  }),
}));
