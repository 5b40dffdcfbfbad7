import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ARMOR_OFF, type ArmorOptions } from "./graphql-armor.js";
import { useRequestLimits } from "./use-request-limits.js";

/** Ceilings on what one document may ask for, checked before execution (graphql-armor). */
export interface DocumentLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

/**
 * Sized for this schema: the deepest useful selection (a payload's user's attributes through a
 * router's `_entities`) is 6 levels, and a bulk admin update written inline stays under 5,000 tokens.
 */
export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 5_000,
  maxDirectives: 10,
  maxCost: 5_000,
};

/**
 * The depth of graphql-js's `getIntrospectionQuery()` (what GraphiQL sends, every option on) as
 * graphql-armor counts it with fragments flattened: `__schema` → types → fields → args → type and the
 * TypeRef fragment's nine `ofType` levels. Introspection deeper than this is refused.
 */
export const INTROSPECTION_MAX_DEPTH = 15;

export interface HardeningOptions {
  limits: DocumentLimits;
  /** When false, `__schema`/`__type` are refused (production default). */
  introspection: boolean;
  /** When true, "Did you mean …?" hints are removed from validation errors (production default). */
  blockFieldSuggestions: boolean;
  /** Most `_entities` representations one request may carry (`MAX_ENTITY_REPRESENTATIONS`). */
  maxEntityRepresentations: number;
  /** Reports a request refused by the representation or variable cost limits (see useRequestLimits). */
  onRefused?: (request: Request, error: GraphQLError) => void;
}

/**
 * graphql-armor throws its refusals without a code, so a client could not tell "over a limit" from
 * other failures; they get the code yoga gives the same phase's own failures (the token limit is
 * checked while parsing, the others while validating).
 */
function withCode(code: "GRAPHQL_PARSE_FAILED" | "GRAPHQL_VALIDATION_FAILED") {
  return (_context: unknown, error: GraphQLError): void => {
    (error.extensions as Record<string, unknown>).code ??= code;
  };
}

/**
 * Browsers send form, multipart and text/plain POSTs cross-site without a preflight; those must
 * carry a header a browser only sends after one. GET is exempt, so stock clients (urql, Apollo
 * Client with `useGETForQueries`) run queries unchanged: yoga answers a mutation over GET with 405
 * before it runs, a query changes nothing, and the only credential is a bearer header, which no
 * cross-site simple request can carry (README, Security: "CSRF and GET").
 */
function useBodyCSRFPrevention(): Plugin {
  const csrf = useCSRFPrevention({
    requestHeaders: ["x-graphql-yoga-csrf", "apollo-require-preflight"],
  }) as Plugin;
  return {
    onRequestParse(payload) {
      if (payload.request.method === "GET") return undefined;
      return csrf.onRequestParse?.(payload);
    },
  };
}

/** The one graphql-armor configuration: every document limit, and field suggestions when blocked. */
export function armorOptions(
  options: Pick<HardeningOptions, "limits" | "blockFieldSuggestions">,
): ArmorOptions {
  const { limits } = options;
  const onReject = [withCode("GRAPHQL_VALIDATION_FAILED")];
  return {
    maxTokens: { n: limits.maxTokens, onReject: [withCode("GRAPHQL_PARSE_FAILED")] },
    // `__schema` is left to the introspection limit below; `__type` counts here.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, onReject },
    maxAliases: { n: limits.maxAliases, onReject },
    maxDirectives: { n: limits.maxDirectives, onReject },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, onReject },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  };
}

/**
 * Introspection gets a depth limit of its own, counted over the whole document: deep enough for the
 * standard introspection query GraphiQL and schema tools send, not for a long `ofType` chain. It is a
 * second graphql-armor instance with only `maxDepth` on, because one options object holds one depth
 * limit and the ordinary limit (10) must keep ignoring `__schema` (the standard query is 15 deep).
 */
export function introspectionDepthOptions(limits: DocumentLimits): ArmorOptions {
  return {
    ...ARMOR_OFF,
    maxDepth: {
      n: Math.max(limits.maxDepth, INTROSPECTION_MAX_DEPTH),
      ignoreIntrospection: false,
      flattenFragments: true,
      onReject: [withCode("GRAPHQL_VALIDATION_FAILED")],
    },
  };
}

/**
 * Yoga plugins that bound the work one request can cause and what it can learn about the schema,
 * and that refuse cross-site "simple" requests (CSRF) from browsers.
 */
export function useGraphQLHardening(options: HardeningOptions): Plugin[] {
  const plugins: Plugin[] = [
    useBodyCSRFPrevention(),
    EnvelopArmorPlugin(armorOptions(options)) as Plugin,
    EnvelopArmorPlugin(introspectionDepthOptions(options.limits)) as Plugin,
    // The cost above prices the document; this adds the variables' lists and caps `_entities`.
    useRequestLimits({
      maxCost: options.limits.maxCost,
      maxEntityRepresentations: options.maxEntityRepresentations,
      ...(options.onRefused ? { onRefused: options.onRefused } : {}),
    }),
  ];
  if (!options.introspection) plugins.push(useDisableIntrospection() as Plugin);
  return plugins;
}
