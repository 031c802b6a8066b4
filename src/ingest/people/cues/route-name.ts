/**
 * A railway's or a road's name is made of its ends' one-character abbreviations and the kind of line:
 * `京张高铁` (北京–张家口), `京沪高速`. The tagger reads the second abbreviation and the line as a name
 * (`张高铁`, 0.99 sure, dev4, scripts/people/README.md session 34). A mention is cut out of such a
 * name when it ends in a kind of line (`ROUTE_KINDS`) and the character before it abbreviates a
 * province-level place (`PROVINCE_ABBREVIATIONS`).
 */
/** Kinds of line that follow the ends' abbreviations. */
export const ROUTE_KINDS = ["高铁", "铁路", "城际", "高速", "公路", "动车", "航线", "客专", "运河"] as const;
/** The one-character abbreviations of China's province-level places (and the two of 四川, 贵州, 云南, 陕西, 甘肃 each). */
export const PROVINCE_ABBREVIATIONS = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳台";

export function isCutFromRouteName(chars: readonly string[], start: number, end: number): boolean {
  if (start === 0 || !PROVINCE_ABBREVIATIONS.includes(chars[start - 1]!)) return false;
  const name = chars.slice(start, end).join("");
  return ROUTE_KINDS.some((kind) => name.length > kind.length && name.endsWith(kind));
}
