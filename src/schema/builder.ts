import SchemaBuilder from "@pothos/core";
import DirectivesPlugin from "@pothos/plugin-directives";
import ErrorsPlugin from "@pothos/plugin-errors";
import FederationPlugin from "@pothos/plugin-federation";
import type { GatewayContext } from "../context.js";

/** The one Pothos builder: plugins, context and scalars. Types live in their own files. */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: { DateTime: { Input: Date; Output: Date } };
}>({
  // Federation last: it must see the resolvers the other plugins wrap.
  plugins: [ErrorsPlugin, DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
});

builder.scalarType("DateTime", {
  description: "A point in time as an ISO 8601 string in UTC, e.g. 2026-11-22T10:00:00.000Z.",
  serialize: (date) => date.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError("DateTime must be an ISO 8601 string");
    return date;
  },
});
