/**
 * A word list as a trie over UTF-16 code units, for `matchLexicon`: walking a sentence from each
 * position follows one code unit at a time and builds no strings (slicing every 2–8 character
 * window and looking it up in a Map allocated a string each time: a sixth of the people pass's time
 * and most of its garbage). Edges live in one open-addressing table keyed by (node, code unit),
 * in typed arrays, as `FeatureTable` keeps the model's features.
 */
export class EntryTrie {
  /** Nodes (0 is the root); `isEntry[node]` is 1 when the units from the root to it are an entry. */
  private entryFlags = new Uint8Array(64);
  private nodes = 1;
  private slotNode: Int32Array;
  private slotUnit: Uint16Array;
  /** The child of a slot's edge; 0 marks an empty slot (the root is nobody's child). */
  private slotChild: Int32Array;
  private mask: number;
  private edges = 0;

  /** The entries no longer than `maxUnits` code units (longer ones are never looked up). */
  constructor(entries: Iterable<string>, maxUnits: number) {
    this.slotNode = new Int32Array(1024);
    this.slotUnit = new Uint16Array(1024);
    this.slotChild = new Int32Array(1024);
    this.mask = 1023;
    for (const entry of entries) {
      if (entry.length > maxUnits) continue;
      let node = 0;
      for (let u = 0; u < entry.length; u++) node = this.addChild(node, entry.charCodeAt(u));
      this.entryFlags[node] = 1;
    }
  }

  /** The node reached from `node` by one code unit, or -1 when no entry continues that way. */
  child(node: number, unit: number): number {
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & this.mask;
    for (;;) {
      const child = this.slotChild[slot]!;
      if (child === 0) return -1;
      if (this.slotNode[slot] === node && this.slotUnit[slot] === unit) return child;
      slot = (slot + 1) & this.mask;
    }
  }

  isEntry(node: number): boolean {
    return this.entryFlags[node] === 1;
  }

  private addChild(node: number, unit: number): number {
    const found = this.child(node, unit);
    if (found >= 0) return found;
    if ((this.edges + 1) * 2 > this.slotChild.length) this.grow();
    const child = this.nodes++;
    if (child >= this.entryFlags.length) {
      const bigger = new Uint8Array(this.entryFlags.length * 2);
      bigger.set(this.entryFlags);
      this.entryFlags = bigger;
    }
    this.place(node, unit, child);
    this.edges++;
    return child;
  }

  private place(node: number, unit: number, child: number): void {
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & this.mask;
    while (this.slotChild[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slotNode[slot] = node;
    this.slotUnit[slot] = unit;
    this.slotChild[slot] = child;
  }

  /** Doubles the edge table, keeping every edge. */
  private grow(): void {
    const { slotNode, slotUnit, slotChild } = this;
    this.slotNode = new Int32Array(slotChild.length * 2);
    this.slotUnit = new Uint16Array(slotChild.length * 2);
    this.slotChild = new Int32Array(slotChild.length * 2);
    this.mask = this.slotChild.length - 1;
    for (let s = 0; s < slotChild.length; s++)
      if (slotChild[s] !== 0) this.place(slotNode[s]!, slotUnit[s]!, slotChild[s]!);
  }
}
