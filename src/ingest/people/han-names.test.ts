import { describe, expect, it } from "vitest";
import { extractPeople } from "./extract-people";

describe("dropNamesWithoutHan", () => {
  it("takes no Latin word or markup for a person", () => {
    const people = extractPeople({
      title: "",
      subtitles: [],
      byline: null,
      paragraphs: ['读者来信附上代码<script>alert("xss")</script>，编辑部主任张晓明说：“照录如上。”'],
      caption: null,
    });
    expect(people.map((p) => p.name)).toEqual(["张晓明"]);
  });
});
