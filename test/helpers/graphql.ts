import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, print } from "graphql";
import { expect } from "vitest";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RequestOptions<Variables> {
  variables?: Variables;
  /** An access token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
}

/** Sends one GraphQL request over HTTP, as a frontend would. */
export async function execute<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
  url: string,
  document: string | DocumentNode | TypedDocumentNode<Data, Variables>,
  options: RequestOptions<Variables> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({
      query: typeof document === "string" ? document : print(document),
      variables: options.variables,
    }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, "status" | "headers">;
  return { status: response.status, headers: response.headers, ...body };
}

/** Fails with the whole response in the message, so a broken test says what the server answered. */
export function expectNoErrors<Data>(response: GraphQLResponse<Data>): Data {
  expect(response.errors, JSON.stringify(response, null, 2)).toBeUndefined();
  expect(response.data, JSON.stringify(response, null, 2)).toBeTruthy();
  return response.data as Data;
}

/** The `extensions.code` of each top-level error. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
