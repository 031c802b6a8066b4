import { OPS } from "./pdfjs";
import { describe, expect, it } from "vitest";
import { withDrawnBoxes, type OperatorList } from "./read-pdf";

const text = { width: 600, height: 800, items: [] };
const boxes = (list: OperatorList) => withDrawnBoxes(text, list).images;

/** `save, transform, paint, restore` for each matrix: the operator list `getOperatorList` gives. */
function unrolled(paint: number, args: unknown[], matrices: number[][]): OperatorList {
  const fnArray: number[] = [];
  const argsArray: unknown[] = [];
  for (const m of matrices) {
    fnArray.push(OPS.save, OPS.transform, paint, OPS.restore);
    argsArray.push(null, m, args, null);
  }
  return { fnArray, argsArray };
}

describe("drawn image boxes", () => {
  // Three images in a row, as a page of thumbnails or a repeated logo draws them.
  const matrices = [
    [100, 0, 0, 50, 10, 700],
    [100, 0, 0, 50, 120, 700],
    [100, 0, 0, 50, 230, 700],
  ];
  const expected = boxes(unrolled(OPS.paintImageXObject, ["img_1"], matrices));

  it("reads each image of a run the same from the groups PDF.js makes when it draws the page", () => {
    expect(expected).toEqual([
      { x: 10, y: 50, w: 100, h: 50 },
      { x: 120, y: 50, w: 100, h: 50 },
      { x: 230, y: 50, w: 100, h: 50 },
    ]);
    const positions = new Float32Array(matrices.flatMap((m) => [m[4]!, m[5]!]));
    expect(boxes({ fnArray: [OPS.paintImageXObjectRepeat], argsArray: [["img_1", 100, 50, positions]] })).toEqual(
      expected,
    );
    expect(
      boxes({ fnArray: [OPS.paintImageMaskXObjectRepeat], argsArray: [["mask", 100, 0, 0, 50, positions]] }),
    ).toEqual(expected);
    expect(
      boxes({
        fnArray: [OPS.paintImageMaskXObjectGroup],
        argsArray: [[matrices.map((transform) => ({ data: null, width: 1, height: 1, transform }))]],
      }),
    ).toEqual(expected);
    expect(
      boxes({
        fnArray: [OPS.paintInlineImageXObjectGroup],
        argsArray: [[{ width: 1, height: 1 }, matrices.map((transform) => ({ transform, x: 0, y: 0, w: 1, h: 1 }))]],
      }),
    ).toEqual(expected);
  });

  it("places a group under the transform in force", () => {
    const positions = new Float32Array([0, 0]);
    const list = {
      fnArray: [OPS.transform, OPS.paintImageXObjectRepeat],
      argsArray: [
        [1, 0, 0, 1, 50, 100],
        ["img_1", 20, 10, positions],
      ],
    };
    expect(boxes(list)).toEqual([{ x: 50, y: 690, w: 20, h: 10 }]);
  });
});
