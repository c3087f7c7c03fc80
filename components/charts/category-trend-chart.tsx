'use client';
import { Bar, BarChart, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, type TooltipContentProps, type XAxisTickContentProps } from 'recharts';
import { formatCents, formatDollars } from '@/lib/core/money';
import { monthLabel, type TrendPoint } from '@/lib/core/format';
import { ChartFrame, TooltipBox } from './chart-frame';

/**
 * A category's spend in the months before a month and in the month itself
 * (the last bar, in the flag colour), against its usual level (the dashed
 * line). Beside a reason on the month page; the reason and the sentence
 * under it give the figures in words.
 */
export function CategoryTrendChart({ category, months, usualCents }: { category: string; months: TrendPoint[]; usualCents: number | null }) {
  const last = months.length - 1;
  const byMonth = new Map(months.map((p) => [p.month, p]));
  const tooltip = ({ active, label }: Pick<TooltipContentProps, 'active' | 'label'>) => {
    const p = active && typeof label === 'string' ? byMonth.get(label) : undefined;
    return p ? (
      <TooltipBox title={monthLabel(p.month)}>
        <p className="tabular-nums">
          {category}: {formatCents(p.spendCents)}
        </p>
      </TooltipBox>
    ) : null;
  };
  return (
    <ChartFrame className="mt-2 h-24 w-full max-w-xl">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={months} margin={{ top: 6, right: 96, bottom: 0, left: 4 }} barCategoryGap={2} accessibilityLayer={false}>
          <XAxis
            dataKey="month"
            ticks={[months[0]!.month, months[last]!.month]}
            interval={0}
            // the first and last months, each kept within the chart: the first starts at its bar, the last ends at its bar
            tick={({ x, y, payload, index }: XAxisTickContentProps) => (
              <text x={x} y={Number(y) + 10} textAnchor={index === 0 ? 'start' : 'end'} fill="var(--muted)" fontSize={11}>
                {monthLabel(String(payload.value), 'short')}
              </text>
            )}
            tickLine={false}
            axisLine={{ stroke: 'var(--border)' }}
          />
          <Tooltip content={tooltip} cursor={{ fill: 'var(--border)', fillOpacity: 0.4 }} isAnimationActive={false} />
          <Bar dataKey="spendCents" isAnimationActive={false}>
            {months.map((p, i) => (
              <Cell key={p.month} fill={i === last ? 'var(--flag)' : 'var(--muted)'} fillOpacity={i === last ? 1 : 0.55} />
            ))}
          </Bar>
          {usualCents !== null && usualCents > 0 ? (
            <ReferenceLine
              y={usualCents}
              stroke="var(--fg)"
              strokeDasharray="4 3"
              ifOverflow="extendDomain"
              // to the right of the bars, not over them
              label={{ value: `usual ${formatDollars(usualCents)}`, position: 'right', fill: 'var(--fg)', fontSize: 11 }}
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
