import { ROLLEN, type Rol } from './rollen';
import { klantToegang, type KlantPositie } from './toegang';

const klant = (velden: Partial<KlantPositie> = {}): KlantPositie => ({
  klantmanagerId: 'km-a',
  klantTeamId: 'team-a',
  doorbrokenVandaag: false,
  inLopendeCampagneVanVrager: false,
  ...velden,
});

describe('klantToegang', () => {
  it.each(['klantmanager', 'teamleider'] as const)(
    '%s: eigen team en klanten zonder klantmanager, anders buiten team',
    (rol) => {
      const vrager = { rol, teamId: 'team-a' };
      expect(klantToegang(vrager, klant())).toBe('toegestaan');
      expect(klantToegang(vrager, klant({ klantmanagerId: null, klantTeamId: null }))).toBe('toegestaan');
      expect(klantToegang(vrager, klant({ klantTeamId: 'team-b' }))).toBe('buiten_team');
      expect(klantToegang(vrager, klant({ klantTeamId: null }))).toBe('buiten_team');
    },
  );

  it('doorbreken opent een klant van een ander team, alleen voor de teamrollen', () => {
    const anderTeam = klant({ klantTeamId: 'team-b', doorbrokenVandaag: true });
    expect(klantToegang({ rol: 'klantmanager', teamId: 'team-a' }, anderTeam)).toBe('toegestaan');
    expect(klantToegang({ rol: 'teamleider', teamId: 'team-a' }, anderTeam)).toBe('toegestaan');
    expect(klantToegang({ rol: 'extern', teamId: null }, anderTeam)).toBe('geen_toegang');
    expect(klantToegang({ rol: 'beheerder', teamId: null }, anderTeam)).toBe('geen_toegang');
  });

  it('een lopende campagne opent de klant ook voor de teamrollen die eraan werken', () => {
    const anderTeam = klant({ klantTeamId: 'team-b', inLopendeCampagneVanVrager: true });
    expect(klantToegang({ rol: 'klantmanager', teamId: 'team-a' }, anderTeam)).toBe('toegestaan');
    expect(klantToegang({ rol: 'teamleider', teamId: null }, anderTeam)).toBe('toegestaan');
    expect(klantToegang({ rol: 'beleid', teamId: 'team-a' }, anderTeam)).toBe('geen_toegang');
  });

  it('een medewerker zonder team ziet alleen klanten zonder klantmanager', () => {
    const vrager = { rol: 'klantmanager' as const, teamId: null };
    expect(klantToegang(vrager, klant({ klantmanagerId: null, klantTeamId: null }))).toBe('toegestaan');
    expect(klantToegang(vrager, klant({ klantTeamId: null }))).toBe('buiten_team');
  });

  it('extern ziet alleen de klanten van een lopende campagne waaraan hij werkt', () => {
    const vrager = { rol: 'extern' as const, teamId: null };
    expect(klantToegang(vrager, klant({ inLopendeCampagneVanVrager: true }))).toBe('toegestaan');
    expect(klantToegang(vrager, klant({ klantmanagerId: null, klantTeamId: null }))).toBe('geen_toegang');
  });

  it('beleid, beheerder en privacy zien nooit klantgegevens, wat de klant ook is', () => {
    const zonderDossier: Rol[] = ROLLEN.filter((r) => !['klantmanager', 'teamleider', 'extern'].includes(r));
    expect(zonderDossier.sort()).toEqual(['beheerder', 'beleid', 'privacy']);
    for (const rol of zonderDossier) {
      for (const positie of [
        klant(),
        klant({ klantmanagerId: null, klantTeamId: null }),
        klant({ doorbrokenVandaag: true, inLopendeCampagneVanVrager: true }),
      ]) {
        expect(klantToegang({ rol, teamId: 'team-a' }, positie)).toBe('geen_toegang');
      }
    }
  });
});
