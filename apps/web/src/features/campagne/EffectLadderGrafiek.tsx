import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface LadderPunt {
  label: string;
  cohort: number | null;
  referentie: number | null;
}

/** The ladder outcomes of one horizon as bars per group. Decorative: the table beside it holds the same figures. */
export default function EffectLadderGrafiek({ punten }: { punten: LadderPunt[] }) {
  // A suppressed count has no bar (0); the table says "< 5".
  const data = punten.map((p) => ({ ...p, cohort: p.cohort ?? 0, referentie: p.referentie ?? 0 }));
  return (
    <div aria-hidden="true" style={{ inlineSize: '100%', blockSize: 240 }}>
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="cohort" name="Met campagnegesprek" fill="var(--kib-kleur-merk)" isAnimationActive={false} />
          <Bar dataKey="referentie" name="Referentie" fill="#8a8a8a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
