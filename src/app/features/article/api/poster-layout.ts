/**
 * Line breaking for the share poster, drawn on a canvas (which does not wrap text): CJK text may
 * break between any two characters, Latin words and numbers are kept whole (a word wider than the
 * line is cut by character), closing punctuation never starts a line (it hangs on the line before,
 * as Chinese typesetting does, 避头点), and opening punctuation never ends one. `measure` is the
 * canvas's `measureText(text).width` in the poster's font; tests pass a fake.
 */
export type Measure = (text: string) => number;

/** Punctuation that may not begin a line. */
const NO_LINE_START = new Set([..."，。、；：？！）》」』”’〕】…—·,.;:?!)]}%"]);
/** Punctuation that may not end a line. */
const NO_LINE_END = new Set([..."（《「『“‘〔【([{"]);

/** Breakable units: a Latin word or number (with its trailing spaces), or one other character. */
export function layoutUnits(text: string): string[] {
  return text.match(/[\p{Script=Latin}\p{N}'’_-]+ *| +|./gsu) ?? [];
}

export interface WrapOptions {
  /** At most this many lines; the last of a longer text ends with `…`. */
  maxLines?: number;
}

export function wrapText(text: string, maxWidth: number, measure: Measure, options: WrapOptions = {}): string[] {
  const lines: string[] = [];
  let line = "";
  const push = () => {
    lines.push(line.trimEnd());
    line = "";
  };
  for (const unit of layoutUnits(text.replace(/\s+/gu, " ").trim())) {
    if (line === "" && unit.trim() === "") continue;
    const candidate = line + unit;
    if (line === "" || measure(candidate.trimEnd()) <= maxWidth || NO_LINE_START.has(unit)) {
      if (line === "" && measure(unit.trimEnd()) > maxWidth && unit.length > 1) {
        // A word wider than a line: cut it by character.
        for (const char of unit) {
          if (line !== "" && measure(line + char) > maxWidth) push();
          line += char;
        }
        continue;
      }
      line = candidate;
      continue;
    }
    // The unit does not fit: break before it, carrying an opening mark that ended the line.
    const last = [...line].at(-1) ?? "";
    if (NO_LINE_END.has(last) && line.length > 1) {
      line = line.slice(0, -last.length);
      push();
      line = last + unit;
    } else {
      push();
      line = unit.trimStart();
    }
  }
  if (line.trim() !== "") push();
  const max = options.maxLines;
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let tail = kept[max - 1]!;
  while (tail !== "" && measure(`${tail}…`) > maxWidth) tail = [...tail].slice(0, -1).join("");
  kept[max - 1] = `${tail}…`;
  return kept;
}
