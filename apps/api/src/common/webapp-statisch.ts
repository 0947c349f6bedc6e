import { existsSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { NextFunction, Request, Response } from 'express';

/*
 * The built web app (WEB_DIST). Vite puts a content hash in every file name under assets/, so such a file never
 * changes: browsers may keep it a year without asking. index.html names the current assets and is always revalidated,
 * so a new version is picked up on the next load. The build writes compressed copies beside each asset (.br, .gz;
 * apps/web/vite.config.ts); a browser that accepts one gets it instead of the file itself.
 */

const ONVERANDERLIJK = 'public, max-age=31536000, immutable';
const CODERINGEN = { br: '.br', gzip: '.gz' } as const;
// Vite's asset names: name-hash.ext, nothing that could leave the folder.
const ASSET = /^\/assets\/[\w-]+(\.[\w-]+)*$/;

export function heeftWebApp(webDist: string | undefined): webDist is string {
  return !!webDist && existsSync(join(webDist, 'index.html'));
}

/** ServeStaticModule options: the web app on `/`, index.html for every other path outside /api, cache headers. */
export function webAppStatisch(webDist: string): ServeStaticModuleOptions {
  const assets = join(webDist, 'assets') + sep;
  return {
    rootPath: webDist,
    exclude: ['/api/{*pad}'],
    serveStaticOptions: {
      setHeaders: (res: Response, pad: string) => {
        const codering = pad.endsWith('.br') ? 'br' : pad.endsWith('.gz') ? 'gzip' : undefined;
        if (codering) {
          res.setHeader('Content-Encoding', codering);
          res.type(extname(pad.slice(0, -'.br'.length)));
        }
        res.setHeader('Cache-Control', pad.startsWith(assets) ? ONVERANDERLIJK : 'no-cache');
      },
    },
  };
}

/**
 * Before the static files: an asset request is pointed at its compressed copy when the browser accepts that. A
 * missing asset is 404: without this the app's fallback would answer index.html with 200, which a browser would try
 * to run as a script after a deploy removed an old file.
 */
export function kiesGecomprimeerd(webDist: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/assets/') && (!ASSET.test(req.path) || !existsSync(join(webDist, req.path)))) {
      res.status(404).type('text/plain').setHeader('Cache-Control', 'no-cache');
      res.send('Bestand niet gevonden');
      return;
    }
    if (!ASSET.test(req.path)) return next();
    res.vary('Accept-Encoding');
    // Brotli when accepted at all, even when the browser lists gzip first (Chrome sends "gzip, deflate, br, zstd").
    const codering = req.acceptsEncodings('br') ? 'br' : req.acceptsEncodings('gzip') ? 'gzip' : undefined;
    if (codering) {
      const kopie = req.path + CODERINGEN[codering];
      if (existsSync(join(webDist, kopie))) req.url = kopie + req.url.slice(req.path.length);
    }
    next();
  };
}
