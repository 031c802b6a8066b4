import { Link } from "react-router";
import type { PersonDetail } from "@/bundle/schema";
import { paths } from "@/app/config/paths";
import { formatIssueDate } from "@/app/lib/format-date";
import { isPagedByLetter, letterSlug } from "../api/index-pages";
import { roleLabel } from "../api/role-label";
import { HighlightedText } from "@/app/components/HighlightedText";

/**
 * One person: the titles the news gave them (with the dates they held them, as far as the papers
 * say), every article that mentions them with the sentence that does, newest first, and the
 * people most often mentioned with them.
 */
export function PersonView({
  detail,
  indexSize,
}: {
  detail: PersonDetail;
  /** How many people the index has: a large one has letter pages, and the way back is to this person's. */
  indexSize: number;
}) {
  const summary = detail;
  const searchAll = `${paths.search.to()}?${new URLSearchParams({ q: detail.name, person: detail.name }).toString()}`;
  const titles = new Map<string, string[]>();
  for (const mention of [...detail.mentions].reverse()) {
    for (const role of mention.roles) titles.set(role, [...(titles.get(role) ?? []), formatIssueDate(mention)]);
  }
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm">
        {isPagedByLetter(indexSize) ? (
          <Link to={paths.peopleLetter.to(letterSlug(summary.letter))} className="link-quiet">
            ← 人物 · {summary.letter}
          </Link>
        ) : (
          <Link to={paths.people.to()} className="link-quiet">
            ← 人物
          </Link>
        )}
      </p>
      <h1 className="headline mt-2 text-3xl">
        {summary.name} <span className="text-base font-normal text-muted">{summary.pinyin}</span>
      </h1>
      <p className="mt-1 text-sm text-muted">{summary.articleCount} 篇报道提及</p>
      {titles.size > 0 && (
        <section aria-labelledby="titles" className="mt-6">
          <h2 id="titles" className="section-label">
            职务与身份
          </h2>
          <ul className="mt-2 space-y-1">
            {[...titles].map(([role, dates]) => (
              <li key={role}>
                <span className="font-medium">{roleLabel(role)}</span>
                <span className="text-sm text-muted">（{[...new Set([dates[0], dates.at(-1)])].join(" 至 ")}）</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="mentions" className="mt-6">
        <h2 id="mentions" className="section-label">
          相关报道
        </h2>
        <ol className="mt-2 divide-y divide-rule">
          {detail.mentions.map((mention) => (
            <li key={`${mention.paperId}/${mention.date}/${mention.page}/${mention.seq}`} className="py-3">
              <Link
                to={paths.article.to(mention.paperId, mention.date, mention.page, mention.seq)}
                className="headline link-quiet text-lg"
              >
                {mention.title || "（无标题）"}
              </Link>
              <p className="text-xs text-muted">
                {mention.paperName} · {formatIssueDate(mention)} · 第{mention.page}版
              </p>
              <p className="mention-sentence">
                <HighlightedText text={mention.sentence} ranges={mention.highlights} />
              </p>
            </li>
          ))}
        </ol>
        {detail.mentions.length < detail.articleCount && (
          <p className="mt-3 text-sm">
            以上是最近的 {detail.mentions.length} 篇。
            <Link to={searchAll} className="link-quiet underline">
              搜索全部 {detail.articleCount} 篇
            </Link>
          </p>
        )}
      </section>
      {detail.together.length > 0 && (
        <section aria-labelledby="together" className="mt-6">
          <h2 id="together" className="section-label">
            常一同出现的人物
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {detail.together.map((other) => (
              <li key={other.name}>
                <Link to={paths.person.to(other.name)} className="chip">
                  {other.name}
                  <span className="text-xs text-muted"> {other.articles}篇</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
