import { highlightSegments, type TextSegment } from "@/app/lib/highlight-segments";

/**
 * Text with ranges marked, built as text nodes and <mark> elements — never as HTML, so text that
 * looks like markup stays text.
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  return <MarkedText segments={highlightSegments(text, ranges)} />;
}

/** Text runs (`highlightSegments`) as text nodes and <mark> elements. */
export function MarkedText({ segments }: { segments: readonly TextSegment[] }) {
  return <>{segments.map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
