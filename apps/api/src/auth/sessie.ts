import type { CookieOptions, Request } from 'express';

/**
 * The web app keeps the token in an httpOnly cookie; integrators use the Authorization header. Over TLS the cookie
 * is `__Host-` prefixed (Secure, Path=/, no Domain: no other site or subdomain can set or read it). On plain
 * http://localhost (a newcomer's `npm start`) browsers refuse Secure cookies of that kind, so there it is a plain one.
 */
export const SESSIE_COOKIE_VEILIG = '__Host-kib_sessie';
export const SESSIE_COOKIE_LOKAAL = 'kib_sessie';

const LOKALE_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain HTTP on the machine itself: the only case without the Secure flag. */
export function isLokaalZonderTls(request: Request): boolean {
  return !request.secure && LOKALE_HOSTS.has((request.hostname ?? '').toLowerCase());
}

export function sessieCookie(request: Request, maxUren: number): { naam: string; opties: CookieOptions } {
  const lokaal = isLokaalZonderTls(request);
  return {
    naam: lokaal ? SESSIE_COOKIE_LOKAAL : SESSIE_COOKIE_VEILIG,
    opties: { httpOnly: true, sameSite: 'strict', secure: !lokaal, path: '/', maxAge: maxUren * 60 * 60 * 1000 },
  };
}

/** The token from whichever session cookie the request carries. */
export function tokenUitCookie(request: Request): string | null {
  const cookies = request.cookies as Record<string, string> | undefined;
  return cookies?.[SESSIE_COOKIE_VEILIG] ?? cookies?.[SESSIE_COOKIE_LOKAAL] ?? null;
}

export function heeftSessieCookie(request: Request): boolean {
  return tokenUitCookie(request) !== null;
}
