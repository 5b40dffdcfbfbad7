import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { graphiqlTabs } from "../../src/graphiql-examples.js";
import { schema } from "../../src/schema/index.js";

describe("GraphiQL example tabs", () => {
  const tabs = graphiqlTabs({
    admin: { Authorization: "Bearer admin-token" },
    user: { Authorization: "Bearer user-token" },
  });

  it("are valid operations against the schema", () => {
    for (const tab of tabs) {
      const errors = validate(schema, parse(tab.query ?? ""));
      expect(
        errors.map((error) => error.message),
        tab.query ?? "",
      ).toEqual([]);
    }
  });

  it("cover every mutation and query root field, each with the right caller's header", () => {
    const fieldsUsed = new Map<string, string | null | undefined>();
    for (const tab of tabs) {
      const document = parse(tab.query ?? "");
      for (const definition of document.definitions) {
        if (definition.kind !== "OperationDefinition") continue;
        for (const selection of definition.selectionSet.selections) {
          if (selection.kind === "Field") fieldsUsed.set(selection.name.value, tab.headers);
        }
      }
    }
    const rootFields = [
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).filter((name) => !name.startsWith("_")),
    ];
    expect([...fieldsUsed.keys()].sort()).toEqual(rootFields.sort());
    for (const [field, headers] of fieldsUsed) {
      const expected = field.startsWith("admin") || field === "user" ? "admin-token" : "user-token";
      expect(headers, field).toContain(expected);
    }
  });
});
