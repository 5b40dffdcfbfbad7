import { printSubgraphSchema } from "@apollo/subgraph";
import { type DefinitionNode, Kind, lexicographicSortSchema, parse, print, printSchema } from "graphql";
import { schema } from "./index.js";

/**
 * The SDL a router composes: federation directives included (`printSubgraphSchema`), types and
 * fields sorted so the committed file only changes when the schema does.
 */
export function printSubgraphSdl(): string {
  return `${printSubgraphSchema(lexicographicSortSchema(schema)).trim()}\n`;
}

/**
 * What the federation spec adds to the schema /graphql serves and the composing SDL leaves out:
 * `_entities` and `_service` on Query, with `_Any`, `_Entity` and `_Service`. Codegen reads it
 * beside the subgraph SDL, so a router-shaped `_entities` document is typed like any other.
 */
export function printFederationAdditionsSdl(): string {
  const served = parse(printSchema(lexicographicSortSchema(schema)));
  const additions = served.definitions.flatMap((definition): DefinitionNode[] => {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === "Query") {
      const fields = definition.fields?.filter((field) => field.name.value.startsWith("_")) ?? [];
      return [{ kind: Kind.OBJECT_TYPE_EXTENSION, name: definition.name, fields }];
    }
    const named = "name" in definition ? definition.name?.value : undefined;
    return named?.startsWith("_") ? [definition] : [];
  });
  return `${print({ kind: Kind.DOCUMENT, definitions: additions })}\n`;
}
