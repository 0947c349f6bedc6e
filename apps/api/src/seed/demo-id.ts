import { createHash } from 'node:crypto';

/** A stable UUID for a piece of demo data, so every fresh demo installation has the same ids. */
export function demoId(sleutel: string): string {
  const hex = createHash('sha1').update(`klant-in-beeld-demo:${sleutel}`).digest('hex');
  // Shaped as a version-5 (name-based) UUID.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
