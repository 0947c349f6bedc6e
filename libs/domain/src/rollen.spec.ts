import { isRol, ROL_LABELS, ROLLEN, TOTP_VERPLICHT_ROLLEN } from './rollen';

describe('rollen', () => {
  it('kent precies de zes rollen van het ontwerp, elk met een Nederlands label', () => {
    expect(ROLLEN).toEqual(['klantmanager', 'teamleider', 'beleid', 'beheerder', 'privacy', 'extern']);
    expect(Object.keys(ROL_LABELS).sort()).toEqual([...ROLLEN].sort());
  });
  it('vraagt een tweede stap van beheerder en privacyfunctionaris', () => {
    expect([...TOTP_VERPLICHT_ROLLEN].sort()).toEqual(['beheerder', 'privacy']);
  });
  it('herkent alleen bekende rollen', () => {
    expect(isRol('teamleider')).toBe(true);
    expect(isRol('privacy')).toBe(true);
    expect(isRol('Teamleider')).toBe(false);
    expect(isRol('admin')).toBe(false);
    expect(isRol(undefined)).toBe(false);
  });
});
