// The one contract: the API's DTOs → the OpenAPI document (docs/openapi.json) → the web app's types
// (apps/web/src/api/schema.d.ts). `node tools/contract.mjs` writes both; `--check` fails when the committed ones are
// stale and runs the NL API Design Rules linter (Spectral, docs/adr-spectral.yml) on the document.
// Needs the built API (nx run api:build): the document is written in Nest's preview mode, without a database.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCUMENT = join(root, 'docs/openapi.json');
const TYPES = join(root, 'apps/web/src/api/schema.d.ts');
const KOP =
  '// Gegenereerd uit docs/openapi.json door tools/contract.mjs (nx run web:api-client). Niet met de hand wijzigen.\n';

function draai(opdracht, args) {
  const r = spawnSync(opdracht, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    process.exit(r.status ?? 1);
  }
  return r.stdout;
}

async function genereer(map) {
  const document = join(map, 'openapi.json');
  draai(process.execPath, [join(root, 'dist/api/apps/api/src/openapi-export.js'), document]);
  const ast = await openapiTS(new URL(`file://${document}`), { alphabetize: true });
  return { document: readFileSync(document, 'utf8'), types: KOP + astToString(ast) };
}

const controleer = process.argv.includes('--check');
const nieuw = await genereer(mkdtempSync(join(tmpdir(), 'kib-contract-')));
if (!controleer) {
  writeFileSync(DOCUMENT, nieuw.document);
  writeFileSync(TYPES, nieuw.types);
  process.stdout.write('docs/openapi.json en apps/web/src/api/schema.d.ts bijgewerkt.\n');
} else {
  const verouderd = [
    [DOCUMENT, nieuw.document],
    [TYPES, nieuw.types],
  ].filter(([bestand, inhoud]) => readFileSync(bestand, 'utf8') !== inhoud);
  if (verouderd.length) {
    process.stderr.write(
      `Het contract is verouderd: ${verouderd.map(([b]) => b.slice(root.length + 1)).join(' en ')} ` +
        'kloppen niet meer met de DTO’s van de API. Draai `npx nx run web:api-client` en commit het resultaat.\n',
    );
    process.exit(1);
  }
  process.stdout.write('Contract actueel: docs/openapi.json en apps/web/src/api/schema.d.ts kloppen met de API.\n');
  const lint = spawnSync(
    join(root, 'node_modules/.bin/spectral'),
    ['lint', '-r', join(root, 'docs/adr-spectral.yml'), '--fail-severity', 'error', '-q', DOCUMENT],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  process.stdout.write(lint.stdout + lint.stderr);
  if (lint.status !== 0) {
    process.stderr.write(
      'De API voldoet niet aan de NL API Design Rules (zie hierboven; uitzonderingen staan in docs/adr-spectral.yml).\n',
    );
    process.exit(1);
  }
  process.stdout.write('NL API Design Rules (Spectral): 0 fouten.\n');
}
