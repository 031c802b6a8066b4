import js from "@eslint/js";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Layers, as in bulletproof-react: imports only point down.
 *   src/app (router, routes, features, components, lib)  →  src/search, src/bundle, src/text
 *   src/ingest (Node)                                       →  src/bundle, src/text, src/search
 * The app never imports ingest code or Node built-ins; features never import each other.
 */
const features = ["issue", "article", "people", "search", "archive", "reading", "offline"];

export default tseslint.config(
  { ignores: ["dist", "dist-ssr", "node_modules", "public/data", "test-results", "playwright-report"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: "module", globals: { ...globals.browser, ...globals.node } },
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    settings: { "import-x/resolver": { typescript: false, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "off",
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/app/**", "src/bundle/**", "src/text/**", "src/search/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "crypto"], message: "browser code: no Node built-ins" },
            { group: ["@/ingest/*", "**/ingest/**"], message: "the app and shared code never import ingest code" },
          ],
        },
      ],
    },
  },
  {
    files: ["src/bundle/**", "src/text/**", "src/search/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "shared code runs in the browser too" },
            { group: ["@/ingest/*", "@/app/*", "**/ingest/**", "**/app/**"], message: "shared code does not import its users" },
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/app/features/${feature}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "browser code: no Node built-ins" },
            { group: ["@/ingest/*"], message: "the app never imports ingest code" },
            {
              group: features.filter((f) => f !== feature).map((f) => `@/app/features/${f}/*`),
              message: "features do not import each other: compose them in a route",
            },
            { group: ["@/app/routes/*"], message: "features do not import routes" },
          ],
        },
      ],
    },
  })),
  {
    files: ["src/ingest/**", "scripts/**", "bench/**", "e2e/**", "*.config.*"],
    rules: { "no-console": "off" },
  },
);
