import { TREDE_LABELS, type Trede } from '@klant-in-beeld/domain';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { datumKort } from '../../app/weergave';
import type { LadderMeting } from '../klanten/api';

/** Trede over time as a step line; the list next to it is the accessible equivalent (the chart is decorative). */
export default function LadderGrafiek({ metingen }: { metingen: LadderMeting[] }) {
  const punten = [...metingen]
    .sort((a, b) => a.gemetenOp.localeCompare(b.gemetenOp))
    .map((m) => ({ datum: m.gemetenOp, tijd: Date.parse(m.gemetenOp), trede: m.trede }));
  return (
    <div aria-hidden="true" style={{ inlineSize: '100%', blockSize: 180 }}>
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={punten} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="tijd"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(t: number) => datumKort(new Date(t).toISOString().slice(0, 10))}
          />
          <YAxis domain={[1, 6]} ticks={[1, 2, 3, 4, 5, 6]} allowDecimals={false} />
          <Tooltip
            labelFormatter={(t) => datumKort(new Date(Number(t)).toISOString().slice(0, 10))}
            formatter={(waarde) => [`${waarde}. ${TREDE_LABELS[waarde as Trede]}`, 'Trede']}
          />
          <Line
            type="stepAfter"
            dataKey="trede"
            stroke="var(--kib-kleur-merk)"
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
