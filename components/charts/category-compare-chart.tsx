'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatDollars } from '@/lib/core/money';

export function CategoryCompareChart({ categories }: { categories: Array<{ category: string; spendCents: number; usualCents: number }> }) {
  const data = categories.slice(0, 10).map((c) => ({ category: c.category, thisMonth: c.spendCents, usual: c.usualCents }));
  // inert: the chart only pictures the table below it. Recharts' layers are SVG groups that React listens on, which Chromium
  // makes Tab stops; inert takes them out of the tab order (and, with aria-hidden, out of the accessibility tree). It takes
  // the pointer too, so there is no hover tooltip: the table has the figures.
  return (
    <div className="h-72 w-full" aria-hidden="true" inert>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis type="number" tickFormatter={(c: number) => formatDollars(c)} tick={{ fill: 'var(--muted)', fontSize: 12 }} />
          <YAxis type="category" dataKey="category" width={120} tick={{ fill: 'var(--muted)', fontSize: 12 }} />
          <Legend />
          <Bar dataKey="thisMonth" name="This month" fill="var(--accent)" isAnimationActive={false} />
          <Bar dataKey="usual" name="Usual" fill="var(--muted)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
