/**
 * A decoder for the part of CBOR (RFC 8949) that Pagefind's index files use:
 * unsigned and negative integers, text and byte strings, and arrays. Anything
 * else is an error, so a change of format fails loudly instead of misreading.
 */
export class CborCursor {
  private readonly view: DataView;
  private readonly text = new TextDecoder('utf-8', { fatal: true });
  readonly bytes: Uint8Array;
  offset: number;
  readonly end: number;

  constructor(bytes: Uint8Array, from = 0, end = bytes.length) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = from;
    this.end = end;
  }

  fail(why: string): never {
    throw new Error(`CBOR: ${why} at byte ${this.offset}`);
  }

  private need(count: number) {
    if (this.offset + count > this.end) this.fail(`${count} bytes needed, ${this.end - this.offset} left`);
  }

  /** Whether an indefinite-length array's items have ended (its break byte is next); consumes the break. */
  atBreak(): boolean {
    this.need(1);
    if (this.view.getUint8(this.offset) !== 0xff) return false;
    this.offset += 1;
    return true;
  }

  /** The argument of the head read last: a value or a length (-1: indefinite length). */
  argument = 0;

  /**
   * Reads a data item's head: returns its major type, and sets `argument`. Not an object per head: a chunk has
   * tens of thousands of them (docs/benchmarks.md, "Index chunks read lazily").
   */
  head(): number {
    this.need(1);
    const initial = this.view.getUint8(this.offset++);
    const major = initial >> 5;
    const info = initial & 31;
    if (info < 24) {
      this.argument = info;
      return major;
    }
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) {
      if (info !== 31) this.fail(`reserved additional information ${info}`);
      if (major !== 4) this.fail(`indefinite length for major type ${major}`);
      this.argument = -1;
      return major;
    }
    this.need(size);
    const at = this.offset;
    this.argument =
      size === 1
        ? this.view.getUint8(at)
        : size === 2
          ? this.view.getUint16(at)
          : size === 4
            ? this.view.getUint32(at)
            : Number(this.view.getBigUint64(at));
    this.offset += size;
    return major;
  }

  /** The head of an array: its length (-1: indefinite, ended by atBreak). */
  arrayHead(what: string): number {
    if (this.head() !== 4) this.fail(`${what} is not an array`);
    return this.argument;
  }

  /** Whether an array of `length` (from arrayHead) has more items after `read` of them. */
  more(length: number, read: number): boolean {
    return length >= 0 ? read < length : !this.atBreak();
  }

  /** The value of a head that is not an array: an integer, or a string's content. */
  private scalar(major: number, argument: number): number | string | Uint8Array {
    switch (major) {
      case 0:
        return argument;
      case 1:
        return -1 - argument;
      case 2:
      case 3: {
        this.need(argument);
        const content = this.bytes.subarray(this.offset, this.offset + argument);
        this.offset += argument;
        return major === 2 ? content : this.text.decode(content);
      }
      default:
        return this.fail(`major type ${major} is not used by Pagefind's index`);
    }
  }

  /** The next data item, decoded. */
  item(): unknown {
    const major = this.head();
    const argument = this.argument;
    if (major !== 4) return this.scalar(major, argument);
    const items: unknown[] = [];
    for (let read = 0; this.more(argument, read); read++) items.push(this.item());
    return items;
  }

  /** Past the next data item, without decoding it. */
  skip(): void {
    const major = this.head();
    const argument = this.argument;
    if (major === 2 || major === 3) {
      this.need(argument);
      this.offset += argument;
    } else if (major === 4) {
      for (let read = 0; this.more(argument, read); read++) this.skip();
    } else if (major !== 0 && major !== 1) this.fail(`major type ${major} is not used by Pagefind's index`);
  }
}

export function decodeCbor(bytes: Uint8Array): unknown {
  const cursor = new CborCursor(bytes);
  const value = cursor.item();
  if (cursor.offset !== bytes.length) cursor.fail(`${bytes.length - cursor.offset} bytes after the end of the value`);
  return value;
}
