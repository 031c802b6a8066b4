/**
 * The cards' font: Noto Serif SC (SIL Open Font License), regular and bold, from the npm package
 * `@expo-google-fonts/noto-serif-sc` (a devDependency: full TrueType files, so `npm install` is all
 * a build needs; no system font, no download). Not subset: the canvas (Skia) maps the 15 MB file
 * and reads only the glyphs it draws, so registering both weights takes under a millisecond.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { GlobalFonts } from "@napi-rs/canvas";
import { CARD_FONT_FAMILY } from "./card-layout";

const PACKAGE = "@expo-google-fonts/noto-serif-sc";
const FILES = ["400Regular/NotoSerifSC_400Regular.ttf", "700Bold/NotoSerifSC_700Bold.ttf"];

let registered = false;

/** Registers the card font once; a clear error naming the package when it is not installed. */
export function registerCardFont(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const file of FILES) {
    let path: string;
    try {
      path = require.resolve(`${PACKAGE}/${file}`);
    } catch {
      path = "";
    }
    if (path === "" || !existsSync(path))
      throw new Error(
        `preview cards: the font ${PACKAGE}/${file} is not installed; run \`npm install\` (it is a devDependency)`,
      );
    if (GlobalFonts.registerFromPath(path, CARD_FONT_FAMILY) === null)
      throw new Error(`preview cards: the font file ${path} could not be read`);
  }
  registered = true;
}
