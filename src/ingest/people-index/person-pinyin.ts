import { pinyin } from "pinyin-pro";

/**
 * A name's pinyin for sorting and filtering, with pinyin-pro's surname readings (曾 zeng, 单 shan,
 * 覃 qin, 区 ou, 仇 qiu, 解 xie): toneless syllables, their initials, the A–Z letter it files under,
 * and a sort key that orders by syllables, then tones, then characters.
 */
export interface NamePinyin {
  pinyin: string;
  initials: string;
  letter: string;
  sortKey: string;
}

export function namePinyin(name: string): NamePinyin {
  const syllables = pinyin(name, { surname: "head", toneType: "none", type: "array", v: true }).map((s) =>
    s.toLowerCase(),
  );
  const tones = pinyin(name, { surname: "head", toneType: "num", type: "array" }).map(
    (s) => s.replace(/\D/gu, "") || "0",
  );
  const initials = syllables.map((s) => s[0] ?? "").join("");
  const first = initials[0]?.toUpperCase() ?? "";
  return {
    pinyin: syllables.join(" "),
    initials,
    letter: /^[A-Z]$/u.test(first) ? first : "#",
    sortKey: `${syllables.join(" ")}\u0000${tones.join("")}\u0000${name}`,
  };
}
