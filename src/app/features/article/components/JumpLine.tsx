import { Link } from "react-router";
import type { Jump } from "@/bundle/schema";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";

/**
 * A jump line (转版): 「下转第2版」 at the end of an article's first part, 「上接第1版」 at the start of
 * its continuation, a link to the other part (or to its page) when the issue has it (`to`).
 */
export function JumpLine({ jump, to }: { jump: Jump; to: string | null }) {
  const t = useT();
  const text = t(jump.direction === "to" ? "article.jumpTo" : "article.jumpFrom", { page: jump.page });
  return (
    <p className={jump.direction === "to" ? "jump-line jump-to" : "jump-line jump-from"}>
      {to === null ? (
        <span>（{text}）</span>
      ) : (
        <Link to={to} className="jump-link">
          {jump.direction === "from" && "← "}
          {text}
          {jump.direction === "to" && " →"}
        </Link>
      )}
    </p>
  );
}
