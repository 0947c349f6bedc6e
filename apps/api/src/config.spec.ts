import { ConfigFout, leesStartConfig } from './config';

describe('leesStartConfig', () => {
  it('draait zonder instellingen op poort 3000 met de ingebouwde database en demodata', () => {
    const config = leesStartConfig({}, '/srv/kib');
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: '/srv/kib/.data', seedDemo: true, demoWachtwoord: 'demo', logLevel: 'info', rapportMaandenVoorbereiden: true });
    expect(leesStartConfig({ RAPPORTAGES_VOORBEREIDEN: 'false' }).rapportMaandenVoorbereiden).toBe(false);
  });

  it('zaait met DATABASE_URL alleen demodata als SEED_DEMO=true', () => {
    const url = 'postgres://kib:geheim@db.example:5432/kib';
    expect(leesStartConfig({ DATABASE_URL: url }).seedDemo).toBe(false);
    expect(leesStartConfig({ DATABASE_URL: url, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('neemt DATA_DIR relatief aan de werkmap', () => {
    expect(leesStartConfig({ DATA_DIR: 'data' }, '/srv/kib').dataDir).toBe('/srv/kib/data');
    expect(leesStartConfig({ DATA_DIR: '/var/lib/kib' }, '/srv/kib').dataDir).toBe('/var/lib/kib');
  });

  it.each([
    [{ DATABASE_URL: 'niet-een-url' }, /DATABASE_URL is geen geldige URL/],
    [{ DATABASE_URL: 'mysql://host/db' }, /moet met postgres:\/\/ of postgresql:\/\/ beginnen/],
    [{ DATABASE_URL: 'postgres://host' }, /mist een host of databasenaam/],
    [{ PORT: 'abc' }, /PORT moet een geheel getal tussen 1 en 65535 zijn/],
    [{ PORT: '70000' }, /PORT moet een geheel getal/],
    [{ LOG_LEVEL: 'luid' }, /LOG_LEVEL moet een van/],
    [{ SEED_DEMO: 'misschien', DATABASE_URL: 'postgres://h/db' }, /SEED_DEMO moet true of false zijn/],
    [{ RAPPORTAGES_VOORBEREIDEN: 'soms' }, /RAPPORTAGES_VOORBEREIDEN moet true of false zijn/],
    [{ JWT_SECRET: 'kort' }, /JWT_SECRET moet minstens 32 tekens/],
  ])('weigert %p met een duidelijke melding', (env, melding) => {
    expect(() => leesStartConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigFout);
    expect(() => leesStartConfig(env as NodeJS.ProcessEnv)).toThrow(melding);
  });
});
