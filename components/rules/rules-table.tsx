'use client';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api';
import type { RuleView } from '@/lib/schemas/rules';
import { Button } from '@/components/ui/button';
import { DIRECTION_LABELS, FIELD_LABELS, OP_LABELS, amountRange } from './labels';
import { TableScroll } from '@/components/ui/table-scroll';

/**
 * The user's rules, in the order the engine tries them, with edit,
 * enable/disable and delete. Keyboard focus never drops to the page: busy
 * buttons stay focusable (aria-disabled), Delete hands focus to Confirm
 * delete, Keep or Escape hands it back to Delete, and a deleted rule's
 * row hands it to the message saying so.
 */
export function RulesTable({ rules, editingId, onEdit }: { rules: RuleView[]; editingId: string | null; onEdit: (rule: RuleView) => void }) {
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  function askToDelete(id: string) {
    flushSync(() => setConfirming(id));
    confirmButton.current?.focus();
  }

  function keep(id: string) {
    flushSync(() => setConfirming(null));
    document.getElementById(`delete-${id}`)?.focus();
  }

  const remove = useMutation({
    mutationFn: (rule: RuleView) => apiFetch<{ deleted: string }>(`/api/rules/${encodeURIComponent(rule.id)}`, { method: 'DELETE' }),
    onSuccess: async (_res, rule) => {
      // the row is about to go: focus the message that says it went
      flushSync(() => {
        setConfirming(null);
        setMessage({ text: `Deleted the rule for “${rule.match.value}”. Past transactions keep their category until you re-categorize history.`, error: false });
      });
      status.current?.focus();
      await qc.invalidateQueries({ queryKey: ['rules'] });
    },
    onError: (err) => setMessage({ text: `Could not delete the rule: ${err.message}`, error: true }),
  });

  const toggle = useMutation({
    mutationFn: (rule: RuleView) =>
      apiFetch<{ rule: RuleView }>(`/api/rules/${encodeURIComponent(rule.id)}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ enabled: !rule.enabled }),
      }),
    onSuccess: async ({ rule }) => {
      setMessage({ text: `${rule.enabled ? 'Enabled' : 'Disabled'} the rule for “${rule.match.value}”.`, error: false });
      await qc.invalidateQueries({ queryKey: ['rules'] });
    },
    onError: (err) => setMessage({ text: `Could not change the rule: ${err.message}`, error: true }),
  });

  return (
    <div>
      {rules.length === 0 ? (
        <p className="text-sm text-muted">You have no rules of your own yet. The built-in rules below categorize your transactions.</p>
      ) : (
        <TableScroll label="Your rules">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your categorization rules, in the order they are tried</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-2 pr-3">Priority</th>
                <th scope="col" className="pr-3">Match</th>
                <th scope="col" className="pr-3">Category</th>
                <th scope="col" className="pr-3">Direction</th>
                <th scope="col" className="pr-3">Amount</th>
                <th scope="col" className="pr-3">Enabled</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => {
                const label = `“${r.match.value}”`;
                return (
                  <tr key={r.id} className={`border-b border-border last:border-0 ${r.enabled ? '' : 'text-muted'} ${editingId === r.id ? 'bg-bg' : ''}`} data-testid="rule-row">
                    <td className="py-2 pr-3 tabular-nums">{r.priority}</td>
                    <th scope="row" className="pr-3 font-normal">
                      {r.name ? <span className="block font-medium">{r.name}</span> : null}
                      {FIELD_LABELS[r.match.field]} {OP_LABELS[r.match.op]} <code className="break-all font-mono">{r.match.value}</code>
                    </th>
                    <td className="pr-3">{r.category}</td>
                    <td className="pr-3">{DIRECTION_LABELS[r.direction]}</td>
                    <td className="pr-3">{amountRange(r.amountMinCents, r.amountMaxCents)}</td>
                    <td className="pr-3">{r.enabled ? 'Yes' : 'No'}</td>
                    <td className="py-2">
                      <div
                        className="flex flex-wrap justify-end gap-2"
                        onKeyDown={(e) => {
                          if (confirming === r.id && e.key === 'Escape' && !remove.isPending) {
                            e.preventDefault();
                            keep(r.id);
                          }
                        }}
                      >
                        {confirming === r.id ? (
                          <>
                            <Button ref={confirmButton} variant="danger" className="px-3 py-1" aria-disabled={remove.isPending} onClick={() => remove.mutate(r)}>
                              {remove.isPending ? 'Deleting…' : 'Confirm delete'}
                              <span className="sr-only"> rule {label}</span>
                            </Button>
                            <Button variant="secondary" className="px-3 py-1" aria-disabled={remove.isPending} onClick={() => keep(r.id)}>
                              Keep<span className="sr-only"> rule {label}</span>
                            </Button>
                          </>
                        ) : (
                          <>
                            <Button id={`edit-${r.id}`} variant="secondary" className="px-3 py-1" onClick={() => onEdit(r)} aria-pressed={editingId === r.id}>
                              Edit<span className="sr-only"> rule {label}</span>
                            </Button>
                            <Button variant="secondary" className="px-3 py-1" aria-disabled={toggle.isPending} onClick={() => toggle.mutate(r)}>
                              {r.enabled ? 'Disable' : 'Enable'}
                              <span className="sr-only"> rule {label}</span>
                            </Button>
                            <Button id={`delete-${r.id}`} variant="danger" className="px-3 py-1" onClick={() => askToDelete(r.id)}>
                              Delete<span className="sr-only"> rule {label}</span>
                            </Button>
                          </>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {message?.error ? (
        <p role="alert" className="mt-3 text-sm text-danger">
          {message.text}
        </p>
      ) : null}
      {/* focusable from script only: a deleted rule's Confirm button hands focus here */}
      <p ref={status} role="status" tabIndex={-1} className="mt-3 text-sm text-muted">
        {message && !message.error ? message.text : null}
      </p>
    </div>
  );
}
