/**
 * Where to go back to after logging in again through the organisatie's provider from the session dialog. That login
 * is a full redirect which always ends on `/` (docs/oidc.md), so the page is kept in sessionStorage (this tab only)
 * and the start route goes there instead of the start page.
 */
const SLEUTEL = 'kib.terugNaSso';
/** As long as a pending OIDC login lives (10 minutes), with some margin for the provider's own login screens. */
const GELDIG_MS = 15 * 60_000;

interface Terug {
  pad: string;
  medewerkerId: string;
  tot: number;
}

/** Only local paths, so nothing stored can send someone elsewhere. */
const veilig = (pad: unknown): pad is string =>
  typeof pad === 'string' && pad.startsWith('/') && !pad.startsWith('//') && !pad.startsWith('/\\');

export function onthoudTerugNaSso(pad: string, medewerkerId: string, nu = Date.now()): void {
  try {
    globalThis.sessionStorage?.setItem(SLEUTEL, JSON.stringify({ pad, medewerkerId, tot: nu + GELDIG_MS }));
  } catch {
    // Without storage the login still works; it only ends on the start page.
  }
}

/** The page to return to, only for the same medewerker and while fresh; someone else starts on their start page. */
export function leesTerugNaSso(medewerkerId: string, nu = Date.now()): string | null {
  try {
    const tekst = globalThis.sessionStorage?.getItem(SLEUTEL);
    if (!tekst) return null;
    const terug = JSON.parse(tekst) as Partial<Terug>;
    return terug.medewerkerId === medewerkerId && typeof terug.tot === 'number' && terug.tot > nu && veilig(terug.pad)
      ? terug.pad
      : null;
  } catch {
    return null;
  }
}

export function wisTerugNaSso(): void {
  try {
    globalThis.sessionStorage?.removeItem(SLEUTEL);
  } catch {
    // Nothing to clear.
  }
}
