// Normalized caches (Apollo Client's InMemoryCache, urql's Graphcache) need `__typename` in every
// selection. A client adds it before sending, but a trusted document runs as it is in the manifest,
// so the examples' documents carry it already (codegen.yml loads this as a document transform).
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

export const transform = addTypenameSelectionDocumentTransform.transform;
