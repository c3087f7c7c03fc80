'use client';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api';
import type { RecategorizePreview, RecategorizeResult } from '@/lib/schemas/rules';
import { Button } from '@/components/ui/button';
import { TableScroll } from '@/components/ui/table-scroll';
import { timeLabel } from '@/lib/core/format';

const n = (x: number) => x.toLocaleString('en-AU');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;


/** Preview and apply re-categorization of the user's history with their current rules. */
export function RecategorizePanel() {
  const qc = useQueryClient();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<RecategorizeResult | null>(null);
  const resultBox = useRef<HTMLDivElement>(null);

  const preview = useQuery({
    queryKey: ['rules', 'preview'],
    queryFn: () => apiFetch<RecategorizePreview>('/api/rules/recategorize'),
  });

  const apply = useMutation({
    mutationFn: () =>
      apiFetch<RecategorizeResult>('/api/rules/recategorize', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onMutate: () => setResult(null),
    onSuccess: async (r) => {
      // the form goes away with nothing left to apply: focus the result, not the page
      flushSync(() => {
        setResult(r);
        setReason('');
      });
      resultBox.current?.focus();
      // months, month details and scores all read categories
      await Promise.all([qc.invalidateQueries({ queryKey: ['rules', 'preview'] }), qc.invalidateQueries({ queryKey: ['months'] }), qc.invalidateQueries({ queryKey: ['month'] })]);
    },
  });

  const p = preview.data;
  const pending = p ? p.changed + p.ruleOnly : 0;

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        Rule changes apply to new imports straight away. Your past transactions only change when you re-categorize them here; each
        re-categorization that moves transactions is recorded, so the anomaly checks know your categories changed meaning.
      </p>

      {preview.isPending ? <p role="status">Working out what would change…</p> : null}
      {preview.isError ? (
        <p role="alert" className="text-danger">
          Could not work out what would change: {preview.error.message}
        </p>
      ) : null}

      {p ? (
        <div aria-live="polite" className="space-y-3">
          {p.changed === 0 ? (
            <p data-testid="recategorize-summary">
              {p.total === 0
                ? 'You have no transactions yet.'
                : `All ${plural(p.total, 'transaction')} already match your rules${p.ruleOnly ? `; ${plural(p.ruleOnly, 'transaction')} would be credited to a different rule without changing category` : ''}.`}
            </p>
          ) : (
            <p data-testid="recategorize-summary">
              <strong>{plural(p.changed, 'transaction')}</strong> of {n(p.total)} would change category.
            </p>
          )}
          {p.moves.length ? (
            <div className="grid gap-4 lg:grid-cols-2">
              <TableScroll label="Moves">
                <table className="w-full text-left text-sm">
                  <caption className="mb-1 text-left font-medium">Moves</caption>
                  <thead>
                    <tr className="border-b border-border">
                      <th scope="col" className="py-2 pr-3">From</th>
                      <th scope="col" className="pr-3">To</th>
                      <th scope="col" className="text-right">Transactions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.moves.map((m) => (
                      <tr key={`${m.from}→${m.to}`} className="border-b border-border last:border-0">
                        <td className="py-2 pr-3">{m.from}</td>
                        <td className="pr-3">
                          <span aria-hidden="true">→ </span>
                          {m.to}
                        </td>
                        <td className="text-right tabular-nums">{n(m.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <TableScroll label="Transactions per category">
                <table className="w-full text-left text-sm">
                  <caption className="mb-1 text-left font-medium">Transactions per category</caption>
                  <thead>
                    <tr className="border-b border-border">
                      <th scope="col" className="py-2 pr-3">Category</th>
                      <th scope="col" className="pr-3 text-right">Now</th>
                      <th scope="col" className="text-right">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(p.byCategory).map(([category, c]) => (
                      <tr key={category} className="border-b border-border last:border-0">
                        <th scope="row" className="py-2 pr-3 font-normal">{category}</th>
                        <td className="pr-3 text-right tabular-nums">{n(c.from)}</td>
                        <td className={`text-right tabular-nums ${c.to > c.from ? 'text-accent' : c.to < c.from ? 'text-danger' : ''}`}>{n(c.to)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </div>
          ) : null}

          {pending > 0 ? (
            <form
              className="flex flex-wrap items-end gap-3"
              onSubmit={(e) => {
                e.preventDefault();
                if (!apply.isPending) apply.mutate();
              }}
            >
              <div className="min-w-64 flex-1">
                <label htmlFor={reasonId} className="block text-sm font-medium">
                  Reason <span className="font-normal text-muted">(optional, kept with the record)</span>
                </label>
                <input
                  id={reasonId}
                  className="mt-1 block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg"
                  value={reason}
                  maxLength={500}
                  onChange={(e) => setReason(e.target.value)}
                  placeholder="e.g. My local cafe is Dining, not Shopping"
                  autoComplete="off"
                />
              </div>
              <Button type="submit" aria-disabled={apply.isPending}>
                {apply.isPending ? 'Re-categorizing…' : `Re-categorize ${plural(pending, 'transaction')}`}
              </Button>
            </form>
          ) : null}
        </div>
      ) : null}

      {apply.isError ? (
        <p role="alert" className="rounded-md border border-danger p-3 text-sm text-danger">
          Re-categorizing failed and nothing was changed: {apply.error.message}
        </p>
      ) : null}
      <div ref={resultBox} role="status" tabIndex={-1} className="text-sm">
        {result ? (
          <div className="rounded-md border border-border p-3" data-testid="recategorize-result">
            {result.change ? (
              <p>
                Re-categorized <strong>{plural(result.changed, 'transaction')}</strong>
                {result.ruleOnly ? ` (and credited ${plural(result.ruleOnly, 'transaction')} to a different rule)` : ''}. Recorded as a
                categorization change on {timeLabel(result.change.createdAt)}: “{result.change.reason}”.{' '}
                {result.rescored ? 'Your months were scored again with the new categories.' : 'Scoring your months again did not work; they keep their previous scores until your next import.'}
              </p>
            ) : result.ruleOnly ? (
              <p>
                Credited {plural(result.ruleOnly, 'transaction')} to a different rule. No category changed, so no change was recorded.
              </p>
            ) : (
              <p>Nothing needed to change, so nothing was recorded.</p>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
