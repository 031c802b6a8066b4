/**
 * An open-addressing table from 32-bit feature ids to row numbers: the model's features are hashes,
 * and a typed-array table looks them up several times faster than a Map and in a fraction of its
 * memory. Key 0 marks an empty slot, so a feature hashing to 0 is stored as 1.
 */
export class FeatureTable {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity: number) {
    let slots = 1024;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.rows = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** Doubles the slots, keeping every key's row (for tables whose final size is unknown). */
  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      let slot = (Math.imul(keys[s]!, 0x9e3779b1) >>> 0) & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[s]!;
      this.rows[slot] = rows[s]!;
    }
  }

  static key(hash: number): number {
    return hash === 0 ? 1 : hash;
  }

  /** The row of a feature id, or -1. */
  get(hash: number): number {
    const key = FeatureTable.key(hash);
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.rows[slot]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row of a feature id, adding it with the next row number when absent. */
  add(hash: number): number {
    const key = FeatureTable.key(hash);
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.rows[slot]!;
      if (k === 0) {
        if (this.size * 2 >= this.keys.length) {
          this.grow();
          return this.add(hash);
        }
        this.keys[slot] = key;
        this.rows[slot] = this.size;
        return this.size++;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Every key with its row, in slot order. */
  *entries(): Generator<[key: number, row: number]> {
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) yield [this.keys[s]!, this.rows[s]!];
  }
}
