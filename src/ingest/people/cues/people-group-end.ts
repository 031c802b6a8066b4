/**
 * Words after a name that close a group of people (`柳欣、朱光华等人`, `北京康淑兰等读者`,
 * `希克迈特·赫朱夫妇`, `樱内一行`): what comes before them is a person. They vouch for a name the
 * tagger found right before them (support.ts).
 */
export const PEOPLE_GROUP_ENDS: readonly string[] = [
  "等人",
  "等同志",
  "等读者",
  "等代表",
  "等委员",
  "等专家",
  "等学者",
  "等领导",
  "等老同志",
  "一行",
  "夫妇",
];

/** Whether a group-closing word starts right at `at`, where a name ends. */
export function peopleGroupEndAt(chars: readonly string[], at: number): boolean {
  const after = chars.slice(at, at + 4).join("");
  return PEOPLE_GROUP_ENDS.some((w) => after.startsWith(w));
}
