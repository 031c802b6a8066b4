/**
 * Which characters the reader reads in: simplified (as published) or traditional, in the Taiwan or
 * Hong Kong standard. Named in shared links as `?script=hant` (Taiwan) or `?script=hant-hk`, so a
 * link opens the way its sender read it. No imports: the settings' pre-paint script includes it.
 */
export type ScriptChoice = "hans" | "tw" | "hk";
export const SCRIPT_CHOICES: readonly ScriptChoice[] = ["hans", "tw", "hk"];
export const SCRIPT_PARAM = "script";

const PARAM_VALUES: Record<string, ScriptChoice> = { hans: "hans", hant: "tw", "hant-tw": "tw", "hant-hk": "hk" };

/** The choice a link's `?script=` names, or null when it names none (or nothing we know). */
export function scriptFromParam(value: string | null): ScriptChoice | null {
  return value === null ? null : (PARAM_VALUES[value.toLowerCase()] ?? null);
}

/** The `?script=` value for a choice; none for simplified, the published text. */
export function scriptParam(choice: ScriptChoice): string | null {
  return choice === "tw" ? "hant" : choice === "hk" ? "hant-hk" : null;
}

/** The BCP 47 tag of text shown in a script. */
export function scriptLang(choice: ScriptChoice): string {
  return choice === "tw" ? "zh-Hant-TW" : choice === "hk" ? "zh-Hant-HK" : "zh-CN";
}

/** The script a browser's languages ask for: traditional for Taiwan, Hong Kong, Macau or `zh-Hant`. */
export function scriptOfLanguages(languages: readonly string[]): ScriptChoice {
  const zh = languages.find((tag) => /^zh\b/iu.test(tag));
  if (zh === undefined) return "hans";
  if (/-(HK|MO)\b/iu.test(zh)) return "hk";
  if (/-(TW|Hant)\b/iu.test(zh)) return "tw";
  return "hans";
}

/** Where the app marks the script it shows (`<html data-script>`), for links to share. */
export const SCRIPT_DATA_KEY = "script";

/** `url` as a link to share: with `?script=` when the page is shown in traditional characters. */
export function sharedLink(url: string, choice: ScriptChoice): string {
  const value = scriptParam(choice);
  if (value === null) return url;
  const link = new URL(url);
  link.searchParams.set(SCRIPT_PARAM, value);
  return link.toString();
}

/** The script the page is shown in now (what the app marked on `<html>`). */
export function shownScript(root: HTMLElement = document.documentElement): ScriptChoice {
  const value = root.dataset[SCRIPT_DATA_KEY];
  return value === "tw" || value === "hk" ? value : "hans";
}
