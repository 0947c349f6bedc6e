// `npm test`: the typecheck, lint, domain rules, web components and API integration tests (one jest run), then the
// browser and process tests against the built product when Chromium is installed (CI installs it; see .ci/run).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (naam) => resolve(root, 'node_modules/.bin', naam);

function stap(titel, opdracht, args) {
  process.stdout.write(`\n▶ ${titel}\n`);
  const resultaat = spawnSync(opdracht, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (resultaat.status !== 0) {
    process.stderr.write(`\n✖ ${titel} is mislukt.\n`);
    process.exit(resultaat.status ?? 1);
  }
}

stap('Typecheck (api, web, libs)', bin('nx'), ['run-many', '-t', 'typecheck', '--outputStyle=static']);
// Lint before the slow jest run; Nx and ESLint cache it, so only projects and files that changed are linted again.
stap('Opmaak (Prettier)', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
stap('Lint (eslint)', bin('nx'), ['run-many', '-t', 'lint', '--outputStyle=static']);
// One contract: the committed OpenAPI document and web types match the DTOs, and the NL API Design Rules hold.
stap('Contract (OpenAPI, gegenereerde client, NL API Design Rules)', bin('nx'), [
  'run',
  'web:contract',
  '--outputStyle=static',
]);
stap('Unit-, component- en integratietests (jest)', bin('jest'), []);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  stap('Browser- en opstarttests tegen het gebouwde product', 'npm', ['run', '--silent', 'test:e2e']);
} else if (process.env.CI) {
  process.stderr.write(`\n✖ Chromium ontbreekt (${chromium}); installeer het met: apt-get install -y chromium\n`);
  process.exit(1);
} else {
  process.stdout.write(
    `\n⚠ Browsertests overgeslagen: geen Chromium op ${chromium} (apt-get install -y chromium, of zet CHROMIUM_PATH).\n`,
  );
}
