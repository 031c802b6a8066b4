/** Int32s a slot: node, code unit, child, unused (16 bytes, so a slot never straddles two cache lines). */
const SLOT = 4;

/**
 * A word list as a trie over UTF-16 code units, for `matchLexicon`: walking a sentence from each
 * position follows one code unit at a time and builds no strings (slicing every 2–8 character
 * window and looking it up in a Map allocated a string each time: a sixth of the people pass's time
 * and most of its garbage). Edges live in one open-addressing table keyed by (node, code unit), a
 * slot's node, unit and child side by side in one typed array (one cache line a probe, where three
 * arrays cost three).
 */
export class EntryTrie {
  /** Nodes (0 is the root); `isEntry[node]` is 1 when the units from the root to it are an entry. */
  private entryFlags = new Uint8Array(64);
  private nodes = 1;
  /**
   * `SLOT` int32s a slot: its edge's node, code unit and child, and one unused. The child 0 marks an
   * empty slot (the root is nobody's child).
   */
  private slots: Int32Array;
  private mask: number;
  private edges = 0;

  /** The entries no longer than `maxUnits` code units (longer ones are never looked up). */
  constructor(entries: Iterable<string>, maxUnits: number) {
    this.slots = new Int32Array(1024 * SLOT);
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
    const { slots, mask } = this;
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
    for (;;) {
      const at = slot * SLOT;
      const child = slots[at + 2]!;
      if (child === 0) return -1;
      if (slots[at] === node && slots[at + 1] === unit) return child;
      slot = (slot + 1) & mask;
    }
  }

  isEntry(node: number): boolean {
    return this.entryFlags[node] === 1;
  }

  private addChild(node: number, unit: number): number {
    const found = this.child(node, unit);
    if (found >= 0) return found;
    if ((this.edges + 1) * 2 > this.mask + 1) this.grow();
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
    while (this.slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * SLOT] = node;
    this.slots[slot * SLOT + 1] = unit;
    this.slots[slot * SLOT + 2] = child;
  }

  /** Doubles the edge table, keeping every edge. */
  private grow(): void {
    const old = this.slots;
    const oldSlots = this.mask + 1;
    this.slots = new Int32Array(oldSlots * 2 * SLOT);
    this.mask = oldSlots * 2 - 1;
    for (let s = 0; s < oldSlots; s++) {
      const at = s * SLOT;
      if (old[at + 2] !== 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
    }
  }
}
