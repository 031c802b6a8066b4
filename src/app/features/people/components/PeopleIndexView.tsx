import { useDeferredValue, useId, useState } from "react";
import { Link } from "react-router";
import type { PersonSummary } from "@/bundle/schema";
import { paths } from "@/app/config/paths";
import { matchesPerson } from "../api/match-person";
import { roleLabel } from "../api/role-label";

const LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "#"];

/**
 * 人物: everyone in the news in pinyin order, under an A–Z bar, with their latest title and how
 * many articles mention them; a filter by characters, pinyin or initials (`lsy` → 廖述毅).
 */
export function PeopleIndexView({ people }: { people: readonly PersonSummary[] }) {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const filterId = useId();
  const shown = deferred.trim() === "" ? people : people.filter((p) => matchesPerson(p, deferred));
  const present = new Set(people.map((p) => p.letter));
  const groups = LETTERS.map((letter) => ({ letter, people: shown.filter((p) => p.letter === letter) })).filter(
    (g) => g.people.length > 0,
  );
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="headline text-3xl">人物</h1>
      <p className="mt-1 text-sm text-muted">报道中出现的 {people.length} 位人物，按姓名拼音排列。</p>
      <div className="mt-4">
        <label htmlFor={filterId} className="text-sm font-medium">
          筛选（姓名、拼音或首字母，如 lsy）
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
        {LETTERS.map((letter) =>
          present.has(letter) ? (
            <a key={letter} href={`#letter-${letter}`} className="letter-link">
              {letter}
            </a>
          ) : (
            <span key={letter} className="letter-link letter-empty" aria-hidden="true">
              {letter}
            </span>
          ),
        )}
      </nav>
      <p role="status" className="mt-2 text-sm text-muted">
        {deferred.trim() === ""
          ? ""
          : shown.length === 0
            ? `没有与“${deferred.trim()}”相符的人物`
            : `找到 ${shown.length} 位人物`}
      </p>
      {groups.map((group) => (
        <section key={group.letter} aria-labelledby={`letter-${group.letter}`} className="people-letter mt-4">
          <h2 id={`letter-${group.letter}`} className="section-label scroll-mt-4">
            {group.letter}
          </h2>
          <ul className="people-list">
            {group.people.map((person) => (
              <li key={person.name}>
                <Link to={paths.person.to(person.name)} className="person-name">
                  {person.name}
                </Link>
                <span className="text-xs text-muted"> {person.pinyin}</span>
                <span className="person-meta">
                  {person.latestRole !== null && <span>{roleLabel(person.latestRole)}</span>}
                  <span className="tabular-nums">{person.articleCount}篇</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
