import { SPACED_CREDIT_MARKS, spacedCreditNames } from "./spaced-credit";

/**
 * A byline whose last mark the byline parser took off (`本报记者  某某某文  某某摄` → reporters
 * `某某某文`, `某某`): read as marked credits, the first name lost its 文 only when the line still
 * ended with a mark, so `spacedCreditNames` refused it and `某某某文` was shipped as a name. The
 * raw byline's closing mark is given back to the last name and the line read again. Found on dev8
 * (session 39, rmrb53); the same shape once more in the pool (`…文  本报记者  某 某摄`).
 */
/** Spaces in a raw byline (the e-paper's no-break spaces too; a two-character name padded: `雷  声`). */
const SPACES = /[\s\u3000\u00a0]+/gu;

/** The byline's names read with the raw byline's closing mark given back to the last one, or null. */
export function bylineNamesWithClosingMark(raw: string, reporters: readonly string[]): string[] | null {
  const last = reporters.at(-1);
  if (last === undefined || reporters.length < 2) return null;
  const line = raw.replace(SPACES, "");
  const mark = SPACED_CREDIT_MARKS.find((m) => line.endsWith(m));
  if (mark === undefined || last.endsWith(mark) || !line.endsWith(last + mark)) return null;
  return spacedCreditNames([...reporters.slice(0, -1), last + mark].join(" "));
}
