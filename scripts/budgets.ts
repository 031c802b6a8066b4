import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Features whose cost in the first view's JS has a budget: `npm run size` measures each one's share
 * of every page kind's first-view code through the build's source maps (`code-share.ts`). A
 * feature is the source files listed here (a path, or a folder ending in `/`, from the project's
 * root) — the files that exist for it alone — and its call sites in other files. When such a
 * feature grows a file, list it here.
 */
export interface Budget {
  name: string;
  /** The most it may add to a page kind's first view, in gzip bytes. */
  limit: number;
  sources: readonly string[];
  /** Where other files' code is the feature's (their calls into it): [start, end) offsets in a source's text. */
  calls?: (text: string) => (readonly [number, number])[];
  /**
   * What the first view held before the feature in place of one of its sources (null: nothing):
   * the share less it is what the feature added.
   */
  replaced?: (source: string) => string | null;
}

/** Whether `source` (a path from the project's root, maybe with a `?query`) is one of `sources`. */
export function listed(sources: readonly string[], source: string): boolean {
  const path = source.split("?")[0]!;
  return sources.some((entry) => (entry.endsWith("/") ? path.startsWith(entry) : path === entry));
}

const ISSUE_15 = [
  // Lingui's runtime and the app's glue around it.
  "node_modules/@lingui/",
  "src/app/lib/i18n.ts",
  "src/app/lib/i18n-english.ts",
  // The interface catalogue: the first view's file, its parts and their loaders.
  "src/app/locales/",
  // 简/繁 and the interface's language: the choices, the switches, applying them to the page.
  "src/app/lib/script-choice.ts",
  "src/app/lib/language-alternates.ts",
  "src/app/features/reading/api/language-settings.ts",
  "src/app/features/reading/api/language-choices.ts",
  "src/app/features/reading/components/LanguageControls.tsx",
  "src/app/features/reading/api/use-page-language.ts",
  "src/app/features/reading/api/page-language.ts",
  "src/app/features/reading/api/page-converter.ts",
  "node_modules/opencc-js/",
  // 朗读.
  "src/app/features/article/components/ReadAloudButton.tsx",
  "src/app/features/article/components/ReadAloudPlayer.tsx",
  "src/app/features/article/api/read-aloud.ts",
  "src/app/features/article/api/continue-reading.ts",
];

const LOCALES = "src/app/locales";
const APP = "src/app";

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** A catalogue file's messages (id → Chinese ICU message). */
const messagesOf = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;

let ids: Set<string> | undefined;
/** Every message id of the catalogue. */
function catalogueIds(): Set<string> {
  ids ??= new Set(files(LOCALES, /^zh\.json$/u).flatMap((file) => Object.keys(messagesOf(file))));
  return ids;
}

/** A quoted message id, or the start of one completed at run time (`` `reading.size.${n}` ``). */
const QUOTED_ID = /(["'`])([A-Za-z]\w*(?:\.\w+)*\.?)(\$\{[^}`]*\}[\w.]*)?\1/gu;
/** `const t = useT();` and the head of a `t("…")` call. */
const CALL = /\b(?:const|let) t = useT\(\);|\bt\(/gu;

/** The message ids `text` names: quoted whole, or by a prefix the code completes. */
function idsIn(text: string): { at: number; end: number; ids: string[] }[] {
  const found = [];
  for (const match of text.matchAll(QUOTED_ID)) {
    const name = match[2]!;
    const named =
      match[3] === undefined
        ? catalogueIds().has(name)
          ? [name]
          : []
        : [...catalogueIds()].filter((id) => id.startsWith(name));
    if (named.length > 0) found.push({ at: match.index, end: match.index + match[0].length, ids: named });
  }
  return found;
}

/**
 * Issue 15's calls in the rest of the app: every component's `const t = useT();` and each
 * `t("id")`'s `t(` and quoted id (ids passed around as data too). They stand where the Chinese
 * text was before (it moved into the catalogue).
 */
function i18nCalls(text: string): (readonly [number, number])[] {
  const calls = [...text.matchAll(CALL)].map((m) => [m.index, m.index + m[0].length] as const);
  return [...calls, ...idsIn(text).map(({ at, end }) => [at, end] as const)];
}

let own: Set<string> | undefined;
/** The messages only issue 15's own files show (朗读, the switches): new words, not moved ones. */
function ownMessages(): Set<string> {
  if (own !== undefined) return own;
  const users = new Map<string, string[]>();
  for (const file of files(APP, /(?<!\.test)\.tsx?$/u))
    for (const { ids: named } of idsIn(readFileSync(file, "utf8")))
      for (const id of named) users.set(id, [...(users.get(id) ?? []), file]);
  own = new Set([...users].filter(([, by]) => by.every((file) => listed(ISSUE_15, file))).map(([id]) => id));
  return own;
}

export const BUDGETS: readonly Budget[] = [
  {
    // Issue 15: "the first view's JS must not grow by more than 5 kB gzip for all of this".
    name: "issue 15 (简/繁, 朗读, English interface)",
    limit: 5 * 1024,
    sources: ISSUE_15,
    calls: i18nCalls,
    // A compiled Chinese catalogue stands for the interface's words, which were strings inline in
    // the code before issue 15 (each `t("…")` replaced one): its Chinese text is what was there,
    // except the messages of issue 15's own features.
    replaced(source) {
      const file = /^(src\/app\/locales\/.*zh\.json)\?lingui$/u.exec(source)?.[1];
      if (file === undefined) return null;
      const mine = ownMessages();
      return Object.entries(messagesOf(file))
        .filter(([id]) => !mine.has(id))
        .map(([, message]) => message)
        .join("\n");
    },
  },
];
