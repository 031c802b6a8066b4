/**
 * Text with ranges marked, built as text nodes and <mark> elements — never as HTML, so text that
 * looks like markup stays text.
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  [...ranges]
    .sort((a, b) => a[0] - b[0])
    .forEach(([start, end], i) => {
      if (start < at || end > text.length || start >= end) return;
      if (start > at) parts.push(text.slice(at, start));
      parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
      at = end;
    });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
