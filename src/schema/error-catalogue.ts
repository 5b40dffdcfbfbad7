import { type GraphQLSchema, isObjectType, isUnionType } from "graphql";

/**
 * The README's error catalogue, derived from the schema: every union member of every mutation result,
 * when it happens, and which mutations return it. A test keeps the README in step.
 */
export function renderErrorCatalogue(schema: GraphQLSchema): string {
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  const returnedBy = new Map<string, string[]>();
  const successes: string[] = [];
  for (const mutation of mutations) {
    const resultType = mutation.type.toString().replace(/!$/, "");
    const union = schema.getType(resultType);
    if (!isUnionType(union)) continue;
    for (const member of union.getTypes()) {
      if (member.getInterfaces().some((face) => face.name === "CognitoError")) {
        returnedBy.set(member.name, [...(returnedBy.get(member.name) ?? []), mutation.name]);
      } else {
        successes.push(
          `| \`${mutation.name}\` | \`${union.name}\` | \`${member.name}\`: ${member.description ?? ""} |`,
        );
      }
    }
  }
  const errors = [...returnedBy.keys()].sort().map((name) => {
    const type = schema.getType(name);
    const description = isObjectType(type) ? (type.description ?? "") : "";
    const code = /`(\w+Exception)`/.exec(description)?.[1] ?? "";
    const meaning = description.replace(/^Cognito answered `\w+`: /, "");
    const by = (returnedBy.get(name) ?? [])
      .sort()
      .map((mutation) => `\`${mutation}\``)
      .join(", ");
    return `| \`${name}\` | \`${code}\` | ${meaning} | ${by} |`;
  });
  return [
    "| Mutation | Result union | Success member |",
    "| --- | --- | --- |",
    ...successes.sort(),
    "",
    "| Error type | `code` | When it happens | Returned by |",
    "| --- | --- | --- | --- |",
    ...errors,
  ].join("\n");
}
