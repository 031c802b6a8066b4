/**
 * The interface's Chinese catalogue for build scripts that run app code in Node (feeds use the
 * app's date and page labels): compiled here with Lingui's own compiler, as the Vite plugin
 * compiles it for the app. Import it before the app's modules.
 */
import { readFileSync } from "node:fs";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { installCatalog } from "../src/app/lib/i18n";

const source = JSON.parse(readFileSync(new URL("../src/app/locales/zh.json", import.meta.url), "utf8")) as Record<
  string,
  string
>;
installCatalog("zh", Object.fromEntries(Object.entries(source).map(([id, message]) => [id, compileMessage(message)])));
