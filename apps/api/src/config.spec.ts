import { ConfigFout, leesStartConfig } from './config';

describe('leesStartConfig', () => {
  it('draait zonder instellingen op poort 3000 met de ingebouwde database en demodata', () => {
    const config = leesStartConfig({}, '/srv/kib');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/kib/.data',
      seedDemo: true,
      demoWachtwoord: 'demo',
      logLevel: 'info',
      rapportMaandenVoorbereiden: true,
    });
    expect(leesStartConfig({ RAPPORTAGES_VOORBEREIDEN: 'false' }).rapportMaandenVoorbereiden).toBe(false);
    expect(leesStartConfig({}).trendLiveKlantmaanden).toBe(100_000);
    expect(leesStartConfig({ RAPPORT_TREND_LIVE_KLANTMAANDEN: '5000' }).trendLiveKlantmaanden).toBe(5000);
  });

  it('draait de demo-inlogdienst alleen met DEMO_OIDC=true, standaard op poort 3001', () => {
    expect(leesStartConfig({})).toMatchObject({ demoOidc: false, demoOidcPort: 3001 });
    expect(leesStartConfig({ DEMO_OIDC: 'true', DEMO_OIDC_PORT: '4001' })).toMatchObject({
      demoOidc: true,
      demoOidcPort: 4001,
    });
    expect(() => leesStartConfig({ DEMO_OIDC: 'misschien' })).toThrow(ConfigFout);
    expect(() => leesStartConfig({ DEMO_OIDC_PORT: '70000' })).toThrow('DEMO_OIDC_PORT');
  });

  it('zaait met DATABASE_URL alleen demodata als SEED_DEMO=true', () => {
    const url = 'postgres://kib:geheim@db.example:5432/kib';
    expect(leesStartConfig({ DATABASE_URL: url }).seedDemo).toBe(false);
    expect(leesStartConfig({ DATABASE_URL: url, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('neemt de beveiligingsinstellingen over, met veilige standaarden', () => {
    expect(leesStartConfig({})).toMatchObject({
      trustProxy: false,
      hstsMaxAge: 0,
      sessieInactiefMinuten: 30,
      sessieMaxUren: 9,
      demoTotpGeheim: 'JBSWY3DPEHPK3PXP',
    });
    expect(leesStartConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(leesStartConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      'loopback',
    ]);
    expect(leesStartConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(
      leesStartConfig({ SESSIE_INACTIEF_MINUTEN: '15', SESSIE_MAX_UREN: '8', HSTS_MAX_AGE: '31536000' }),
    ).toMatchObject({
      sessieInactiefMinuten: 15,
      sessieMaxUren: 8,
      hstsMaxAge: 31_536_000,
    });
  });

  it('leest rapportages van de replica’s in DATABASE_REPLICA_URLS, tot REPLICA_MAX_ACHTERSTAND_S achterstand', () => {
    const url = 'postgres://kib:geheim@db.example:5432/kib';
    expect(leesStartConfig({ DATABASE_URL: url })).toMatchObject({
      databaseReplicaUrls: [],
      replicaMaxAchterstandS: 60,
    });
    expect(
      leesStartConfig({
        DATABASE_URL: url,
        DATABASE_REPLICA_URLS: 'postgres://replica1:5432/kib, postgresql://kib:geheim@replica2/kib,',
        REPLICA_MAX_ACHTERSTAND_S: '2.5',
      }),
    ).toMatchObject({
      databaseReplicaUrls: ['postgres://replica1:5432/kib', 'postgresql://kib:geheim@replica2/kib'],
      replicaMaxAchterstandS: 2.5,
    });
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
    [{ GEHEIMEN_SLEUTEL: 'kort' }, /GEHEIMEN_SLEUTEL moet minstens 32 tekens/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY=true zou elke tussenschakel vertrouwen/],
    [{ TRUST_PROXY: '11' }, /tussen 0 en 10/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY bevat "10.0.0.0\/33"/],
    [{ TRUST_PROXY: 'proxy.example.nl' }, /TRUST_PROXY bevat "proxy.example.nl"/],
    [{ SESSIE_INACTIEF_MINUTEN: '0' }, /SESSIE_INACTIEF_MINUTEN moet een geheel getal tussen 1 en 1440/],
    [{ SESSIE_MAX_UREN: '25' }, /SESSIE_MAX_UREN moet een geheel getal tussen 1 en 24/],
    [{ HSTS_MAX_AGE: '-1' }, /HSTS_MAX_AGE moet een geheel getal/],
    [{ DATABASE_EIGENAAR_URL: 'postgres://h/db' }, /DATABASE_EIGENAAR_URL werkt alleen samen met DATABASE_URL/],
    [{ DEMO_TOTP_GEHEIM: 'geen-base32' }, /DEMO_TOTP_GEHEIM moet base32 zijn/],
    [{ DATABASE_REPLICA_URLS: 'postgres://r/db' }, /DATABASE_REPLICA_URLS werkt alleen samen met DATABASE_URL/],
    [
      { DATABASE_URL: 'postgres://h/db', DATABASE_REPLICA_URLS: 'postgres://r/db,mysql://r2/db' },
      /DATABASE_REPLICA_URLS \(nummer 2\) moet met postgres:\/\/ of postgresql:\/\/ beginnen/,
    ],
    [{ DATABASE_URL: 'postgres://h/db', DATABASE_REPLICA_URLS: 'postgres://r' }, /mist een host of databasenaam/],
    [{ RAPPORT_TREND_LIVE_KLANTMAANDEN: '0' }, /RAPPORT_TREND_LIVE_KLANTMAANDEN moet een geheel getal tussen 1 en/],
    [{ RAPPORT_TREND_LIVE_KLANTMAANDEN: 'veel' }, /RAPPORT_TREND_LIVE_KLANTMAANDEN moet een geheel getal/],
    [{ REPLICA_MAX_ACHTERSTAND_S: '0' }, /REPLICA_MAX_ACHTERSTAND_S moet een positief getal/],
    [{ REPLICA_MAX_ACHTERSTAND_S: '-5' }, /REPLICA_MAX_ACHTERSTAND_S moet een positief getal/],
    [{ REPLICA_MAX_ACHTERSTAND_S: 'een minuut' }, /REPLICA_MAX_ACHTERSTAND_S moet een positief getal/],
  ])('weigert %p met een duidelijke melding', (env, melding) => {
    expect(() => leesStartConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigFout);
    expect(() => leesStartConfig(env as NodeJS.ProcessEnv)).toThrow(melding);
  });
});
