import { builder } from "./builder.js";

export const UserAttributeInput = builder.inputType("UserAttributeInput", {
  description: "One attribute to write. Custom attributes need the `custom:` prefix.",
  fields: (t) => ({
    name: t.string({
      description:
        "A standard attribute (`email`, `given_name`, ...) or `custom:<name>`; 1 to 32 characters.",
    }),
    value: t.string({
      description: 'The new value, at most 2048 characters. An empty string "" deletes the attribute.',
    }),
  }),
});

export const ClientMetadataEntryInput = builder.inputType("ClientMetadataEntryInput", {
  description:
    "One entry of Cognito's ClientMetadata, passed only to the pool's Lambda triggers. Cognito neither stores nor encrypts it: send no secrets.",
  fields: (t) => ({
    key: t.string({ description: "Unique within the list." }),
    value: t.string({ description: "Any string; Cognito passes it to the trigger unchanged." }),
  }),
});
