import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Decorative for assistive technology: the page shows the same numbers in a table right below it. */
export default function MaandrapportGrafiek({
  data,
  hoogte,
}: {
  data: { naam: string; buitenEigenTeam: number }[];
  hoogte: number;
}) {
  return (
    <div aria-hidden="true" style={{ inlineSize: '100%', blockSize: hoogte }}>
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="naam" width={160} />
          <Tooltip />
          <Bar
            name="Inzagen buiten het eigen team"
            dataKey="buitenEigenTeam"
            fill="hsl(212 70% 27%)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
