import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets the application must read back (TOTP secrets) are stored encrypted with AES-256-GCM under a key derived
 * from GEHEIMEN_SLEUTEL, so a copy of the database alone does not give them away.
 */
export class Geheimen {
  private readonly sleutel: Buffer;

  constructor(hoofdsleutel: string) {
    this.sleutel = Buffer.from(hkdfSync('sha256', hoofdsleutel, 'klant-in-beeld', 'geheimen-v1', 32));
  }

  versleutel(tekst: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sleutel, iv);
    const inhoud = Buffer.concat([cipher.update(tekst, 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), inhoud]).toString('base64url')}`;
  }

  /** Throws when the text was not made with this key (or was tampered with). */
  ontsleutel(versleuteld: string): string {
    if (!versleuteld.startsWith('v1:')) throw new Error('Onbekend formaat van een versleuteld geheim.');
    const bytes = Buffer.from(versleuteld.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.sleutel, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  }
}
