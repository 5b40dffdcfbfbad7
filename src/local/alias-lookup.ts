import type { Context } from "cognito-local/lib/services/context.js";
import type {
  User,
  UserPoolService,
  UserPoolServiceFactory,
} from "cognito-local/lib/services/userPoolService.js";

/** An alias resolves a user only once it is verified, as in Cognito; `preferred_username` needs no verification. */
const VERIFIED_FLAG: Record<string, string | undefined> = {
  email: "email_verified",
  phone_number: "phone_number_verified",
};

const attribute = (user: User, name: string): string | undefined =>
  user.Attributes?.find((a) => a.Name === name)?.Value;

async function findByAlias(service: UserPoolService, ctx: Context, value: string): Promise<User | null> {
  const aliases = service.options.AliasAttributes ?? [];
  if (aliases.length === 0) return null;
  const users = await service.listUsers(ctx);
  const match = users.find((user) =>
    aliases.some((alias) => {
      const flag = VERIFIED_FLAG[alias];
      return attribute(user, alias) === value && (flag === undefined || attribute(user, flag) === "true");
    }),
  );
  return match ?? null;
}

/**
 * Makes `AliasAttributes` work. cognito-local resolves a user by username, sub, or by email/phone only
 * when they are `UsernameAttributes`; in a username pool with `AliasAttributes: ["email"]` the email
 * found nobody (AdminGetUser, sign-in, …). Real Cognito accepts a verified alias wherever it takes a
 * username, so every lookup falls back to the aliases.
 */
export function withAliasLookup(inner: UserPoolServiceFactory): UserPoolServiceFactory {
  return {
    async create(ctx, clientsDataStore, defaultOptions) {
      const service = await inner.create(ctx, clientsDataStore, defaultOptions);
      const byUsernameOrSub = service.getUserByUsername.bind(service);
      service.getUserByUsername = async (ctx, username) =>
        (await byUsernameOrSub(ctx, username)) ?? findByAlias(service, ctx, username);
      return service;
    },
  };
}
