import { useDeferredValue, useId, useState } from "react";
import { Link } from "react-router";
import type { PeopleIndex, PeopleLetter, PersonKey, PersonSummary } from "@/bundle/schema";
import { paths } from "@/app/config/paths";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/people";
import { LETTERS, letterSlug, MAX_FILTERED_SHOWN } from "../api/index-pages";
import { useFoundPeople, usePrefetchFilter } from "../api/filter-people";
import { matchesPerson } from "../api/match-person";
import { roleLabel } from "../api/role-label";

/** One letter's page of a paged index: the letter, its parts, which part this is and its people. */
export interface LetterPage {
  letter: string;
  count: number;
  /** 1-based. */
  part: number;
  parts: readonly Pick<PeopleLetter["parts"][number], "first" | "last" | "count">[];
  people: readonly PersonSummary[];
}

/**
 * 人物: everyone in the news in pinyin order, under an A–Z bar, with their latest title and how
 * many articles mention them; a filter by characters, pinyin or initials (`lsy` → 廖述毅). A large
 * index (an archive's) has pages per letter (`letter`: one part of a letter, with links to its other
 * parts by pinyin range); its index page lists the letters and the people most often in the news,
 * and its filter looks everyone up in pieces loaded as the reader types (`useFoundPeople`).
 */
export function PeopleIndexView({ index, letter = null }: { index: PeopleIndex; letter?: LetterPage | null }) {
  const t = useT();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query).trim();
  const filterId = useId();
  const paged = index.pagedByLetter;
  const counts = new Map(index.letters.map((l) => [l.letter, l.count]));
  const found = useFoundPeople(paged ? index.filter : undefined, deferred);
  const prefetchFilter = usePrefetchFilter(paged ? index.filter : undefined);

  const matches =
    deferred === "" ? [] : paged ? (found.data?.people ?? []) : index.people.filter((p) => matchesPerson(p, deferred));
  const shownMatches = paged ? matches.slice(0, MAX_FILTERED_SHOWN) : matches;
  const listed = deferred !== "" ? shownMatches : letter !== null ? letter.people : index.people;
  const groups = LETTERS.map((l) => ({ letter: l, people: listed.filter((p) => p.letter === l) })).filter(
    (g) => g.people.length > 0,
  );
  const overview = paged && letter === null && deferred === "";
  const looking = paged && deferred !== "" && (found.isPending || found.isPlaceholderData);

  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="headline text-3xl">
        {letter === null ? t("layout.people") : t("people.titleLetter", { letter: letter.letter })}
      </h1>
      <p className="mt-1 text-sm text-muted">
        {letter === null
          ? t("people.intro", { count: index.peopleCount })
          : t("people.introLetter", {
              letter: letter.letter === "#" ? t("people.otherLetters") : letter.letter,
              count: letter.count,
              total: index.peopleCount,
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
          onFocus={prefetchFilter}
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
              aria-current={l === letter?.letter ? "page" : undefined}
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
      {letter !== null && letter.parts.length > 1 && deferred === "" && <LetterParts letter={letter} />}
      <p role="status" className="mt-2 text-sm text-muted">
        {deferred === ""
          ? ""
          : found.isError
            ? t("people.filterFailed")
            : looking
              ? t("people.looking")
              : matches.length === 0
                ? t("people.noMatch", { q: deferred })
                : paged && found.data?.complete === false
                  ? t("people.foundAtLeast", { count: matches.length, shown: shownMatches.length })
                  : matches.length > shownMatches.length
                    ? t("people.foundSome", { count: matches.length, shown: shownMatches.length })
                    : t("people.found", { count: matches.length })}
      </p>
      {overview ? (
        <section aria-labelledby="most-mentioned" className="mt-4">
          <h2 id="most-mentioned" className="section-label">
            {t("people.most", { count: index.people.length })}
          </h2>
          <PeopleList people={index.people} />
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

/** The parts of a letter with more people than a page lists, each said by its pinyin range. */
function LetterParts({ letter }: { letter: LetterPage }) {
  const t = useT();
  return (
    <nav aria-label={t("people.parts", { letter: letter.letter })} className="mt-3 flex flex-wrap gap-2 text-sm">
      {letter.parts.map((part, i) => (
        <Link
          key={i}
          to={paths.peopleLetterPart.to(letterSlug(letter.letter), i + 1)}
          className="letter-link px-2 font-normal"
          aria-current={i + 1 === letter.part ? "page" : undefined}
        >
          {part.first === part.last ? part.first : `${part.first} – ${part.last}`}
        </Link>
      ))}
    </nav>
  );
}

/** A person as listed: a summary, or (found by a large index's filter) the name's fields alone. */
type Listed = PersonKey & Partial<Pick<PersonSummary, "latestRole" | "articleCount">>;

function PeopleList({ people }: { people: readonly Listed[] }) {
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
            {person.latestRole !== undefined && person.latestRole !== null && (
              <span data-content={person.latestRole === "reporter" ? undefined : ""}>
                {roleLabel(person.latestRole)}
              </span>
            )}
            {person.articleCount !== undefined && (
              <span className="ml-auto tabular-nums">{t("common.articleCount", { count: person.articleCount })}</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
