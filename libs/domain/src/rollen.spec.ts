import { isRol, ROL_LABELS, ROLLEN } from './rollen';

describe('rollen', () => {
  it('kent precies de vier rollen van het ontwerp, elk met een Nederlands label', () => {
    expect(ROLLEN).toEqual(['klantmanager', 'teamleider', 'beleid', 'beheerder']);
    expect(Object.keys(ROL_LABELS).sort()).toEqual([...ROLLEN].sort());
  });
  it('herkent alleen bekende rollen', () => {
    expect(isRol('teamleider')).toBe(true);
    expect(isRol('Teamleider')).toBe(false);
    expect(isRol('admin')).toBe(false);
    expect(isRol(undefined)).toBe(false);
  });
});
