import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Charts are decorative for assistive technology: every one has a data table next to it with the same numbers. */

export function InBeeldTrendGrafiek({
  punten,
}: {
  punten: { maand: string; inBeeld: number | null; gesproken: number | null }[];
}) {
  return (
    <div aria-hidden="true" style={{ inlineSize: '100%', blockSize: 260 }}>
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={punten} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="maand" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={(v) => (v === null ? 'verborgen' : `${v}%`)} />
          <Legend />
          <Line
            name="In beeld"
            dataKey="inBeeld"
            stroke="hsl(145 63% 26%)"
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Line
            name="Gesproken in 12 maanden"
            dataKey="gesproken"
            stroke="hsl(212 70% 27%)"
            strokeWidth={2}
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function StaafGrafiek({ data, naam }: { data: { label: string; waarde: number | null }[]; naam: string }) {
  return (
    <div aria-hidden="true" style={{ inlineSize: '100%', blockSize: 220 }}>
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip formatter={(v) => (v === null ? 'verborgen' : v)} />
          <Bar name={naam} dataKey="waarde" fill="hsl(212 70% 27%)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Bars of parts stacked per label (niveaus per leefgebied); `reeksen` from the worst level to the best. */
export function GestapeldeStaafGrafiek({
  data,
  reeksen,
}: {
  data: ({ label: string } & Record<string, string | number | null>)[];
  reeksen: { sleutel: string; naam: string }[];
}) {
  return (
    <div aria-hidden="true" style={{ inlineSize: '100%', blockSize: Math.max(220, data.length * 28 + 80) }}>
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={180} />
          <Tooltip formatter={(v) => (v === null ? 'verborgen' : v)} />
          <Legend />
          {reeksen.map((r, i) => (
            <Bar
              key={r.sleutel}
              name={r.naam}
              dataKey={r.sleutel}
              stackId="niveaus"
              // From red (worst) to green (best).
              fill={`hsl(${reeksen.length > 1 ? Math.round((i / (reeksen.length - 1)) * 140) : 140} 55% 38%)`}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
