import { readFile } from "node:fs/promises";
import { createGraphQLError, type Plugin } from "graphql-yoga";

/**
 * The documents a gateway with `TRUSTED_DOCUMENTS` runs: GraphQL Code Generator's client-preset
 * manifest (`persisted-documents.json`, a JSON object of hash -> document), read once at start.
 */
export interface TrustedDocuments {
  /** Document text by its hash, as listed. */
  byHash: ReadonlyMap<string, string>;
  /** Also run a document sent as full text when it is exactly a listed one. */
  matchText: boolean;
}

/** Thrown at start when the manifest cannot be read or is not hash -> document. */
export class TrustedDocumentsError extends Error {
  override name = "TrustedDocumentsError";
}

// Hashes are hex (sha256 by the project's codegen, sha1 by the client preset's default) or an id
// of the same shape; anything else is not a manifest this gateway understands.
const HASH = /^[A-Za-z0-9_:.-]{1,128}$/;

/** Reads and checks a manifest; every problem says which file and which entry. */
export async function readTrustedDocuments(path: string, matchText: boolean): Promise<TrustedDocuments> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? "it is not JSON" : (error as Error).message;
    throw new TrustedDocumentsError(`TRUSTED_DOCUMENTS: cannot read ${path}: ${reason}`);
  }
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    throw new TrustedDocumentsError(
      `TRUSTED_DOCUMENTS: ${path} must be a JSON object of hash -> document (codegen's persisted-documents.json)`,
    );
  }
  const byHash = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    if (!HASH.test(hash) || typeof document !== "string" || document.trim() === "") {
      throw new TrustedDocumentsError(
        `TRUSTED_DOCUMENTS: ${path}: entry ${JSON.stringify(hash.slice(0, 80))} must map a hash to a document string`,
      );
    }
    byHash.set(hash, document);
  }
  if (byHash.size === 0) {
    throw new TrustedDocumentsError(`TRUSTED_DOCUMENTS: ${path} lists no documents: nothing could run`);
  }
  return { byHash, matchText };
}

/**
 * 400 for clients that accept application/graphql-response+json, 200 for application/json ones, as
 * the GraphQL-over-HTTP spec and yoga's own parse errors have it.
 */
const REQUEST_ERROR = { spec: true, status: 400 };

/** The hash a client sent in the APQ / persisted-documents format both urql and Apollo Client use. */
function persistedHash(extensions: Record<string, unknown> | undefined): string | undefined {
  const persisted = extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  return persisted?.version === 1 && typeof persisted.sha256Hash === "string"
    ? persisted.sha256Hash
    : undefined;
}

/**
 * Runs only listed documents: a request names one by hash (`extensions.persistedQuery.sha256Hash`)
 * and the listed text runs, whatever text came with it; with `matchText`, a request may also send a
 * listed document's exact text. Anything else is refused before it is parsed, so an unlisted
 * document costs no parsing, validation or Cognito call. `isExempt` lets GraphiQL through in
 * development.
 *
 * Written here rather than with @graphql-yoga/plugin-persisted-operations: that plugin decides on
 * full text from the request alone and so cannot accept a document for being one that is listed.
 */
export function useTrustedDocuments(
  documents: TrustedDocuments,
  isExempt: (request: Request) => boolean,
): Plugin {
  const listedTexts = new Set(documents.byHash.values());
  return {
    onParams({ request, params, setParams }) {
      if (isExempt(request)) return;
      const hash = persistedHash(params.extensions);
      if (hash !== undefined) {
        const query = documents.byHash.get(hash);
        if (query === undefined) {
          // The code is the one Apollo Client's and urql's persisted-query links understand.
          throw createGraphQLError(
            `PersistedQueryNotFound: this gateway runs only trusted documents, and none has the hash ${JSON.stringify(hash.slice(0, 128))}`,
            { extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: REQUEST_ERROR } },
          );
        }
        setParams({ ...params, query });
        return;
      }
      if (documents.matchText && typeof params.query === "string" && listedTexts.has(params.query)) return;
      throw createGraphQLError(
        documents.matchText
          ? "This gateway runs only trusted documents: send a listed document's hash in extensions.persistedQuery.sha256Hash, or its exact text"
          : "This gateway runs only trusted documents: send a listed document's hash in extensions.persistedQuery.sha256Hash",
        { extensions: { code: "UNTRUSTED_DOCUMENT", http: REQUEST_ERROR } },
      );
    },
  };
}

/**
 * For a gateway without `TRUSTED_DOCUMENTS`: a request that names a document by hash alone gets the
 * automatic-persisted-queries answer Apollo Client's and urql's persisted-query links understand
 * (`PersistedQueryNotFound`, code PERSISTED_QUERY_NOT_FOUND), so they send the text with the hash
 * again, instead of a bare "Must provide query string". A request that brings its text runs as any
 * other.
 */
export function useHashOnlyRequestsAnswered(): Plugin {
  return {
    onParams({ params }) {
      if (typeof params.query === "string" && params.query !== "") return;
      const hash = persistedHash(params.extensions);
      if (hash === undefined) return;
      // urql retries with the text only on this exact message, so the explanation goes beside it.
      throw createGraphQLError("PersistedQueryNotFound", {
        extensions: {
          code: "PERSISTED_QUERY_NOT_FOUND",
          reason:
            "this gateway keeps no persisted documents (TRUSTED_DOCUMENTS is not set): send the document's text with its hash",
          http: REQUEST_ERROR,
        },
      });
    },
  };
}
