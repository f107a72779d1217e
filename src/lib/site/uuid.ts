import { createHash } from 'node:crypto';

/** The RFC 4122 namespace for URLs; the site's own namespace is derived from it, so ids never name a host. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based (SHA-1, version 5) UUID, RFC 4122 §4.3: the same name in the same namespace always gives the same id. */
export function uuidV5(name: string, namespace = URL_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  // Version 5 in the high nibble of byte 6, the RFC 4122 variant in the top bits of byte 8.
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The namespace of this site's ids (feeds and their entries), the same wherever the site is served. */
export const SITE_NAMESPACE = uuidV5('chongqing-district-st-policy-reference');
