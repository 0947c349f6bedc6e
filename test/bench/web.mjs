#!/usr/bin/env node
// Lighthouse on the built web app, logged in (not part of `npm test`): `npm run bench:web`. See docs/performance.md.
//
// Builds api and web (Nx rebuilds only what changed), starts the product as the browser tests do (free loopback
// port, fresh data folder, embedded PostgreSQL, demo data), logs in through the API and measures three pages with
// the session cookie as an extra header: werkvoorraad (km1), the dossier of one of km1's clients, rapportages
// (beleid1). Each page with Lighthouse's default mobile emulation and with its desktop config, LIGHTHOUSE_RUNS times
// (default 3; the figures are medians), categories performance, accessibility and best practices.
// Targets: desktop performance ≥ 90 and accessibility 100 on every page (both presets). Exit code 0 when met, 1 when not, 2 on an
// error. The reports (JSON) go to test-results/lighthouse/.
// Chromium comes from Debian (/usr/bin/chromium, or CHROMIUM_PATH); nothing leaves the loopback interface.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RAPPORTEN = join(ROOT, 'test-results/lighthouse');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIEEN = ['performance', 'accessibility', 'best-practices'];
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const DOEL_PRESTATIE = 90;
const DOEL_TOEGANKELIJKHEID = 100;
const CSRF_KOP = { 'X-Requested-With': 'klant-in-beeld' };
const PRESETS = { desktop: desktopConfig, mobile: undefined };
const log = (regel = '') => process.stdout.write(regel + '\n');

if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write(
    `LIGHTHOUSE_RUNS moet een geheel getal van 1 of meer zijn, niet "${process.env.LIGHTHOUSE_RUNS}".\n`,
  );
  process.exit(2);
}

// The browser tests' server support is TypeScript: compile it in memory with swc, as their jest config does.
const require = createRequire(import.meta.url);
require.extensions['.ts'] = (module, bestand) =>
  module._compile(
    swc.transformFileSync(bestand, {
      jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
      module: { type: 'commonjs' },
    }).code,
    bestand,
  );
const { nieuweDataMap, ruimPostgresOp, startServer, vrijePoort } = require('../e2e/support/server.ts');

const opruimen = [];
async function ruimOp() {
  while (opruimen.length)
    await opruimen
      .pop()()
      .catch((e) => process.stderr.write(`opruimen: ${e.message}\n`));
}
for (const signaal of ['SIGINT', 'SIGTERM']) process.on(signaal, () => void ruimOp().finally(() => process.exit(130)));

/** Logs in through the API as the web app does; returns the medewerker and the session cookie as a Cookie header. */
async function inloggen(url, gebruikersnaam) {
  const antwoord = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF_KOP },
    body: JSON.stringify({ gebruikersnaam, wachtwoord: 'demo' }),
  });
  if (!antwoord.ok) throw new Error(`Inloggen als ${gebruikersnaam}: ${antwoord.status} ${await antwoord.text()}`);
  const { medewerker } = await antwoord.json();
  const cookie = antwoord.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`Inloggen als ${gebruikersnaam} gaf geen sessiecookie.`);
  return { medewerker, cookie };
}

async function haal(url, cookie) {
  const antwoord = await fetch(url, { headers: { cookie } });
  if (!antwoord.ok) throw new Error(`GET ${url}: ${antwoord.status} ${await antwoord.text()}`);
  return antwoord.json();
}

const mediaan = (waarden) => {
  const s = [...waarden].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The figures of one report: category scores 0–100, LCP and TBT in ms, CLS, unused JavaScript in KiB. */
function cijfers(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    prestatie: score('performance'),
    toegankelijkheid: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    ongebruiktJs: (lhr.audits['unused-javascript'].details?.overallSavingsBytes ?? 0) / 1024,
  };
}

/** What cost points: failed audits of a category (score below 1, weight above 0), as short lines. */
function verliespunten(lhr, categorie) {
  return lhr.categories[categorie].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map(
      (audit) => `${audit.id} (${Math.round(audit.score * 100)})${audit.displayValue ? `: ${audit.displayValue}` : ''}`,
    );
}

/** One Lighthouse run in a fresh Chromium; a run that Lighthouse itself reports as failed is tried up to twice more. */
async function lighthouseRun(url, preset, cookie, poging = 1) {
  try {
    return await eenRun(url, preset, cookie);
  } catch (fout) {
    if (!(fout instanceof LighthouseFout) || poging >= 3) throw fout;
    log(`  ${fout.message}; opnieuw`);
    return lighthouseRun(url, preset, cookie, poging + 1);
  }
}

class LighthouseFout extends Error {}

async function eenRun(url, preset, cookie) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const resultaat = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIEEN,
        extraHeaders: { Cookie: cookie },
      },
      PRESETS[preset],
    );
    if (!resultaat) throw new Error(`Lighthouse gaf geen resultaat voor ${url}`);
    const { lhr } = resultaat;
    if (lhr.runtimeError)
      throw new LighthouseFout(`Lighthouse op ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    // A lost session would measure the login page instead of the page asked for.
    const me = lhr.audits['network-requests'].details.items.find((verzoek) =>
      ['/api/v1/me', '/api/me'].includes(new URL(verzoek.url).pathname),
    );
    if (me?.statusCode !== 200)
      throw new Error(`${url}: GET /api/me gaf ${me?.statusCode ?? 'geen antwoord'}; de sessie werkt niet`);
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`${url} eindigde op ${lhr.finalDisplayedUrl}`);
    return { lhr, rapport: resultaat.report };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  log('Bouwen (api, web): Nx bouwt alleen wat veranderd is…');
  const bouw = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (bouw.status !== 0) throw new Error('Het bouwen is mislukt.');

  const dataMap = nieuweDataMap();
  opruimen.push(async () => rmSync(dataMap, { recursive: true, force: true }));
  opruimen.push(() => ruimPostgresOp(dataMap));
  const server = await startServer({ DATA_DIR: dataMap, EMBEDDED_POSTGRES_PORT: String(await vrijePoort()) });
  opruimen.push(async () => {
    const code = await server.stop();
    if (code !== 0) throw new Error(`De server stopte niet netjes (code ${code}):\n${server.uitvoer()}`);
  });
  log(`Product draait op ${server.url}`);

  const km1 = await inloggen(server.url, 'km1');
  const beleid1 = await inloggen(server.url, 'beleid1');
  const klanten = await haal(`${server.url}/api/klanten?klantmanagerId=${km1.medewerker.id}&pageSize=1`, km1.cookie);
  if (!klanten.items.length) throw new Error('km1 heeft geen klanten in de demodata.');
  const paginas = [
    { naam: 'werkvoorraad', url: `${server.url}/werkvoorraad`, cookie: km1.cookie },
    { naam: 'dossier', url: `${server.url}/klanten/${klanten.items[0].id}`, cookie: km1.cookie },
    { naam: 'rapportages', url: `${server.url}/rapportages`, cookie: beleid1.cookie },
  ];

  rmSync(RAPPORTEN, { recursive: true, force: true });
  mkdirSync(RAPPORTEN, { recursive: true });
  const lading = [loadavg()[0]];

  // A warm-up per page (JIT of the server, the database's caches), not counted.
  for (const pagina of paginas) await lighthouseRun(pagina.url, 'desktop', pagina.cookie);

  // Runs interleaved: a burst of load from the other users of this machine hits every page and preset alike.
  const metingen = new Map();
  let omgeving;
  for (let run = 1; run <= RUNS; run++) {
    for (const pagina of paginas) {
      for (const preset of Object.keys(PRESETS)) {
        const { lhr, rapport } = await lighthouseRun(pagina.url, preset, pagina.cookie);
        writeFileSync(join(RAPPORTEN, `${pagina.naam}-${preset}-${run}.json`), rapport);
        omgeving ??= lhr;
        const sleutel = `${pagina.naam}|${preset}`;
        if (!metingen.has(sleutel)) metingen.set(sleutel, { pagina: pagina.naam, preset, runs: [] });
        metingen.get(sleutel).runs.push({ lhr, cijfers: cijfers(lhr) });
        const c = cijfers(lhr);
        log(
          `  run ${run}/${RUNS} ${pagina.naam.padEnd(12)} ${preset.padEnd(7)} prestatie ${c.prestatie}, toegankelijkheid ${c.toegankelijkheid}`,
        );
      }
    }
    lading.push(loadavg()[0]);
  }

  // The user agent carries only the major version: ask the binary itself.
  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.match(/[\d.]+/)?.[0] ?? '?';
  log();
  log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), load average (1 min) ${lading.map((l) => l.toFixed(1)).join(' → ')}`,
  );
  log(
    `Chromium ${chromium}, Lighthouse ${omgeving.lighthouseVersion}, benchmarkIndex ${omgeving.environment.benchmarkIndex}; mediaan van ${RUNS} runs`,
  );
  log();
  const kop = [
    'pagina',
    'preset',
    'prestatie',
    'toegankelijkheid',
    'best practices',
    'LCP ms',
    'TBT ms',
    'CLS',
    'ongebruikt JS KiB',
  ];
  log(`| ${kop.join(' | ')} |`);
  log(`|${kop.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`);
  const doelen = [];
  const opmerkingen = [];
  for (const { pagina, preset, runs } of metingen.values()) {
    const m = (veld) => mediaan(runs.map((r) => r.cijfers[veld]));
    log(
      `| ${pagina} | ${preset} | ${m('prestatie')} | ${m('toegankelijkheid')} | ${m('bestPractices')} | ${m('lcp').toFixed(0)} | ${m('tbt').toFixed(0)} | ${m('cls').toFixed(3)} | ${m('ongebruiktJs').toFixed(0)} |`,
    );
    const laatste = runs[runs.length - 1].lhr;
    if (preset === 'desktop') {
      doelen.push({
        tekst: `${pagina}: desktop prestatie ${m('prestatie')} ≥ ${DOEL_PRESTATIE}`,
        gehaald: m('prestatie') >= DOEL_PRESTATIE,
        waarom: verliespunten(laatste, 'performance'),
      });
    }
    doelen.push({
      tekst: `${pagina}: ${preset} toegankelijkheid ${m('toegankelijkheid')} = ${DOEL_TOEGANKELIJKHEID}`,
      gehaald: m('toegankelijkheid') >= DOEL_TOEGANKELIJKHEID,
      waarom: verliespunten(laatste, 'accessibility'),
    });
    const bp = verliespunten(laatste, 'best-practices');
    if (bp.length) opmerkingen.push(`${pagina} ${preset}, best practices: ${bp.join(', ')}`);
  }
  if (opmerkingen.length) log();
  for (const regel of opmerkingen) log(regel);
  log();
  for (const doel of doelen) {
    log(`${doel.gehaald ? 'PASS' : 'FAIL'}  ${doel.tekst}`);
    if (!doel.gehaald) for (const regel of doel.waarom) log(`        ${regel}`);
  }
  log();
  log(`Rapporten (JSON): ${RAPPORTEN}`);
  return doelen.every((d) => d.gehaald) ? 0 : 1;
}

let code = 2;
try {
  code = await main();
} catch (e) {
  process.stderr.write(`\n${e.stack ?? e}\n`);
} finally {
  await ruimOp();
}
process.exit(code);
