import { BestandFout } from '../lezer';
import { documentTeksten } from './overdracht';

async function alle(stukken: string[]): Promise<string[]> {
  async function* bron() {
    for (const stuk of stukken) yield Buffer.from(stuk, 'utf8');
  }
  const uit: string[] = [];
  for await (const tekst of documentTeksten(bron())) uit.push(tekst);
  return uit;
}

/** Every way of cutting the text in two: where a read chunk ends must not matter. */
async function opElkeGrens(tekst: string): Promise<string[][]> {
  const uitkomsten: string[][] = [];
  for (let i = 0; i <= tekst.length; i++) uitkomsten.push(await alle([tekst.slice(0, i), tekst.slice(i)]));
  return uitkomsten;
}

describe('documentTeksten', () => {
  const een = '{"klant": {"achternaam": "de \\"Vries\\" {x}", "lijst": [1, {"a": "]"}]}}';
  const twee = '{"b": "é, ]"}';

  it('leest één document, een lijst en JSON Lines, waar een stuk ook ophoudt', async () => {
    for (const uitkomst of await opElkeGrens(een)) expect(uitkomst).toEqual([een]);
    for (const uitkomst of await opElkeGrens(`\uFEFF[\n  ${een},\n  ${twee}\n]\n`))
      expect(uitkomst).toEqual([een, twee]);
    for (const uitkomst of await opElkeGrens(`${een}\r\n${twee}\r\n`)) expect(uitkomst).toEqual([een, twee]);
  });

  it('geeft een element dat geen object is door, zodat de soort het als fout van dat document meldt', async () => {
    expect(await alle(['[1, "x", ,', een, ']'])).toEqual(['1', '"x"', '', een]);
    expect(await alle(['[]'])).toEqual([]);
  });

  it('weigert wat geen overdrachtsbestand is als geheel', async () => {
    await expect(alle(['BSN;Naam\n'])).rejects.toThrow(BestandFout);
    await expect(alle(['   '])).rejects.toThrow('Het bestand is leeg.');
    await expect(alle([`[${een}`])).rejects.toThrow('niet afgesloten');
    await expect(alle([`[${een}] x`])).rejects.toThrow('Na het einde van de lijst');
    await expect(alle([`${een}\n42`])).rejects.toThrow('met { begint (regel 2)');
    await expect(
      (async () => {
        async function* bron() {
          yield Buffer.from([0x7b, 0xff, 0x7d]);
        }
        for await (const _ of documentTeksten(bron())) void _;
      })(),
    ).rejects.toThrow('UTF-8');
  });
});
