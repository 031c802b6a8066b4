/**
 * A line icon of the interface (24×24 grid, drawn with the text's colour), hidden from assistive
 * technology: the control it sits in names itself in text.
 */
export function Icon({ d, size = 16 }: { d: string; size?: number }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d={d} />
    </svg>
  );
}
