import { defineConfig } from "@lingui/conf";
import { formatter } from "@lingui/format-json";

/**
 * The interface's one catalogue: `src/app/locales/<locale>.json`, message id → ICU message
 * (Chinese is the source, English its translation). Compiled by `@lingui/vite-plugin` when the app
 * imports `<locale>.json?lingui`, so the app ships compiled messages and no message parser.
 */
export default defineConfig({
  sourceLocale: "zh",
  locales: ["zh", "en"],
  catalogs: [{ path: "<rootDir>/src/app/locales/{locale}", include: ["src/app"] }],
  format: formatter({ style: "minimal" }),
});
