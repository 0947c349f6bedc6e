import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { richtAppIn } from './app.setup';
import { maakOpenApiDocument } from './openapi';

/**
 * Writes the OpenAPI document without a database: Nest's preview mode reads the controllers' and DTOs' metadata but
 * instantiates no provider, so nothing connects. The web app's client is generated from this file
 * (nx run web:api-client), and CI checks that the committed one is current.
 */
async function schrijfOpenApi(bestand: string | undefined): Promise<void> {
  if (!bestand) {
    process.stderr.write('Gebruik: node dist/api/apps/api/src/openapi-export.js <bestand.json>\n');
    process.exit(2);
  }
  const app = await NestFactory.create(
    AppModule.metConfig({
      databaseUrl: 'postgres://niemand@127.0.0.1:1/geen',
      jwtGeheim: 'preview',
      geheimenSleutel: 'preview',
      logLevel: 'silent',
    }),
    { preview: true, logger: false, abortOnError: false },
  );
  richtAppIn(app, { zonderLogger: true });
  writeFileSync(bestand, `${JSON.stringify(maakOpenApiDocument(app), null, 2)}\n`);
  await app.close();
}

schrijfOpenApi(process.argv[2]).then(
  () => process.exit(0),
  (fout: unknown) => {
    process.stderr.write(`Mislukt: ${fout instanceof Error ? fout.stack : String(fout)}\n`);
    process.exit(1);
  },
);
