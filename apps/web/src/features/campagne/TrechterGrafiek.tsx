import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { trechterStappen, type TonenTrechter } from './trechter';

/** The funnel as horizontal bars. Decorative: the table beside it holds the same figures. */
export default function TrechterGrafiek({ trechter }: { trechter: TonenTrechter }) {
  const punten = trechterStappen(trechter).map((s) => ({ ...s, aantal: s.aantal ?? 0 }));
  return (
    <div aria-hidden="true" style={{ inlineSize: '100%', blockSize: 40 + punten.length * 32 }}>
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          layout="vertical"
          data={punten}
          margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Bar dataKey="aantal" name="Deelnemers" fill="var(--kib-kleur-merk)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
