/**
 * A decoder for the part of CBOR (RFC 8949) that Pagefind's index files use:
 * unsigned and negative integers, text and byte strings, and arrays. Anything
 * else is an error, so a change of format fails loudly instead of misreading.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  const fail = (why: string): never => {
    throw new Error(`CBOR: ${why} at byte ${offset}`);
  };
  const need = (count: number) => {
    if (offset + count > bytes.length) fail(`${count} bytes needed, ${bytes.length - offset} left`);
  };
  /** The argument of a data item's head: a value or a length (-1: indefinite length). */
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) return info === 31 ? -1 : fail(`reserved additional information ${info}`);
    need(size);
    const value =
      size === 1
        ? view.getUint8(offset)
        : size === 2
          ? view.getUint16(offset)
          : size === 4
            ? view.getUint32(offset)
            : Number(view.getBigUint64(offset));
    offset += size;
    return value;
  };
  const item = (): unknown => {
    need(1);
    const head = view.getUint8(offset++);
    const major = head >> 5;
    const length = argument(head & 31);
    if (length === -1 && major !== 4) fail(`indefinite length for major type ${major}`);
    switch (major) {
      case 0:
        return length;
      case 1:
        return -1 - length;
      case 2:
      case 3: {
        need(length);
        const content = bytes.subarray(offset, offset + length);
        offset += length;
        return major === 2 ? content : text.decode(content);
      }
      case 4: {
        const items: unknown[] = [];
        if (length >= 0) for (let i = 0; i < length; i++) items.push(item());
        else {
          for (need(1); view.getUint8(offset) !== 0xff; need(1)) items.push(item());
          offset += 1;
        }
        return items;
      }
      default:
        return fail(`major type ${major} is not used by Pagefind's index`);
    }
  };
  const value = item();
  if (offset !== bytes.length) fail(`${bytes.length - offset} bytes after the end of the value`);
  return value;
}
