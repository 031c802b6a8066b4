import { useDeferredValue, useId, useState } from "react";
import { Link } from "react-router";
import type { PersonSummary } from "@/bundle/schema";
import { paths } from "@/app/config/paths";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/people";
import {
  isPagedByLetter,
  LETTERS,
  letterSlug,
  MAX_FILTERED_SHOWN,
  MOST_MENTIONED_COUNT,
  mostMentioned,
} from "../api/index-pages";
import { matchesPerson } from "../api/match-person";
import { roleLabel } from "../api/role-label";

/**
 * 人物: everyone in the news in pinyin order, under an A–Z bar, with their latest title and how
 * many articles mention them; a filter by characters, pinyin or initials (`lsy` → 廖述毅). A large
 * index (an archive's) has a page per letter (`letter`); its index page lists the letters and the
 * people most often in the news, and its filter searches everyone.
 */
export function PeopleIndexView({
  people,
  letter = null,
}: {
  people: readonly PersonSummary[];
  letter?: string | null;
}) {
  const t = useT();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query).trim();
  const filterId = useId();
  const paged = isPagedByLetter(people.length);
  const counts = new Map<string, number>();
  for (const p of people) counts.set(p.letter, (counts.get(p.letter) ?? 0) + 1);

  const matches = deferred === "" ? [] : people.filter((p) => matchesPerson(p, deferred));
  const shownMatches = paged ? matches.slice(0, MAX_FILTERED_SHOWN) : matches;
  const listed = deferred !== "" ? shownMatches : letter !== null ? people.filter((p) => p.letter === letter) : people;
  const groups = LETTERS.map((l) => ({ letter: l, people: listed.filter((p) => p.letter === l) })).filter(
    (g) => g.people.length > 0,
  );
  const overview = paged && letter === null && deferred === "";

  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="headline text-3xl">
        {letter === null ? t("layout.people") : t("people.titleLetter", { letter })}
      </h1>
      <p className="mt-1 text-sm text-muted">
        {letter === null
          ? t("people.intro", { count: people.length })
          : t("people.introLetter", {
              letter: letter === "#" ? t("people.otherLetters") : letter,
              count: counts.get(letter) ?? 0,
              total: people.length,
            })}
      </p>
      <div className="mt-4">
        <label htmlFor={filterId} className="text-sm font-medium">
          {paged ? t("people.filterAll") : t("people.filter")}
        </label>
        <input
          id={filterId}
          type="search"
          className="text-field mt-1"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <nav aria-label={t("people.letters")} className="letter-bar">
        {LETTERS.map((l) =>
          !counts.has(l) ? (
            <span key={l} className="letter-link letter-empty" aria-hidden="true">
              {l}
            </span>
          ) : paged ? (
            <Link
              key={l}
              to={paths.peopleLetter.to(letterSlug(l))}
              className="letter-link"
              aria-current={l === letter ? "page" : undefined}
            >
              {l}
            </Link>
          ) : (
            <a key={l} href={`#letter-${l}`} className="letter-link">
              {l}
            </a>
          ),
        )}
      </nav>
      <p role="status" className="mt-2 text-sm text-muted">
        {deferred === ""
          ? ""
          : matches.length === 0
            ? t("people.noMatch", { q: deferred })
            : matches.length > shownMatches.length
              ? t("people.foundSome", { count: matches.length, shown: shownMatches.length })
              : t("people.found", { count: matches.length })}
      </p>
      {overview ? (
        <section aria-labelledby="most-mentioned" className="mt-4">
          <h2 id="most-mentioned" className="section-label">
            {t("people.most", { count: Math.min(MOST_MENTIONED_COUNT, people.length) })}
          </h2>
          <PeopleList people={mostMentioned(people)} />
          <p className="mt-4 text-sm text-muted">{t("people.rest")}</p>
        </section>
      ) : (
        groups.map((group) => (
          <section key={group.letter} aria-labelledby={`letter-${group.letter}`} className="people-letter mt-4">
            <h2 id={`letter-${group.letter}`} className="section-label scroll-mt-4">
              {group.letter}
            </h2>
            <PeopleList people={group.people} />
          </section>
        ))
      )}
    </div>
  );
}

function PeopleList({ people }: { people: readonly PersonSummary[] }) {
  const t = useT();
  return (
    <ul className="people-list">
      {people.map((person) => (
        <li key={person.name}>
          <Link to={paths.person.to(person.name)} className="person-name" data-content="">
            {person.name}
          </Link>
          <span className="text-xs text-muted"> {person.pinyin}</span>
          <span className="person-meta">
            {person.latestRole !== null && (
              <span data-content={person.latestRole === "reporter" ? undefined : ""}>
                {roleLabel(person.latestRole)}
              </span>
            )}
            <span className="ml-auto tabular-nums">{t("common.articleCount", { count: person.articleCount })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
