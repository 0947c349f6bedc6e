import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { basisUrl } from './support/browser';

const ASSETS = resolve(__dirname, '../../dist/web/assets');

/** A GET with exactly these headers; node:http leaves the body as it came over the wire (fetch would decode it). */
function haal(
  pad: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((klaar, mis) => {
    const verzoek = request(`${basisUrl()}${pad}`, { headers }, (antwoord) => {
      const delen: Buffer[] = [];
      antwoord.on('data', (deel: Buffer) => delen.push(deel));
      antwoord.on('end', () =>
        klaar({ status: antwoord.statusCode ?? 0, headers: antwoord.headers, body: Buffer.concat(delen) }),
      );
    });
    verzoek.on('error', mis);
    verzoek.end();
  });
}

/** The built web app as the browser gets it: compressed copies from the build, cache headers per kind of file. */
describe('de gebouwde webapp: compressie en cachekoppen', () => {
  let script: string;
  beforeAll(async () => {
    const html = (await haal('/', {})).body.toString();
    script = html.match(/src="(\/assets\/index-[\w-]+\.js)"/)![1];
  });

  it('geeft een script als brotli als de browser dat accepteert, ook als gzip eerder in de lijst staat', async () => {
    const antwoord = await haal(script, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers['content-encoding']).toBe('br');
    expect(antwoord.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(antwoord.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(antwoord.headers.vary).toMatch(/Accept-Encoding/);
    const origineel = readFileSync(resolve(ASSETS, script.slice('/assets/'.length)));
    expect(brotliDecompressSync(antwoord.body).equals(origineel)).toBe(true);
    expect(antwoord.body.length).toBeLessThan(origineel.length / 3);
  });

  it('geeft gzip zonder brotli, en het bestand zelf zonder compressie of met br;q=0, gzip;q=0', async () => {
    const origineel = readFileSync(resolve(ASSETS, script.slice('/assets/'.length)));
    const gzip = await haal(script, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(origineel)).toBe(true);
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const kaal = await haal(script, accept ? { 'Accept-Encoding': accept } : {});
      expect({ accept, codering: kaal.headers['content-encoding'], zelfde: kaal.body.equals(origineel) }).toEqual({
        accept,
        codering: undefined,
        zelfde: true,
      });
      expect(kaal.headers.vary).toMatch(/Accept-Encoding/);
    }
  });

  it('laat index.html (ook op de paden van de app) elke keer opnieuw controleren, zodat een nieuwe versie meteen komt', async () => {
    for (const pad of ['/', '/werkvoorraad', '/klanten/00000000-0000-4000-8000-000000000000']) {
      const html = await haal(pad, { 'Accept-Encoding': 'br, gzip' });
      expect({
        pad,
        status: html.status,
        cache: html.headers['cache-control'],
        root: html.body.toString().includes('<div id="root">'),
      }).toEqual({
        pad,
        status: 200,
        cache: 'no-cache',
        root: true,
      });
    }
  });

  it('geeft 404 (en niet index.html) voor een asset dat er niet is, bijvoorbeeld van een vorige versie', async () => {
    for (const pad of ['/assets/index-bestaatniet.js', '/assets/sub/map.css']) {
      const antwoord = await haal(pad, { 'Accept-Encoding': 'br, gzip' });
      expect({ pad, status: antwoord.status, html: antwoord.body.toString().includes('<div id="root">') }).toEqual({
        pad,
        status: 404,
        html: false,
      });
    }
    expect((await haal(script, {})).status).toBe(200);
  });

  it('laat de API zoals hij is', async () => {
    const health = await haal('/api/health', { 'Accept-Encoding': 'br, gzip' });
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});
