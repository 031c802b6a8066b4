/**
 * A PFR corpus of as many days as asked, made from one day of a sample re-dated (May 2001): what the
 * incremental tests and `npm run check:incremental` build, add to, edit and remove from. An edited
 * day has one word changed, so its people and text differ while its shape stays.
 */
const SAMPLE_DAY = "20010501-";

export function redatedCorpus(
  sample: string,
  days: readonly number[],
  edited: ReadonlySet<number> = new Set(),
): string {
  const day = sample
    .split("\n")
    .filter((line) => line.startsWith(SAMPLE_DAY))
    .join("\n");
  return days
    .map((n) => {
      const text = day.replaceAll(SAMPLE_DAY, `200105${String(n).padStart(2, "0")}-`);
      return edited.has(n) ? text.replace("开馆/v", "启用/v") : text;
    })
    .join("\n\n");
}
