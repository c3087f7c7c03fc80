'use client';
import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { MonthSummary } from '@/lib/schemas/months';
import { formatCents, formatDollars } from '@/lib/core/money';
import { monthLabel } from '@/lib/core/format';
import { ChartFrame, TooltipBox } from './chart-frame';

export function MonthlySpendChart({ months }: { months: MonthSummary[] }) {
  const router = useRouter();
  const data = months.map((m) => ({ month: m.month, spend: m.spendCents, flagged: m.flagged }));
  const total = months.reduce((s, m) => s + m.spendCents, 0);
  const byMonth = new Map(data.map((d) => [d.month, d]));
  const tooltip = ({ active, label }: Pick<TooltipContentProps, 'active' | 'label'>) => {
    const d = active && typeof label === 'string' ? byMonth.get(label) : undefined;
    return d ? (
      <TooltipBox title={monthLabel(d.month)}>
        <p className="tabular-nums">{formatCents(d.spend)} spent</p>
        {d.flagged ? <p className="font-semibold text-flag">Unusual</p> : null}
      </TooltipBox>
    ) : null;
  };
  return (
    <figure>
      {/* the chart pictures the table below it: hidden from assistive technology, no Tab stop, a tooltip and a link per bar for the mouse */}
      <ChartFrame className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 8, left: 16 }}
            accessibilityLayer={false}
            style={{ cursor: 'pointer' }}
            onClick={({ activeLabel }) => {
              if (typeof activeLabel === 'string' && byMonth.has(activeLabel)) router.push(`/months/${activeLabel}`);
            }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="month" tick={{ fill: 'var(--muted)', fontSize: 12 }} tickFormatter={(m: string) => monthLabel(m, 'short')} minTickGap={24} />
            <YAxis tick={{ fill: 'var(--muted)', fontSize: 12 }} tickFormatter={(c: number) => formatDollars(c)} width={72} />
            <Tooltip content={tooltip} cursor={{ fill: 'var(--border)', fillOpacity: 0.4 }} isAnimationActive={false} />
            <Bar dataKey="spend" fill="var(--accent)" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.month} fill={d.flagged ? 'var(--flag)' : 'var(--accent)'} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <figcaption className="mt-2 text-sm text-muted">
        {months.length} months, {formatCents(total)} spent in all; unusual months in amber. The table below has the same figures.
      </figcaption>
    </figure>
  );
}
