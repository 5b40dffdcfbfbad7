// ESLint (with typescript-eslint) for correctness; Prettier owns formatting.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "coverage/",
      "test/generated/",
      "examples/generated/",
      "test-artifacts/",
      ".cognito-local/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `typeof import("…")` types the CommonJS modules src/local loads with require().
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "graphql-shield",
              message:
                "Import from src/permissions/graphql-shield.ts: the package's ES module build fails on Node 24.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and scripts may print what they measure.
    files: ["test/**", "scripts/**", "bench/**", "examples/**"],
    rules: { "no-console": "off" },
  },
);
