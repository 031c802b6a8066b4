import { useSuspenseQuery } from "@tanstack/react-query";
import { useLoaderData } from "react-router";
import type { PeopleIndex } from "@/bundle/schema";
import {
  peopleIndexQueryOptions,
  peopleLetterQueryOptions,
  peoplePartQueryOptions,
} from "@/app/features/people/api/people-queries";
import { PeopleIndexView, type LetterPage } from "@/app/features/people/components/PeopleIndexView";
import type { peopleLetterLoader, peopleLoader } from "./people-loaders";
import type { LoaderData } from "@/app/lib/loader-data";

/** 人物: the people index, or one part of a letter of a large one. */
export function PeopleRoute() {
  const data = useLoaderData<LoaderData<typeof peopleLoader> | LoaderData<typeof peopleLetterLoader>>();
  const { data: index } = useSuspenseQuery(peopleIndexQueryOptions(data.indexFile));
  if (!("letter" in data)) return <PeopleIndexView index={index} />;
  return data.letterFile === null || data.partFile === null ? (
    <PeopleIndexView index={index} letter={oneLetterOf(index, data.letter)} />
  ) : (
    <LetterPartRoute
      index={index}
      letter={data.letter}
      letterFile={data.letterFile}
      partFile={data.partFile}
      part={data.part}
    />
  );
}

function LetterPartRoute({
  index,
  letter,
  letterFile,
  partFile,
  part,
}: {
  index: PeopleIndex;
  letter: string;
  letterFile: string;
  partFile: string;
  part: number;
}) {
  const { data: file } = useSuspenseQuery(peopleLetterQueryOptions(letterFile));
  const { data: shown } = useSuspenseQuery(peoplePartQueryOptions(partFile));
  return (
    <PeopleIndexView
      index={index}
      letter={{ letter, count: file.count, part, parts: file.parts, people: shown.people }}
    />
  );
}

/** A letter of a one-page index (everyone is in the index itself): one part. */
function oneLetterOf(index: PeopleIndex, letter: string): LetterPage {
  const people = index.people.filter((p) => p.letter === letter);
  return { letter, count: people.length, part: 1, parts: [], people };
}
