import { namesAPlace } from "./cues/place-context";
import { namesAnOrganisation } from "./cues/organisation-context";
import { namesANationalBody } from "./cues/national-body";
import { namesAPartyCommittee } from "./cues/party-committee-place";
import { onlyInsideWorkTitles } from "./cues/work-title";
import { thingListItems } from "./cues/thing-list";
import { placeListTailItems } from "./cues/place-list-tail";
import { siteListTailItems } from "./cues/site-list-tail";
import { verseClauseNames } from "./cues/verse-line";
import { datelinePlaces } from "./cues/dateline-place";
import { bracketedPlaces } from "./cues/bracketed-place";
import { namesANewsAgency } from "./cues/news-agency-name";
import { placeCountListItems } from "./cues/place-count-list";
import { sharedHeadListNames } from "./cues/shared-head-list";
import { HOLDING_WORD, namesAHoldingCompany } from "./cues/holding-company";
import type { TaggedText } from "./mentions";

/**
 * The last look at each name against the whole article: a dotted name printed only inside a work's
 * title marks (《尚书·舜典》), a place's name the article prints before 村, 镇 or 小区 (德胜), inside a
 * Party committee's name (`中共湖南岳阳市委`), right after 国家 or 世界 (`国家卫健委`) or in a
 * dateline (`本报阿布贾2月12日电`) or in brackets after its country (`南苏丹（朱巴）`), and a
 * name the article lists among things (`芒果TV、爱奇艺、优酷`, `补短板、惠民生`) or reads in a line of
 * verse (`风未停，路还长，林中行`, see `verse-line.ts`) are not people;
 * every mention of such a name goes. Credits stay (the credit line said what they are),
 * and so do names the model knows as names. (A surname with a form of address, 老吴 or 陈某, is
 * not dropped: the PFR month counts it as a person, the rmrb-web guidelines do not.)
 */
export function dropNotPersons(tagged: readonly TaggedText[], knownNames: ReadonlySet<string>): void {
  const text = tagged.map((t) => t.chars.join("")).join("\n");
  const things = new Set(
    tagged.flatMap((t) => {
      const items = thingListItems(t.chars, t.mentions);
      const listed = t.mentions.filter((m) => items.some((i) => i.start === m.start && i.end === m.end));
      const placed = placeListTailItems(t.chars, t.mentions);
      const counted = placeCountListItems(t.chars, t.mentions);
      const sites = siteListTailItems(t.chars, t.mentions);
      return [
        ...[...listed, ...placed, ...counted, ...sites, ...verseClauseNames(t.chars, t.mentions)].map((m) => m.name),
        ...sharedHeadListNames(t.chars, t.mentions),
      ];
    }),
  );
  const filedFrom = datelinePlaces(text);
  const bracketed = bracketedPlaces(text);
  const verdicts = new Map<string, boolean>();
  // a holding company needs 控股 somewhere in the article: one scan, not one per name
  const mayHoldCompany = text.includes(HOLDING_WORD);
  const holdingCompany = (name: string) => mayHoldCompany && namesAHoldingCompany(text, name);
  const isPerson = (name: string) => {
    let verdict = verdicts.get(name);
    if (verdict === undefined) {
      // a holding company's name goes even when the model knows it as a person's (holding-company.ts)
      verdict =
        (knownNames.has(name) && !holdingCompany(name)) ||
        !(
          things.has(name) ||
          filedFrom.has(name) ||
          bracketed.has(name) ||
          onlyInsideWorkTitles(text, name) ||
          namesAPlace(text, name) ||
          namesAPartyCommittee(text, name) ||
          namesAnOrganisation(text, name) ||
          namesANewsAgency(text, name) ||
          holdingCompany(name) ||
          namesANationalBody(text, name)
        );
      verdicts.set(name, verdict);
    }
    return verdict;
  };
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || isPerson(m.name));
}
