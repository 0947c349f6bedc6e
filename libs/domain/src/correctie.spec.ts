import {
  contactmomentCorrectierecht,
  CORRECTIE_TERMIJN_DAGEN,
  laatsteCorrectiedag,
  type Corrigeerder,
  type TeCorrigerenContactmoment,
} from './correctie';
import { ROLLEN } from './rollen';

// Registered on Sunday 1 november 2026, 10:00 Dutch time (winter time, +01:00).
const VASTGELEGD = '2026-11-01T09:00:00Z';
const contact = (velden: Partial<TeCorrigerenContactmoment> = {}): TeCorrigerenContactmoment => ({
  medewerkerId: 'auteur',
  aangemaaktOp: VASTGELEGD,
  klantmanagerId: 'km-a',
  klantTeamId: 'team-a',
  ...velden,
});
const auteur: Corrigeerder = { medewerkerId: 'auteur', rol: 'klantmanager', teamId: 'team-a' };
const collega: Corrigeerder = { medewerkerId: 'collega', rol: 'klantmanager', teamId: 'team-a' };
const teamleiderA: Corrigeerder = { medewerkerId: 'tl-a', rol: 'teamleider', teamId: 'team-a' };
const teamleiderB: Corrigeerder = { medewerkerId: 'tl-b', rol: 'teamleider', teamId: 'team-b' };
const binnen = new Date('2026-11-02T12:00:00Z');

describe('contactmomentCorrectierecht', () => {
  describe('wie', () => {
    it('de auteur mag, ook als teamleider en ook als de klant intussen bij een ander team hoort', () => {
      expect(contactmomentCorrectierecht(auteur, contact(), binnen)).toBe('toegestaan');
      expect(contactmomentCorrectierecht({ ...auteur, rol: 'teamleider' }, contact(), binnen)).toBe('toegestaan');
      expect(contactmomentCorrectierecht(auteur, contact({ klantTeamId: 'team-b' }), binnen)).toBe('toegestaan');
      expect(contactmomentCorrectierecht({ ...auteur, teamId: null }, contact(), binnen)).toBe('toegestaan');
    });

    it('een teamleider van het team van de klant mag, ook wat een ander vastlegde', () => {
      expect(contactmomentCorrectierecht(teamleiderA, contact(), binnen)).toBe('toegestaan');
    });

    it('een teamleider van een ander team mag niet', () => {
      expect(contactmomentCorrectierecht(teamleiderB, contact(), binnen)).toBe('niet_bevoegd');
      // Also not when the author was of his team: what counts is the client's team now.
      expect(contactmomentCorrectierecht(teamleiderB, contact({ medewerkerId: 'km-van-b' }), binnen)).toBe(
        'niet_bevoegd',
      );
    });

    it('een klant zonder klantmanager hoort bij elk team: elke teamleider mag', () => {
      const zonder = contact({ klantmanagerId: null, klantTeamId: null });
      expect(contactmomentCorrectierecht(teamleiderA, zonder, binnen)).toBe('toegestaan');
      expect(contactmomentCorrectierecht(teamleiderB, zonder, binnen)).toBe('toegestaan');
      expect(contactmomentCorrectierecht(collega, zonder, binnen)).toBe('niet_bevoegd');
    });

    it('een klantmanager van een klant zonder team of een teamleider zonder team mag niet', () => {
      // The klantmanager has no team: there is no team whose teamleider could correct it.
      expect(contactmomentCorrectierecht(teamleiderA, contact({ klantTeamId: null }), binnen)).toBe('niet_bevoegd');
      expect(
        contactmomentCorrectierecht({ ...teamleiderA, teamId: null }, contact({ klantTeamId: null }), binnen),
      ).toBe('niet_bevoegd');
    });

    it('een collega-klantmanager van hetzelfde team mag niet, ook niet de klantmanager van de klant', () => {
      expect(contactmomentCorrectierecht(collega, contact(), binnen)).toBe('niet_bevoegd');
      expect(contactmomentCorrectierecht({ ...collega, medewerkerId: 'km-a' }, contact(), binnen)).toBe('niet_bevoegd');
    });

    it.each(ROLLEN.filter((rol) => rol !== 'klantmanager' && rol !== 'teamleider'))(
      '%s mag nooit, ook niet als auteur of van het team',
      (rol) => {
        expect(contactmomentCorrectierecht({ medewerkerId: 'auteur', rol, teamId: 'team-a' }, contact(), binnen)).toBe(
          'niet_bevoegd',
        );
        expect(
          contactmomentCorrectierecht(
            { medewerkerId: 'ander', rol, teamId: 'team-a' },
            contact({ klantmanagerId: null, klantTeamId: null }),
            binnen,
          ),
        ).toBe('niet_bevoegd');
      },
    );

    it('wie niet bevoegd is hoort niets over de termijn', () => {
      expect(contactmomentCorrectierecht(collega, contact(), new Date('2027-06-01T12:00:00Z'))).toBe('niet_bevoegd');
      expect(contactmomentCorrectierecht(teamleiderB, contact(), new Date('2027-06-01T12:00:00Z'))).toBe(
        'niet_bevoegd',
      );
    });
  });

  describe('tot wanneer', () => {
    it(`de termijn is ${CORRECTIE_TERMIJN_DAGEN} kalenderdagen na de dag van vastleggen`, () => {
      expect(laatsteCorrectiedag(VASTGELEGD)).toBe('2026-12-01');
      expect(laatsteCorrectiedag(new Date(VASTGELEGD))).toBe('2026-12-01');
    });

    it.each([auteur, teamleiderA])(
      'precies 30 dagen later mag het nog, de hele dag; de dag erna niet (%o)',
      (vrager) => {
        expect(contactmomentCorrectierecht(vrager, contact(), new Date('2026-12-01T09:00:00Z'))).toBe('toegestaan'); // exactly 30 × 24 h
        expect(contactmomentCorrectierecht(vrager, contact(), new Date('2026-12-01T22:59:59Z'))).toBe('toegestaan'); // 23:59:59 Dutch time
        expect(contactmomentCorrectierecht(vrager, contact(), new Date('2026-12-01T23:00:00Z'))).toBe(
          'termijn_verstreken',
        ); // 2 december 00:00
        expect(contactmomentCorrectierecht(vrager, contact(), new Date('2027-03-01T12:00:00Z'))).toBe(
          'termijn_verstreken',
        );
      },
    );

    it('direct na het vastleggen mag het', () => {
      expect(contactmomentCorrectierecht(auteur, contact(), new Date(VASTGELEGD))).toBe('toegestaan');
    });

    it('telt in Nederlandse kalenderdagen: vastgelegd om 00:30 is die dag, niet de UTC-dag ervoor', () => {
      // 1 november 00:30 Dutch time is 31 oktober 23:30 UTC.
      const vlakNaMiddernacht = contact({ aangemaaktOp: '2026-10-31T23:30:00Z' });
      expect(laatsteCorrectiedag('2026-10-31T23:30:00Z')).toBe('2026-12-01');
      expect(contactmomentCorrectierecht(auteur, vlakNaMiddernacht, new Date('2026-12-01T22:00:00Z'))).toBe(
        'toegestaan',
      );
    });

    it('over de overgang naar wintertijd blijft het 30 kalenderdagen', () => {
      // Registered 10 october 2026 23:30 Dutch summer time (21:30 UTC); winter time starts 25 october.
      const zomer = contact({ aangemaaktOp: '2026-10-10T21:30:00Z' });
      expect(laatsteCorrectiedag('2026-10-10T21:30:00Z')).toBe('2026-11-09');
      expect(contactmomentCorrectierecht(auteur, zomer, new Date('2026-11-09T22:59:59Z'))).toBe('toegestaan');
      expect(contactmomentCorrectierecht(auteur, zomer, new Date('2026-11-09T23:00:00Z'))).toBe('termijn_verstreken');
    });

    it('een tijdstip van vastleggen in de toekomst (klokverschil) geeft geen probleem', () => {
      expect(contactmomentCorrectierecht(auteur, contact({ aangemaaktOp: '2026-11-02T13:00:00Z' }), binnen)).toBe(
        'toegestaan',
      );
    });
  });
});
