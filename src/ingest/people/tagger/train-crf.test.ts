import { describe, expect, it } from "vitest";
import { allSequences } from "./brute-force.test-helper";
import { FEATURES_PER_CHAR, featuresPerChar, sentenceFeatures, toTaggerInput } from "./char-features";
import { EMPTY_LEXICONS } from "./lexicons";
import { spansToTags, TAG_COUNT } from "./tags";
import { forwardBackward, trainCrf } from "./train-crf";
import type { TrainedWeights } from "./training-data";
import { TaggerModel } from "./tagger-model";
import { mulberry32 } from "../../seeded-random";

describe("forward-backward", () => {
  it("matches brute force: log Z and the tag marginals", () => {
    const random = mulberry32(7);
    const n = 4;
    const em = Float64Array.from({ length: n * TAG_COUNT }, () => random() * 4 - 2);
    const trans = Float64Array.from({ length: TAG_COUNT * TAG_COUNT }, () => random() - 0.5);
    const { marginals, logZ } = forwardBackward(em, n, trans);
    const seqs = allSequences(em, n, trans);
    const z = seqs.reduce((s, q) => s + Math.exp(q.score), 0);
    expect(logZ).toBeCloseTo(Math.log(z), 9);
    for (let p = 0; p < n; p++) {
      for (let t = 0; t < TAG_COUNT; t++) {
        const want = seqs.filter((q) => q.tags[p] === t).reduce((s, q) => s + Math.exp(q.score), 0) / z;
        expect(marginals[p * TAG_COUNT + t]).toBeCloseTo(want, 9);
      }
    }
  });
});

describe("CRF training", () => {
  it("learns that the word before 说 is a name, for names it never saw", () => {
    const given = "明华国强建军丽红志平";
    const surnames = "王李张刘陈杨黄赵";
    const random = mulberry32(3);
    const pick = (s: string) => s[Math.floor(random() * s.length)]!;
    const examples = Array.from({ length: 300 }, (_, i) => {
      const name = pick(surnames) + pick(given) + (i % 2 === 0 ? pick(given) : "");
      const text = `今天${name}说，会议很好。`;
      const input = toTaggerInput(text);
      return {
        features: sentenceFeatures(input, EMPTY_LEXICONS),
        tags: spansToTags(input.chars.length, [{ start: 2, end: 2 + name.length }]),
      };
    });
    const w = trainCrf(examples, {
      featuresPerChar: FEATURES_PER_CHAR,
      epochs: 3,
      minCount: 1,
      seed: 1,
      l2: 1,
      learningRate: 0.1,
    });
    const model = new TaggerModel(w.keys, w.weights, w.transitions, EMPTY_LEXICONS);
    expect(model.tagSentence("今天周天明说，会议很好。").spans.map((s) => s.text)).toEqual(["周天明"]);
    expect(model.tagSentence("今天会议很好。").spans).toEqual([]);
  });

  it("trains and tags with the character-cluster features (a model whose lexicons carry clusters)", () => {
    const given = "明华国强建军丽红志平";
    const lexicons = { ...EMPTY_LEXICONS, charClusters: new Map(Array.from(given + "天芳", (c) => [c, 4])) };
    const random = mulberry32(3);
    const pick = (s: string) => s[Math.floor(random() * s.length)]!;
    const examples = Array.from({ length: 300 }, () => {
      const name = pick("王李张刘陈杨黄赵") + pick(given) + pick(given);
      const input = toTaggerInput(`今天${name}说，会议很好。`);
      const features = sentenceFeatures(input, lexicons);
      expect(features).toHaveLength(input.chars.length * featuresPerChar(lexicons));
      return { features, tags: spansToTags(input.chars.length, [{ start: 2, end: 5 }]) };
    });
    const options = { epochs: 3, minCount: 1, seed: 1, l2: 1, learningRate: 0.1 };
    const w = trainCrf(examples, { ...options, featuresPerChar: featuresPerChar(lexicons) });
    const model = new TaggerModel(w.keys, w.weights, w.transitions, lexicons);
    expect(model.tagSentence("今天周天芳说，会议很好。").spans.map((s) => s.text)).toEqual(["周天芳"]);
    expect(model.tagSentence("今天会议很好。").spans).toEqual([]);
  });

  it("is deterministic", () => {
    const make = () => {
      const input = toTaggerInput("李明说好。");
      return [{ features: sentenceFeatures(input, EMPTY_LEXICONS), tags: spansToTags(5, [{ start: 0, end: 2 }]) }];
    };
    const options = { featuresPerChar: FEATURES_PER_CHAR, epochs: 2, minCount: 1, seed: 5, l2: 1, learningRate: 0.1 };
    expect(trainCrf(make(), options)).toEqual(trainCrf(make(), options));
  });

  it("averages the weights of the steps from averageFrom on (averaged SGD), and still learns", () => {
    const make = () =>
      ["李明说好。", "王强说不。", "今天很好。"].map((text, i) => {
        const input = toTaggerInput(text);
        const spans = i < 2 ? [{ start: 0, end: 2 }] : [];
        return { features: sentenceFeatures(input, EMPTY_LEXICONS), tags: spansToTags(input.chars.length, spans) };
      });
    const options = { featuresPerChar: FEATURES_PER_CHAR, epochs: 6, minCount: 1, seed: 5, l2: 1, learningRate: 0.1 };
    const plain = trainCrf(make(), options);
    const averaged = trainCrf(make(), { ...options, averageFrom: 4 });
    expect(averaged.keys).toEqual(plain.keys);
    expect(Array.from(averaged.weights)).not.toEqual(Array.from(plain.weights));
    expect(Array.from(averaged.transitions)).not.toEqual(Array.from(plain.transitions));
    const model = new TaggerModel(averaged.keys, averaged.weights, averaged.transitions, EMPTY_LEXICONS);
    expect(model.tagSentence("李明说好。").spans.map((s) => s.text)).toEqual(["李明"]);
    expect(trainCrf(make(), { ...options, averageFrom: 4 })).toEqual(averaged);
  });

  it("gives, at a snapshot epoch, the weights of a training that stops there (plain and averaged)", () => {
    const make = () =>
      ["李明说好。", "王强说不。", "今天很好。", "张华来了。"].map((text, i) => {
        const input = toTaggerInput(text);
        const spans = i !== 2 ? [{ start: 0, end: 2 }] : [];
        return { features: sentenceFeatures(input, EMPTY_LEXICONS), tags: spansToTags(input.chars.length, spans) };
      });
    const options = { featuresPerChar: FEATURES_PER_CHAR, minCount: 1, seed: 5, l2: 1, learningRate: 0.1 };
    for (const averaging of [{}, { averageFrom: 2 }]) {
      const snapshots = new Map<number, TrainedWeights>();
      const long = trainCrf(make(), {
        ...options,
        ...averaging,
        epochs: 6,
        snapshotAt: [3, 4, 6],
        onSnapshot: (epoch, w) => snapshots.set(epoch, w),
      });
      expect([...snapshots.keys()]).toEqual([3, 4]);
      expect(snapshots.get(3)).toEqual(trainCrf(make(), { ...options, ...averaging, epochs: 3 }));
      expect(snapshots.get(4)).toEqual(trainCrf(make(), { ...options, ...averaging, epochs: 4 }));
      expect(Array.from(snapshots.get(3)!.weights)).not.toEqual(Array.from(long.weights));
      expect(long).toEqual(trainCrf(make(), { ...options, ...averaging, epochs: 6 }));
    }
  });
});
