import * as argon2 from 'argon2';
import { hashHerstelcode, lijktOpHerstelcode, nieuweHerstelcode, normaliseerHerstelcode } from './herstelcode';

describe('eenmalige code', () => {
  it('is 16 tekens in groepjes van vier, zonder tekens die op elkaar lijken', () => {
    const codes = Array.from({ length: 200 }, nieuweHerstelcode);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
      expect(code).not.toMatch(/[01ILO]/);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('maakt hoofdletters en scheidingstekens niet uit bij het intypen', () => {
    expect(normaliseerHerstelcode(' k7qm-4xrt w9hp_3dna ')).toBe('K7QM4XRTW9HP3DNA');
    expect(lijktOpHerstelcode('k7qm4xrtw9hp3dna')).toBe(true);
    expect(lijktOpHerstelcode('Fietsenmaker-Zonnebloem-77')).toBe(false);
    expect(lijktOpHerstelcode('demo')).toBe(false);
  });

  it('bewaart alleen een argon2id-hash, die de code in elke schrijfwijze herkent', async () => {
    const code = nieuweHerstelcode();
    const hash = await hashHerstelcode(code);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain(code);
    expect(await argon2.verify(hash, normaliseerHerstelcode(code.toLowerCase().replace(/-/g, ' ')))).toBe(true);
    expect(await argon2.verify(hash, normaliseerHerstelcode(nieuweHerstelcode()))).toBe(false);
  });
});
