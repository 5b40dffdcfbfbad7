import type { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";

/** graphql-armor's options (`@escape.tech/graphql-armor`): one object for all its protections. */
export type ArmorOptions = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

/**
 * Every graphql-armor protection switched off. The umbrella turns on each protection it is not told
 * about, with its own defaults; spread this first when only one protection is wanted.
 */
export const ARMOR_OFF = {
  blockFieldSuggestion: { enabled: false },
  maxTokens: { enabled: false },
  maxDepth: { enabled: false },
  maxAliases: { enabled: false },
  maxDirectives: { enabled: false },
  costLimit: { enabled: false },
} as const satisfies ArmorOptions;
