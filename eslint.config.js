import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Layers, as in bulletproof-react: imports only point down.
 *   src/app (router, routes, features, components, lib)  →  src/search, src/bundle, src/text
 *   src/ingest (Node)                                       →  src/bundle, src/text, src/search
 *     cli.ts → commands/ → the rest of ingest; people/ → parse/ (the parser never needs people/)
 * The app never imports ingest code or Node built-ins; features never import each other or routes.
 * Enforced on resolved paths (import-x/no-restricted-paths), so `@/…` and relative imports alike;
 * import-x/no-cycle forbids import cycles.
 */
const features = ["issue", "article", "people", "search", "archive", "reading", "offline"];
const root = fileURLToPath(new URL(".", import.meta.url));
const browserCode = ["./src/app", "./src/bundle", "./src/text", "./src/search"];
const sharedCode = ["./src/bundle", "./src/text", "./src/search"];

/** The resolver of both rules: Node's resolution plus tsconfig's `@/` paths and TypeScript's extensions. */
const resolver = createNodeResolver({
  extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
  tsconfig: { configFile: `${root}tsconfig.json` },
});

export default tseslint.config(
  { ignores: ["dist", "dist-ssr", "node_modules", "public/data", "test-results", "playwright-report", ".cache"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: "module", globals: { ...globals.browser, ...globals.node } },
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    settings: {
      "import-x/resolver-next": [resolver],
      // The files import-x reads to follow imports (no-cycle), and the parser it reads them with.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "off",
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["warn", "error"] }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            ...features.map((feature) => ({
              target: `./src/app/features/${feature}`,
              from: "./src/app/features",
              except: [`./${feature}`],
              message: "features do not import each other: compose them in a route",
            })),
            { target: "./src/app/features", from: "./src/app/routes", message: "features do not import routes" },
            { target: browserCode, from: "./src/ingest", message: "the app and shared code never import ingest code" },
            { target: sharedCode, from: "./src/app", message: "shared code does not import its users" },
            {
              target: ["./src/ingest/!(cli.ts|commands)", "./src/ingest/!(commands)/**"],
              from: "./src/ingest/commands",
              message: "only cli.ts imports the commands: move what both need down (as cli-error.ts)",
            },
            {
              target: "./src/ingest/parse",
              from: "./src/ingest/people",
              message: "the parser does not import people extraction, which reads its output",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/app/**", "src/bundle/**", "src/text/**", "src/search/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*", "fs", "path", "crypto"], message: "browser code: no Node built-ins" }] },
      ],
    },
  },
  {
    files: ["src/ingest/**", "scripts/**", "bench/**", "e2e/**", "*.config.*"],
    rules: { "no-console": "off" },
  },
);
