'use client';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ColumnMapping } from '@/lib/core/csv';
import { TableScroll } from '@/components/ui/table-scroll';

export type Mapping = ColumnMapping;

interface Sample {
  rows: string[][];
  header: string[] | null;
  suggestedMapping: unknown;
}

const ROLES = [
  ['date', 'Date', true],
  ['description', 'Description', true],
  ['amount', 'Amount (signed)', false],
  ['debit', 'Debit (money out)', false],
  ['credit', 'Credit (money in)', false],
  ['balance', 'Balance', false],
] as const;

/** Map the columns of a layout we don't recognise; the mapping is saved for files with the same header. */
export function MappingForm({ sample, onSubmit }: { sample: Sample; onSubmit: (m: Mapping) => void }) {
  const width = Math.max(0, ...sample.rows.map((r) => r.length));
  const names = Array.from({ length: width }, (_, i) => sample.header?.[i] || `Column ${i + 1}`);
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const pick = (k: string) => {
      const v = String(data.get(k) ?? '');
      return v === '' ? undefined : Number(v);
    };
    const m: Mapping = {
      hasHeader: data.get('hasHeader') === 'on',
      date: pick('date') ?? -1,
      description: pick('description') ?? -1,
      amount: pick('amount'),
      debit: pick('debit'),
      credit: pick('credit'),
      balance: pick('balance'),
      dateOrder: (String(data.get('dateOrder') ?? '') || undefined) as Mapping['dateOrder'],
    };
    if (m.date < 0 || m.description < 0) return setError('Choose the date and description columns.');
    if (m.amount === undefined && m.debit === undefined && m.credit === undefined) return setError('Choose an amount column, or debit and credit columns.');
    setError(null);
    onSubmit(m);
  }

  return (
    <Card title="Map the columns">
      <TableScroll label="First rows of the file">
        <table className="mb-4 w-full text-left text-xs">
          <caption className="sr-only">First rows of the file</caption>
          <thead>
            <tr className="border-b border-border">
              {names.map((n, i) => (
                <th key={i} scope="col" className="px-2 py-1">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.rows.slice(sample.header ? 1 : 0, 6).map((r, i) => (
              <tr key={i} className="border-b border-border last:border-0">
                {names.map((_, j) => (
                  <td key={j} className="px-2 py-1">
                    {r[j] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-3">
        {ROLES.map(([key, label, required]) => (
          <label key={key} className="text-sm">
            {label}
            {required ? ' (required)' : ''}
            <select name={key} defaultValue="" className="mt-1 block w-full rounded-md border border-border bg-bg px-2 py-1">
              <option value="">—</option>
              {names.map((n, i) => (
                <option key={i} value={i}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="text-sm">
          Date order
          <select name="dateOrder" defaultValue="" className="mt-1 block w-full rounded-md border border-border bg-bg px-2 py-1">
            <option value="">Decide from the rows</option>
            <option value="dmy">Day first (DD/MM/YYYY)</option>
            <option value="mdy">Month first (MM/DD/YYYY)</option>
            <option value="ymd">Year first (YYYY-MM-DD)</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="hasHeader" defaultChecked={!!sample.header} /> First row is a header
        </label>
        {error ? (
          <p role="alert" className="text-sm text-danger sm:col-span-3">
            {error}
          </p>
        ) : null}
        <div className="sm:col-span-3">
          <Button type="submit">Preview with this mapping</Button>
        </div>
      </form>
    </Card>
  );
}
