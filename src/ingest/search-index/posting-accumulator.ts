/**
 * One term's posting list while the index is built: ids arrive in ascending order and are written
 * straight away as varint gaps (the LIST encoding), so a term costs its encoded size and no more.
 */
export class PostingAccumulator {
  df = 0;
  private last = -1;
  private bytes = new Uint8Array(4);
  private length = 0;

  add(id: number): void {
    if (id <= this.last) return;
    let gap = id - this.last - 1;
    this.last = id;
    this.df++;
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2 + 8);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    while (gap >= 0x80) {
      this.bytes[this.length++] = (gap & 0x7f) | 0x80;
      gap = Math.floor(gap / 128);
    }
    this.bytes[this.length++] = gap;
  }

  /** The LIST encoding of the ids added so far. */
  list(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Appends unsigned LEB128 varints and bytes to a growing buffer. */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  varint(value: number): void {
    this.room(8);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 128) | 0x80;
      value = Math.floor(value / 128);
    }
    this.bytes[this.length++] = value;
  }

  byte(value: number): void {
    this.room(1);
    this.bytes[this.length++] = value;
  }

  write(data: Uint8Array): void {
    this.room(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}
