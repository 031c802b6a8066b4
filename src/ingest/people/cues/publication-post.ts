import { publicationTitleStart } from "./publication-title";

/**
 * Posts that are titles only at a publication: 编辑 is as often the verb (`编辑出版`, `对编辑和读者`),
 * so it is no title head of its own, but right after a publication's name in 《》 it is the post
 * (`《北岸晚报》编辑宋立川`, `芬兰《湖区日报》编辑马丁·海宁`), read with the publication and its country
 * as `publicationTitleStart` reads them.
 */
export const PUBLICATION_ONLY_POSTS = ["专栏作家", "撰稿人", "评论员", "编辑"];

/** Where a publication's post ending at `end` starts (publication and country included), or null. */
export function publicationPostStart(
  chars: readonly string[],
  end: number,
  places: ReadonlySet<string>,
): number | null {
  for (const post of PUBLICATION_ONLY_POSTS) {
    const start = end - post.length;
    if (start < 1 || chars.slice(start, end).join("") !== post) continue;
    return publicationTitleStart(chars, start, end, places);
  }
  return null;
}
