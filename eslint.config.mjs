// Code rules. The architecture (layers, feature entries, cycles) is checked by dependency-cruiser
// (.dependency-cruiser.cjs), which sees the whole import graph; `npm run lint` runs both.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      "generated/",
      "data/",
      ".e2e-data/",
      ".ci-reports/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Environment variables are read in one place, validated at start-up (src/server/env.ts).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through src/server/env.ts." },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    // Start-up, tooling and tests legitimately read the environment.
    files: [
      "src/server/env.ts",
      // The logger is needed while the configuration itself is read, so it reads its level directly.
      "src/server/logger.ts",
      // The CLI passes the environment through the same validation (readEnv) as the server.
      "src/cli/index.ts",
      // The request proxy runs before the server's configuration is loaded; NODE_ENV is Next's own.
      "src/proxy.ts",
      "src/server/env-schema.ts",
      "src/instrumentation.ts",
      "scripts/**",
      "bench/**",
      "tests/**",
      "e2e/**",
      "*.config.*",
      "prisma.config.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Tests look into untyped JSON (API responses, reports) on purpose.
    files: ["tests/**", "e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The pure rules know nothing of frameworks; the import graph is checked by dependency-cruiser,
    // this rule gives the same message in the editor.
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/server/*", "@/features/*", "@/app/*", "@/components/*"], message: "src/domain is pure." },
            { group: ["next", "next/*", "@prisma/*", "@generated/*", "react"], message: "src/domain is pure." },
          ],
        },
      ],
    },
  },
);
