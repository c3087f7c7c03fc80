'use client';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { MonthSummary } from '@/lib/schemas/months';
import { formatCents, formatDollars } from '@/lib/core/money';
import { monthLabel } from '@/lib/core/format';

export function MonthlySpendChart({ months }: { months: MonthSummary[] }) {
  const data = months.map((m) => ({ month: m.month, spend: m.spendCents, flagged: m.flagged }));
  const total = months.reduce((s, m) => s + m.spendCents, 0);
  return (
    <figure>
      {/* inert: the chart only pictures the table below it. Recharts' layers are SVG groups that React listens on, which Chromium
          makes Tab stops; inert takes them out of the tab order (and, with aria-hidden, out of the accessibility tree). It takes
          the pointer too, so there is no hover tooltip: the table has the figures. */}
      <div className="h-72 w-full" aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="month" tick={{ fill: 'var(--muted)', fontSize: 12 }} tickFormatter={(m: string) => monthLabel(m, 'short')} minTickGap={24} />
            <YAxis tick={{ fill: 'var(--muted)', fontSize: 12 }} tickFormatter={(c: number) => formatDollars(c)} width={72} />
            <Bar dataKey="spend" fill="var(--accent)" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.month} fill={d.flagged ? 'var(--flag)' : 'var(--accent)'} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        {months.length} months, {formatCents(total)} spent in all; unusual months in amber. The table below has the same figures.
      </figcaption>
    </figure>
  );
}
