import { wachtwoordProbleem } from './wachtwoordbeleid';

describe('wachtwoordbeleid', () => {
  it('weigert wachtwoorden korter dan 12 tekens', () => {
    expect(wachtwoordProbleem('Kort-maar-9', 'km1')).toBe('moet minstens 12 tekens lang zijn');
    expect(wachtwoordProbleem('paard batterij', 'km1')).toBeUndefined();
  });

  it('weigert veelgebruikte wachtwoorden uit de meegeleverde lijst, ook met cijfers en tekens erachter', () => {
    for (const w of [
      'qwertyuiop123',
      '1q2w3e4r5t6y',
      'Password123456',
      'Welkom2026!!!',
      'wachtwoord1234',
      'aaaaaaaaaaaaaa',
    ]) {
      expect({ w, probleem: wachtwoordProbleem(w, 'km1') }).toEqual({
        w,
        probleem: 'is een veelgebruikt wachtwoord; kies een zin of een reeks losse woorden',
      });
    }
  });

  it('weigert een wachtwoord met de gebruikersnaam erin', () => {
    expect(wachtwoordProbleem('fatima-elamrani-2026', 'fatima-elamrani')).toBe('mag je gebruikersnaam niet bevatten');
  });

  it('laat een lange zin toe', () => {
    expect(wachtwoordProbleem('Koffie om tien bij de balie', 'km1')).toBeUndefined();
  });
});
