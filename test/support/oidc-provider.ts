import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

export interface TestProviderOpties {
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  emailDomein?: string;
  /** Emails whose email_verified is false. */
  onbevestigd?: string[];
  /** Logins without an email claim. */
  zonderEmail?: string[];
  codeTtlSeconden?: number;
}

/**
 * The real OpenID provider (oidc-provider, tools/oidc-provider.mjs) in a child process on a free loopback port:
 * ES modules only, so it runs outside jest's module system.
 */
export async function startTestProvider(opties: TestProviderOpties): Promise<TestProvider> {
  const clientId = 'klant-in-beeld-test';
  const clientSecret = 'test-geheim-van-de-provider-0123456789';
  const proces: ChildProcess = spawn(
    process.execPath,
    [resolve(__dirname, '../../tools/oidc-provider.mjs'), JSON.stringify({ ...opties, clientId, clientSecret })],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let fouten = '';
  proces.stderr!.on('data', (d) => (fouten += String(d)));
  const issuer = await new Promise<string>((klaar, mis) => {
    let uit = '';
    proces.stdout!.on('data', (d) => {
      uit += String(d);
      const regel = uit.split('\n').find((r) => r.startsWith('{'));
      if (regel) klaar(JSON.parse(regel).issuer);
    });
    proces.once('exit', (code) => mis(new Error(`OpenID-provider stopte (${code}): ${fouten}`)));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise((klaar) => {
        if (proces.exitCode !== null) return klaar();
        proces.once('exit', () => klaar());
        proces.kill('SIGTERM');
      }),
  };
}

/**
 * A browser in a few lines: fetch with a cookie jar per host, following redirects one by one and submitting the
 * provider's login form, so a test walks the real code flow over HTTP.
 */
export class TestBrowser {
  readonly cookies = new Map<string, Map<string, string>>();

  cookie(url: string, naam: string): string | undefined {
    return this.cookies.get(new URL(url).host)?.get(naam);
  }

  zetCookie(url: string, naam: string, waarde: string): void {
    const host = new URL(url).host;
    if (!this.cookies.has(host)) this.cookies.set(host, new Map());
    this.cookies.get(host)!.set(naam, waarde);
  }

  private bewaar(url: string, antwoord: Response): void {
    for (const kop of antwoord.headers.getSetCookie()) {
      const [paar, ...attributen] = kop.split(';');
      const i = paar.indexOf('=');
      const naam = paar.slice(0, i).trim();
      const waarde = paar.slice(i + 1).trim();
      const weg = attributen.some((a) => {
        const [k, v] = a.trim().split('=');
        return (
          (k.toLowerCase() === 'max-age' && Number(v) <= 0) ||
          (k.toLowerCase() === 'expires' && Date.parse(v) < Date.now())
        );
      });
      if (weg || waarde === '') this.cookies.get(new URL(url).host)?.delete(naam);
      else this.zetCookie(url, naam, waarde);
    }
  }

  /** One request, no redirects followed. */
  async stap(url: string, init: RequestInit = {}): Promise<Response> {
    const jar = this.cookies.get(new URL(url).host);
    const headers = new Headers(init.headers);
    if (jar?.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const antwoord = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.bewaar(url, antwoord);
    return antwoord;
  }

  /**
   * Follows redirects until `stopBij` says so (or a page that is not a redirect) and returns the last URL and
   * response. A redirect to the stop URL is not requested.
   */
  async volg(url: string, stopBij: (url: URL) => boolean): Promise<{ url: URL; antwoord?: Response }> {
    let huidig = new URL(url);
    for (let i = 0; i < 20; i++) {
      if (i > 0 && stopBij(huidig)) return { url: huidig };
      const antwoord = await this.stap(huidig.href);
      const naar = antwoord.headers.get('location');
      if (antwoord.status < 300 || antwoord.status >= 400 || !naar) return { url: huidig, antwoord };
      huidig = new URL(naar, huidig);
    }
    throw new Error('Te veel doorverwijzingen');
  }

  /**
   * From the login form of the provider to the redirect back to Klant in Beeld: returns the callback URL (not yet
   * requested).
   */
  async loginBijProvider(formulier: { url: URL; antwoord?: Response }, login: string, terug: string): Promise<URL> {
    const html = await formulier.antwoord!.text();
    const actie = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!actie) throw new Error(`Geen inlogformulier van de provider: ${html.slice(0, 300)}`);
    const post = await this.stap(new URL(actie, formulier.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'wat-dan-ook' }).toString(),
    });
    const naar = post.headers.get('location');
    if (!naar) throw new Error(`Provider stuurde na inloggen niet door: ${post.status}`);
    const { url } = await this.volg(new URL(naar, formulier.url).href, (u) => u.href.startsWith(terug));
    return url;
  }
}
