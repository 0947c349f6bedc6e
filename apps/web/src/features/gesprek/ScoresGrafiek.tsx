import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Vergelijking } from './vergelijking';

/**
 * The scores per leefgebied as grouped horizontal bars, the previous gesprek beside the latest. Decorative: the
 * table next to it says the same in words (verbeterd, gelijk, verslechterd), so nothing depends on colour.
 */
export default function ScoresGrafiek({
  rijen,
  maxNiveau,
  vorigeLabel,
  laatsteLabel,
}: {
  rijen: Vergelijking[];
  maxNiveau: number;
  /** Legend of the previous gesprek's bars; without it only the latest is drawn. */
  vorigeLabel?: string;
  laatsteLabel: string;
}) {
  const punten = rijen.map((r) => ({ naam: r.naam, vorige: r.vorige?.niveau ?? 0, laatste: r.laatste?.niveau ?? 0 }));
  return (
    <div aria-hidden="true" style={{ inlineSize: '100%', blockSize: 40 + rijen.length * (vorigeLabel ? 30 : 20) }}>
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          layout="vertical"
          data={punten}
          margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          barGap={1}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, maxNiveau]} allowDecimals={false} tickCount={maxNiveau + 1} />
          <YAxis type="category" dataKey="naam" width={170} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Legend />
          {vorigeLabel && <Bar dataKey="vorige" name={vorigeLabel} fill="hsl(28 80% 45%)" isAnimationActive={false} />}
          <Bar dataKey="laatste" name={laatsteLabel} fill="var(--kib-kleur-merk)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
