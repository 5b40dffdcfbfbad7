import { printSubgraphSchema } from "@apollo/subgraph";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./index.js";

/**
 * The SDL a router composes: federation directives included (`printSubgraphSchema`), types and
 * fields sorted so the committed file only changes when the schema does.
 */
export function printSubgraphSdl(): string {
  return `${printSubgraphSchema(lexicographicSortSchema(schema)).trim()}\n`;
}

/**
 * The schema as /graphql serves it: the subgraph's types plus what the federation spec adds to
 * them (`_entities`, `_service`, `_Any`, `_Entity`), which the composing SDL leaves out. Typed
 * documents are checked against this, so a router-shaped `_entities` query is typed like any other.
 */
export function printServedSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
