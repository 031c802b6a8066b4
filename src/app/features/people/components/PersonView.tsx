import { Link } from "react-router";
import type { Mention, PersonDetail } from "@/bundle/schema";
import { paths } from "@/app/config/paths";
import { formatIssueDate, pageLabel } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/people";
import { letterSlug } from "../api/index-pages";
import { roleLabel } from "../api/role-label";
import { HighlightedText } from "@/app/components/HighlightedText";

/**
 * One person: the titles the news gave them (with the dates they held them, as far as the papers
 * say), every article that mentions them with the sentence that does, newest first, and the
 * people most often mentioned with them. A name that may cover more than one person (its titles
 * name places or bodies no article ties together) says so, and shows each of them with their own
 * titles and articles, then the articles whose titles do not tell.
 */
export function PersonView({
  detail,
  pagedByLetter,
}: {
  detail: PersonDetail;
  /** Whether the index has letter pages (a large one does): the way back is then to this person's. */
  pagedByLetter: boolean;
}) {
  const summary = detail;
  const searchAll = `${paths.search.to()}?${new URLSearchParams({ q: detail.name, person: detail.name }).toString()}`;
  const t = useT();
  const namesakes = detail.namesakes ?? [];
  const unsorted = detail.mentions.filter((m) => m.person === undefined);
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm">
        {pagedByLetter ? (
          <Link to={paths.peopleLetter.to(letterSlug(summary.letter))} className="link-quiet">
            {t("person.backLetter", { letter: summary.letter })}
          </Link>
        ) : (
          <Link to={paths.people.to()} className="link-quiet">
            {t("person.back")}
          </Link>
        )}
      </p>
      <h1 className="headline mt-2 text-3xl">
        <span data-content="">{summary.name}</span>{" "}
        <span className="text-base font-normal text-muted">{summary.pinyin}</span>
      </h1>
      <p className="mt-1 text-sm text-muted">{t("person.mentions", { count: summary.articleCount })}</p>
      {namesakes.length === 0 ? (
        <>
          <Titles mentions={detail.mentions} id="titles" />
          <section aria-labelledby="mentions" className="mt-6">
            <h2 id="mentions" className="section-label">
              {t("person.articles")}
            </h2>
            <Mentions mentions={detail.mentions} />
          </section>
        </>
      ) : (
        <>
          <p role="note" className="mt-4 rounded border border-rule p-3 text-sm">
            {t("person.namesakes", { count: namesakes.length })}
          </p>
          {namesakes.map((namesake, index) => {
            const mentions = detail.mentions.filter((m) => m.person === index);
            return (
              <section key={index} aria-labelledby={`namesake-${index}`} className="mt-8">
                <h2 id={`namesake-${index}`} className="headline text-xl">
                  <span data-content="">{summary.name}</span>
                  {" · "}
                  <span data-content="">{namesake.where.map(roleLabel).join("、")}</span>
                </h2>
                <p className="text-sm text-muted">{t("person.mentions", { count: namesake.articleCount })}</p>
                <Titles mentions={mentions} id={`namesake-${index}-titles`} />
                <Mentions mentions={mentions} />
              </section>
            );
          })}
          {unsorted.length > 0 && (
            <section aria-labelledby="unsorted" className="mt-8">
              <h2 id="unsorted" className="section-label">
                {t("person.unsorted")}
              </h2>
              <Mentions mentions={unsorted} />
            </section>
          )}
        </>
      )}
      {detail.mentions.length < detail.articleCount && (
        <p className="mt-3 text-sm">
          {t("people.latestOnly", { count: detail.mentions.length })}
          <Link to={searchAll} className="link-quiet underline">
            {t("people.searchAll", { count: detail.articleCount })}
          </Link>
        </p>
      )}
      {detail.together.length > 0 && (
        <section aria-labelledby="together" className="mt-6">
          <h2 id="together" className="section-label">
            {t("person.together")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {detail.together.map((other) => (
              <li key={other.name}>
                <Link to={paths.person.to(other.name)} className="chip">
                  <span data-content="">{other.name}</span>
                  <span className="text-xs text-muted"> {t("common.articleCount", { count: other.articles })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The titles held in these mentions, each with the first and last date the papers give it. */
function Titles({ mentions, id }: { mentions: readonly Mention[]; id: string }) {
  const t = useT();
  const titles = new Map<string, string[]>();
  for (const mention of [...mentions].reverse()) {
    for (const role of mention.roles) titles.set(role, [...(titles.get(role) ?? []), formatIssueDate(mention)]);
  }
  if (titles.size === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="section-label">
        {t("person.roles")}
      </h2>
      <ul className="mt-2 space-y-1">
        {[...titles].map(([role, dates]) => (
          <li key={role}>
            <span className="font-medium" data-content={role === "reporter" ? undefined : ""}>
              {roleLabel(role)}
            </span>
            <span className="text-sm text-muted">
              {t("person.dates", { dates: [...new Set([dates[0], dates.at(-1)])].join(t("person.until")) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The articles of these mentions, each with the sentence that names the person. */
function Mentions({ mentions }: { mentions: readonly Mention[] }) {
  const t = useT();
  return (
    <ol className="mt-2 divide-y divide-rule">
      {mentions.map((mention) => (
        <li key={`${mention.paperId}/${mention.date}/${mention.page}/${mention.seq}`} className="py-3">
          <Link
            to={paths.article.to(mention.paperId, mention.date, mention.page, mention.seq)}
            className="headline link-quiet text-lg"
            data-content=""
          >
            {mention.title || t("common.untitled")}
          </Link>
          <p className="text-xs text-muted">
            <span data-content="">{mention.paperName}</span> · {formatIssueDate(mention)} ·{" "}
            {pageLabel({ no: mention.page, name: null })}
          </p>
          <p className="mention-sentence" data-content="">
            <HighlightedText text={mention.sentence} ranges={mention.highlights} />
          </p>
        </li>
      ))}
    </ol>
  );
}
