/** Unsigned LEB128, the integer encoding of posting shards: small gaps cost one byte. */
export class ByteReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.bytes.length) throw new Error("posting data ends inside a number");
      const b = this.bytes[this.pos++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
  }

  byte(): number {
    if (this.pos >= this.bytes.length) throw new Error("posting data ends early");
    return this.bytes[this.pos++]!;
  }

  take(length: number): Uint8Array {
    if (this.pos + length > this.bytes.length) throw new Error("posting data ends early");
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
}
