import * as argon2 from 'argon2';
import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: the code is read off a screen and typed over. 32 symbols × 16 = 80 bits. */
const TEKENS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const HERSTELCODE_UREN = 72;

/** A one-time code in groups of four (K7QM-4XRT-W9HP-3DNA). */
export function nieuweHerstelcode(): string {
  const tekens = Array.from({ length: 16 }, () => TEKENS[randomInt(TEKENS.length)]).join('');
  return tekens.match(/.{4}/g)!.join('-');
}

/** What is hashed and compared: case and separators do not matter when the code is typed in. */
export function normaliseerHerstelcode(invoer: string): string {
  return invoer.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function hashHerstelcode(code: string): Promise<string> {
  return argon2.hash(normaliseerHerstelcode(code), { type: argon2.argon2id });
}

/** Could this be a one-time code at all? Saves an argon2 verify on every ordinary password. */
export function lijktOpHerstelcode(invoer: string): boolean {
  return normaliseerHerstelcode(invoer).length === 16;
}
