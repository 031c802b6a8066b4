import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { Mention, PersonDetail } from "@/bundle/schema";
import { PersonView } from "./PersonView";

const mention = (date: string, title: string, roles: string[], person?: number): Mention => ({
  paperId: "lab",
  paperName: "测试报",
  date,
  dateApproximate: false,
  page: 1,
  seq: 1,
  title,
  roles,
  sentence: `${roles.join("")}王刚出席。`,
  highlights: [],
  ...(person === undefined ? {} : { person }),
});
const detail = (mentions: Mention[], namesakes?: PersonDetail["namesakes"]): PersonDetail => ({
  name: "王刚",
  articleCount: mentions.length,
  letter: "W",
  pinyin: "wang gang",
  latestRole: null,
  mentions,
  together: [],
  ...(namesakes === undefined ? {} : { namesakes }),
});
const render = (person: PersonDetail) =>
  renderToString(
    <MemoryRouter>
      <PersonView detail={person} pagedByLetter={false} />
    </MemoryRouter>,
  );
describe("PersonView", () => {
  it("shows one person's titles and articles, with no note, when the name is one person", () => {
    const html = render(detail([mention("2020-01-02", "新闻甲", ["平安县委书记"])]));
    expect(html).not.toContain('role="note"');
    expect(html).toContain("平安县委书记");
    expect(html).toContain("新闻甲");
  });

  it("says a name may cover more than one person, and shows each with their own titles and articles", () => {
    const html = render(
      detail(
        [
          mention("2020-01-03", "新闻甲", ["平安县红星村党支部书记"], 0),
          mention("2019-01-02", "新闻乙", ["甘肃省副省长"], 1),
          mention("2019-01-01", "新闻丙", []),
        ],
        [
          { where: ["平安县", "红星村"], articleCount: 1 },
          { where: ["甘肃省"], articleCount: 1 },
        ],
      ),
    );
    expect(html).toContain('role="note"');
    expect(html).toContain("可能不止一人");
    const text = html.replace(/<[^>]+>/gu, "");
    const first = text.indexOf("王刚 · 平安县、红星村");
    const second = text.indexOf("王刚 · 甘肃省");
    const unsorted = text.indexOf("职务未能区分的报道");
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(unsorted).toBeGreaterThan(second);
    expect(text.slice(first, second)).toContain("平安县红星村党支部书记");
    expect(text.slice(first, second)).toContain("新闻甲");
    expect(text.slice(first, second)).not.toContain("新闻乙");
    expect(text.slice(second, unsorted)).toContain("甘肃省副省长");
    expect(text.slice(second, unsorted)).toContain("新闻乙");
    expect(text.slice(unsorted)).toContain("新闻丙");
  });
});
