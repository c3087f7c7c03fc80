'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatCents, formatDollars } from '@/lib/core/money';
import { ChartFrame, TooltipBox } from './chart-frame';

/** categories the chart draws (the month's largest); the table beneath lists them all */
const CHARTED = 10;

export function CategoryCompareChart({ categories }: { categories: Array<{ category: string; spendCents: number; usualCents: number }> }) {
  const data = categories.slice(0, CHARTED).map((c) => ({ category: c.category, thisMonth: c.spendCents, usual: c.usualCents }));
  const byCategory = new Map(data.map((d) => [d.category, d]));
  const tooltip = ({ active, label }: Pick<TooltipContentProps, 'active' | 'label'>) => {
    const d = active && typeof label === 'string' ? byCategory.get(label) : undefined;
    return d ? (
      <TooltipBox title={d.category}>
        <p className="tabular-nums">This month: {formatCents(d.thisMonth)}</p>
        <p className="tabular-nums">Usual: {formatDollars(d.usual)}</p>
      </TooltipBox>
    ) : null;
  };
  // the chart pictures the table below it: hidden from assistive technology, no Tab stop, a tooltip for the mouse
  return (
    <>
    <ChartFrame className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis type="number" tickFormatter={(c: number) => formatDollars(c)} tick={{ fill: 'var(--muted)', fontSize: 12 }} />
          <YAxis type="category" dataKey="category" width={120} tick={{ fill: 'var(--muted)', fontSize: 12 }} />
          <Tooltip content={tooltip} cursor={{ fill: 'var(--border)', fillOpacity: 0.4 }} isAnimationActive={false} />
          <Legend />
          <Bar dataKey="thisMonth" name="This month" fill="var(--accent)" isAnimationActive={false} />
          <Bar dataKey="usual" name="Usual" fill="var(--muted)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
    {categories.length > CHARTED ? (
      <p className="mt-1 text-xs text-muted" data-testid="chart-note">
        The chart shows this month&apos;s {CHARTED} largest categories; the table lists all {categories.length}.
      </p>
    ) : null}
    </>
  );
}
