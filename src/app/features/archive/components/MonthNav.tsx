import { Link } from "react-router";
import { useT } from "@/app/lib/i18n";
import { formatMonth } from "../api/calendar";

/** Earlier and later months that have issues; the months list itself when there are few. */
export function MonthNav({
  months,
  current,
  monthPath,
}: {
  months: readonly string[];
  current: string;
  monthPath: (month: string) => string;
}) {
  const t = useT();
  const at = months.indexOf(current);
  const later = months[at - 1];
  const earlier = months[at + 1];
  return (
    <nav aria-label={t("archive.months")} className="flex items-center justify-between gap-2 text-sm">
      {earlier ? (
        <Link to={monthPath(earlier)} className="control-button" rel="prev">
          ← {formatMonth(earlier)}
        </Link>
      ) : (
        <span />
      )}
      {later ? (
        <Link to={monthPath(later)} className="control-button" rel="next">
          {formatMonth(later)} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
