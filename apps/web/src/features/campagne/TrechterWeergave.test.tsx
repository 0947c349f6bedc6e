import { act, render, screen, within } from '@testing-library/react';
import { TrechterWeergave } from './TrechterWeergave';

describe('TrechterWeergave', () => {
  it('toont de trechter in een tabel, de opkomst en de paden', async () => {
    // The chart is a lazy chunk: let it load inside act.
    await act(async () => {
      render(
        <TrechterWeergave
          trechter={{
            cohort: 5,
            uitgenodigd: 2,
            nagebeld: 1,
            verschenen: 1,
            noShow: 1,
            gesprekGevoerd: 1,
            planGemaakt: 1,
          }}
          opkomst={{
            metNabellen: { uitnodigingen: 1, verschenen: 1 },
            zonderNabellen: { uitnodigingen: 1, verschenen: 0 },
          }}
          paden={{ werk: 1 }}
          padLabel={(p) => (p === 'werk' ? 'Richting werk' : p)}
        />,
      );
    });
    const [trechter, paden] = screen.getAllByRole('table');
    const rij = (tabel: HTMLElement, naam: string) =>
      within(tabel).getByRole('rowheader', { name: naam }).closest('tr')?.textContent;
    expect(rij(trechter, 'Uitgenodigd')).toBe('Uitgenodigd2');
    expect(rij(trechter, 'Nagebeld')).toBe('Nagebeld1');
    expect(rij(trechter, 'Plan gemaakt')).toBe('Plan gemaakt1');
    expect(screen.getByText('100% (1 van 1)')).toBeTruthy();
    expect(screen.getByText('0% (0 van 1)')).toBeTruthy();
    expect(rij(paden, 'Richting werk')).toBe('Richting werk1');
  });
});
