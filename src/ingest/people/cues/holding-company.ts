/**
 * A firm's name read as a person before 控股 and the firm's word (`某某控股集团董事长`, `某某控股有限公司`):
 * a holding company writes 控股 between its name and 集团 or 公司, which organisation-context.ts, reading
 * the word right after the name, does not see. A person before 控股 holds a share (`由张某控股的企业`),
 * so the firm's word must follow. audit 9: a retailer's holding group before its chairman.
 */

/** The word between a holding company's name and its firm's word. */
export const HOLDING_WORD = "控股";
/** The words that end the firm's name after 控股. */
export const HOLDING_FIRM_WORDS: readonly string[] = ["集团", "公司", "有限公司", "股份"];

/** Whether `text` prints `name` right before 控股 and a firm's word somewhere. */
export function namesAHoldingCompany(text: string, name: string): boolean {
  const before = name + HOLDING_WORD;
  for (let at = text.indexOf(before); at >= 0; at = text.indexOf(before, at + 1)) {
    const rest = text.slice(at + before.length, at + before.length + 4);
    if (HOLDING_FIRM_WORDS.some((w) => rest.startsWith(w))) return true;
  }
  return false;
}
