import { Link } from "react-router";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/archive";
import { formatMonth } from "../api/calendar";

/** The nearest earlier and later months that have issues (empty months are stepped over). */
export function MonthNav({
  older,
  newer,
  monthPath,
}: {
  older: string | null;
  newer: string | null;
  monthPath: (month: string) => string;
}) {
  const t = useT();
  return (
    <nav aria-label={t("archive.months")} className="flex items-center justify-between gap-2 text-sm">
      {older !== null ? (
        <Link to={monthPath(older)} className="control-button" rel="prev">
          ← {formatMonth(older)}
        </Link>
      ) : (
        <span />
      )}
      {newer !== null ? (
        <Link to={monthPath(newer)} className="control-button" rel="next">
          {formatMonth(newer)} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
