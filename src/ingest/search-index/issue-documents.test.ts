import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION, type Issue } from "@/bundle/schema";
import { issueDocuments } from "./issue-documents";

describe("issueDocuments", () => {
  it("makes one search document per article, addressed like the article", () => {
    const issue: Issue = {
      type: "folio/issue",
      version: BUNDLE_VERSION,
      paper: { id: "maonan", name: "茂南", nameNote: null },
      date: "2023-02-26",
      dateApproximate: false,
      dateNote: null,
      pages: [
        {
          no: 2,
          name: null,
          unassigned: [],
          articles: [
            {
              id: "2-1",
              seq: 1,
              title: "标题",
              subtitles: ["副题"],
              byline: { raw: "■ 通讯员 郑伟业", reporters: ["郑伟业"] },
              paragraphs: ["正文。"],
              caption: null,
              people: [
                { name: "郑伟业", roles: ["reporter"] },
                { name: "郑伟业", roles: ["通讯员"] },
              ],
              sourceLines: [1, 3],
            },
          ],
        },
      ],
    };
    expect(issueDocuments(issue)).toEqual([
      {
        key: "maonan/2023-02-26/2-1",
        date: "2023-02-26",
        paper: "maonan",
        page: 2,
        title: "标题",
        subtitles: ["副题"],
        byline: "■ 通讯员 郑伟业",
        paragraphs: ["正文。"],
        caption: null,
        people: ["郑伟业"],
      },
    ]);
  });
});
