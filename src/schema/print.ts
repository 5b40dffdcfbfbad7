import { printSubgraphSchema } from "@apollo/subgraph";
import { lexicographicSortSchema } from "graphql";
import { schema } from "./index.js";

/**
 * The SDL a router composes: federation directives included (`printSubgraphSchema`), types and
 * fields sorted so the committed file only changes when the schema does.
 */
export function printSubgraphSdl(): string {
  return `${printSubgraphSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
