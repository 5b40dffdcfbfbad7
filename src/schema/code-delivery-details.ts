import type { CodeDeliveryDetails } from "../cognito/types.js";
import { builder } from "./builder.js";

export const DeliveryMedium = builder.enumType("DeliveryMedium", {
  description: "How Cognito delivered a verification code.",
  values: {
    EMAIL: { description: "By email." },
    SMS: { description: "By text message." },
  } as const,
});

export const CodeDeliveryDetailsType = builder
  .objectRef<CodeDeliveryDetails>("CodeDeliveryDetails")
  .implement({
    description:
      "Where Cognito sent a verification code after an email address or phone number changed. The new value takes effect once the user verifies it, when the pool requires verification.",
    fields: (t) => ({
      attributeName: t.exposeString("attributeName", {
        nullable: true,
        description: "The attribute being verified, e.g. `email`.",
      }),
      deliveryMedium: t.field({
        type: DeliveryMedium,
        nullable: true,
        description: "EMAIL or SMS.",
        resolve: (details) => details.deliveryMedium,
      }),
      destination: t.exposeString("destination", {
        nullable: true,
        description: "The masked destination Cognito reports, e.g. `a***@e***`.",
      }),
    }),
  });
