import { bottom, horizontalOverlap, union } from "./geometry";
import type { HeadlineGroup } from "./headline-groups";
import { headlineSpaces } from "./headline-spaces";
import type { PageLine } from "./page-lines";

/**
 * A subtitle (副题) led by a dash (`——《…》简评`, `——“…”述要`) under a book review's or a
 * report's headline is often set smaller than a headline, at a subhead's size, and over two lines.
 * Read as text it became the article's first paragraph. It stands right under a headline, within
 * its span, and its lines (the first one starting with the dash) are one subtitle.
 */
/** The dash that opens such a subtitle (two em dashes, or two horizontal bars). */
const DASH = /^\s*(?:——|――|－－)/u;
/** The subtitle is set at least this many times the body size (a subhead's size or larger). */
export const DASH_SUBTITLE_SIZE_RATIO = 1.15;
/** Its first line starts at most this many of its ems under the headline's bottom. */
export const DASH_SUBTITLE_GAP_EMS = 1;
/** Its next lines follow at most this many ems apart (same size, within the headline's span). */
export const DASH_SUBTITLE_LINE_GAP_EMS = 0.8;
/** A subtitle runs to at most this many lines. */
export const DASH_SUBTITLE_MAX_LINES = 3;

/** For each headline, the lines of its dash subtitle set under it (empty: none). */
export function dashSubtitles(
  headlines: readonly HeadlineGroup[],
  lines: readonly PageLine[],
  bodySize: number,
): PageLine[][] {
  const within = (h: HeadlineGroup, l: PageLine) => horizontalOverlap(h.box, l.box) >= 0.9 * l.box.w;
  const large = (l: PageLine) => !l.vertical && l.size >= DASH_SUBTITLE_SIZE_RATIO * bodySize;
  const taken = new Set<PageLine>();
  return headlines.map((h) => {
    const first = lines.find((l) => {
      const gap = l.box.y - bottom(h.box);
      return (
        !taken.has(l) &&
        large(l) &&
        DASH.test(l.text) &&
        within(h, l) &&
        gap >= -0.25 * l.size &&
        gap <= DASH_SUBTITLE_GAP_EMS * l.size
      );
    });
    if (first === undefined) return [];
    const subtitle = [first];
    for (;;) {
      const last = subtitle.at(-1)!;
      if (subtitle.length >= DASH_SUBTITLE_MAX_LINES) break;
      const next = lines.find((l) => {
        const gap = l.box.y - bottom(last.box);
        return (
          !subtitle.includes(l) &&
          large(l) &&
          !DASH.test(l.text) &&
          Math.abs(l.size - first.size) <= 0.05 * first.size &&
          within(h, l) &&
          gap >= -0.25 * l.size &&
          gap <= DASH_SUBTITLE_LINE_GAP_EMS * l.size
        );
      });
      if (next === undefined) break;
      subtitle.push(next);
    }
    subtitle.forEach((l) => taken.add(l));
    return subtitle;
  });
}

/** The headline with its dash subtitle's lines: one more subtitle, the lines joined. */
export function withDashSubtitle(group: HeadlineGroup, subtitle: readonly PageLine[]): HeadlineGroup {
  if (subtitle.length === 0) return group;
  const joined: PageLine = {
    ...subtitle[0]!,
    text: subtitle.map((l) => headlineSpaces(l.text)).join(""),
    box: union(subtitle.map((l) => l.box)),
  };
  return {
    ...group,
    lines: [...group.lines, ...subtitle],
    box: union([group.box, ...subtitle.map((l) => l.box)]),
    subtitles: [...group.subtitles, joined],
  };
}
