import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  validate,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { ARMOR_OFF } from "./graphql-armor.js";

/** Default of `MAX_ENTITY_REPRESENTATIONS`: most `_entities` representations one request may carry. */
export const DEFAULT_MAX_ENTITY_REPRESENTATIONS = 500;

export interface RequestLimits {
  /** Most estimated cost of one request: its document (graphql-armor's estimate) plus its variables' list items. */
  maxCost: number;
  /** Most representations all `_entities` fields of one request may carry together. */
  maxEntityRepresentations: number;
  /** Told of each refusal (logs and metrics count it as a request refused before it ran). */
  onRefused?: (request: Request, error: GraphQLError) => void;
}

/** Items in every list of a variables value, at any depth. */
function listItems(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + 1 + listItems(item), 0);
  if (typeof value === "object" && value !== null) {
    let sum = 0;
    for (const item of Object.values(value)) sum += listItems(item);
    return sum;
  }
  return 0;
}

/** The operation yoga will execute: the named one, or the only one. */
function selectedOperation(document: DocumentNode, operationName: string | undefined) {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName === undefined
    ? operations.length === 1
      ? operations[0]
      : undefined
    : operations.find((operation) => operation.name?.value === operationName);
}

/**
 * Representations the `_entities` fields of an operation carry: inline list literals by their length,
 * variables by the length of their value. `_entities` is a root Query field, so only the root
 * selection set (and the fragments spread into it) can hold one.
 */
function entityRepresentations(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const seen = new Set<string>();
  const count = (selectionSet: SelectionSetNode): number => {
    let sum = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) sum += count(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          sum += count(fragment.selectionSet);
        }
      } else if (selection.name.value === "_entities") {
        const argument = selection.arguments?.find((candidate) => candidate.name.value === "representations");
        if (argument?.value.kind === Kind.LIST) sum += argument.value.values.length;
        else if (argument?.value.kind === Kind.VARIABLE) {
          const value = variables[argument.value.name.value];
          // A single object is coerced to a list of one.
          sum += Array.isArray(value) ? value.length : 1;
        } else sum += 1;
      }
    }
    return sum;
  };
  return operation.operation === "query" ? count(operation.selectionSet) : 0;
}

/**
 * Refuses, before anything is resolved, requests whose work the document alone does not show:
 * - more `_entities` representations than `maxEntityRepresentations` (one 1 MB body holds about
 *   28,000, each a Cognito read or two and a piece of the answer);
 * - a cost over `maxCost` once every list item in the variables is counted (1 each) on top of the
 *   document's own estimate. graphql-armor prices the document only, so a list passed as a
 *   variable was free; inline lists are bounded by the token limit already.
 * Both are refused as validation failures (GRAPHQL_VALIDATION_FAILED) that say which limit was hit
 * (`extensions.limit`, `extensions.max`), before any field is resolved.
 */
export function useRequestLimits(limits: RequestLimits): Plugin {
  // The document's own cost is the same for every request with that document (yoga caches parsed
  // documents, so the same object comes back): computed once, and only for requests with lists.
  const documentCosts = new WeakMap<DocumentNode, number>();
  const documentCost = (schema: GraphQLSchema, document: DocumentNode): number => {
    let cost = documentCosts.get(document);
    if (cost === undefined) {
      let most = 0;
      // graphql-armor's cost estimate as a plain validation rule: the umbrella package hands its rules
      // out only through ApolloArmor (Apollo Server takes graphql-js rules), so every other
      // protection is off here.
      const { validationRules } = new ApolloArmor({
        ...ARMOR_OFF,
        costLimit: {
          maxCost: Number.MAX_SAFE_INTEGER,
          ignoreIntrospection: true,
          propagateOnRejection: false,
          onAccept: [(_context, { n }: { n: number }) => (most = Math.max(most, n))],
        },
      }).protect();
      validate(schema, document, validationRules);
      cost = most;
      documentCosts.set(document, cost);
    }
    return cost;
  };

  const refuse = (
    request: Request | undefined,
    error: GraphQLError,
    stop: (result: { errors: GraphQLError[] }) => void,
  ) => {
    if (request) limits.onRefused?.(request, error);
    stop({ errors: [error] });
  };

  // In onExecute rather than in validation: yoga caches validation results per document, and these
  // limits depend on each request's variables.
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request } | undefined)?.request;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const operation = selectedOperation(args.document, args.operationName ?? undefined);
      if (!operation) return;
      const representations = entityRepresentations(args.document, operation, variables);
      if (representations > limits.maxEntityRepresentations) {
        refuse(
          request,
          new GraphQLError(
            `_entities takes at most ${limits.maxEntityRepresentations} representations per request, ` +
              `this one has ${representations}; split the batch (MAX_ENTITY_REPRESENTATIONS).`,
            {
              extensions: {
                code: "GRAPHQL_VALIDATION_FAILED",
                limit: "MAX_ENTITY_REPRESENTATIONS",
                max: limits.maxEntityRepresentations,
              },
            },
          ),
          setResultAndStopExecution,
        );
        return;
      }
      const items = listItems(variables);
      if (items === 0) return;
      const cost = Math.ceil(documentCost(args.schema, args.document) + items);
      if (cost > limits.maxCost) {
        refuse(
          request,
          new GraphQLError(
            `Query cost limit of ${limits.maxCost} exceeded, found ${cost} ` +
              `(the document and ${items} list items in its variables) (GRAPHQL_MAX_COST).`,
            {
              extensions: {
                code: "GRAPHQL_VALIDATION_FAILED",
                limit: "GRAPHQL_MAX_COST",
                max: limits.maxCost,
              },
            },
          ),
          setResultAndStopExecution,
        );
      }
    },
  };
}
