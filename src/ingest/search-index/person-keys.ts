import { pinyin } from "pinyin-pro";

/**
 * The Latin keys a person is found by: full pinyin and initials (廖述毅 → `liaoshuyi`, `lsy`).
 * Both the surname reading (单 → shan, 曾 → zeng) and the everyday reading are kept, since users
 * type either; ü is also keyed as v and u, as keyboards and habits differ (吕 → lü, lv, lu).
 * Only names with Han characters get keys; the keys contain a–z and ü only.
 */
export function personKeys(name: string): string[] {
  if (!/\p{Script=Han}/u.test(name)) return [];
  const readings = [
    pinyin(name, { toneType: "none", type: "array", surname: "head" }),
    pinyin(name, { toneType: "none", type: "array" }),
  ];
  const keys = new Set<string>();
  for (const syllables of readings) {
    const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-zü]/gu, "")).filter((s) => s !== "");
    if (clean.length === 0) continue;
    for (const key of [clean.join(""), clean.map((s) => s[0]).join("")]) {
      keys.add(key);
      keys.add(key.replaceAll("ü", "v"));
      keys.add(key.replaceAll("ü", "u"));
    }
  }
  return [...keys].filter((k) => k.length > 0);
}
