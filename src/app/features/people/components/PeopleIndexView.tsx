import { useDeferredValue, useId, useState } from "react";
import { Link } from "react-router";
import type { PersonSummary } from "@/bundle/schema";
import { paths } from "@/app/config/paths";
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
      <h1 className="headline text-3xl">{letter === null ? "人物" : `人物 · ${letter}`}</h1>
      <p className="mt-1 text-sm text-muted">
        {letter === null
          ? `报道中出现的 ${people.length} 位人物，按姓名拼音排列。`
          : `姓名拼音以 ${letter === "#" ? "其他字母" : letter} 开头的 ${counts.get(letter) ?? 0} 位人物（共 ${people.length} 位）。`}
      </p>
      <div className="mt-4">
        <label htmlFor={filterId} className="text-sm font-medium">
          {paged ? "在全部人物中筛选（姓名、拼音或首字母，如 lsy）" : "筛选（姓名、拼音或首字母，如 lsy）"}
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
      <nav aria-label="按拼音首字母" className="letter-bar">
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
            ? `没有与“${deferred}”相符的人物`
            : matches.length > shownMatches.length
              ? `找到 ${matches.length} 位人物，显示前 ${shownMatches.length} 位；多输入几个字可缩小范围`
              : `找到 ${matches.length} 位人物`}
      </p>
      {overview ? (
        <section aria-labelledby="most-mentioned" className="mt-4">
          <h2 id="most-mentioned" className="section-label">
            报道最多的 {Math.min(MOST_MENTIONED_COUNT, people.length)} 位人物
          </h2>
          <PeopleList people={mostMentioned(people)} />
          <p className="mt-4 text-sm text-muted">其余人物请按首字母浏览，或在上方筛选。</p>
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
  return (
    <ul className="people-list">
      {people.map((person) => (
        <li key={person.name}>
          <Link to={paths.person.to(person.name)} className="person-name">
            {person.name}
          </Link>
          <span className="text-xs text-muted"> {person.pinyin}</span>
          <span className="person-meta">
            {person.latestRole !== null && <span>{roleLabel(person.latestRole)}</span>}
            <span className="ml-auto tabular-nums">{person.articleCount}篇</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
