/**
 * Two posts joined by 兼 (`…公司首席运营官兼亚太区总裁`, concurrently) are one title as printed, as the
 * gold writes a minister holding two posts (`某部部长兼某委主任`). The title reader reads most such phrases whole (兼 is no function
 * character), but where the second post's reading stops at its own front (a region's post: `亚太区总裁`,
 * the company's name too far back for `company-region-title.ts`), the first post was lost. When the
 * character before a title is 兼 and a title ends right before it, the title starts where that one
 * starts. Audit 7 (session 37, rmrb43).
 */
/** The word joining two posts held at once. */
export const CONCURRENT = "兼";

/**
 * Where a title starting at `start` starts with the post joined to it by 兼, or null. `titleStartAt(end)`
 * reads the start of a title ending at a position (null when none ends there).
 */
export function concurrentTitleStart(
  chars: readonly string[],
  start: number,
  titleStartAt: (end: number) => number | null,
): number | null {
  if (chars[start - 1] !== CONCURRENT) return null;
  const first = titleStartAt(start - 1);
  return first === null || first >= start - 1 ? null : first;
}
