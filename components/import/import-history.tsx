'use client';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TableScroll } from '@/components/ui/table-scroll';
import { dayRangeLabel, timeLabel } from '@/lib/core/format';

interface ImportRow {
  id: string;
  fileName: string;
  account: string;
  status: string;
  rowCount: number;
  newCount: number;
  duplicateCount: number;
  dateFrom: string | null;
  dateTo: string | null;
  createdAt: string;
}

/** the stored status, as a person reads it */
const STATUS_LABEL: Record<string, string> = { committed: 'Imported', undone: 'Undone' };


/**
 * Past imports, newest first, each committed one with Undo. `onUndone` hears
 * of each undone import. The pressed Undo stays focusable while its request
 * is pending (aria-disabled), and its row's button then goes: focus moves to
 * the message saying what was undone (or why not).
 */
export function ImportHistory({ onUndone }: { onUndone?: (importId: string) => void }) {
  const qc = useQueryClient();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const messageBox = useRef<HTMLParagraphElement>(null);
  const q = useQuery({ queryKey: ['imports'], queryFn: () => apiFetch<{ imports: ImportRow[] }>('/api/imports') });
  const undo = useMutation({
    mutationFn: (id: string) => apiFetch<{ removed: number }>(`/api/imports/${id}`, { method: 'DELETE' }),
    onMutate: () => setMessage(null),
    onSuccess: async ({ removed }, id) => {
      flushSync(() => {
        setMessage({ text: `Undone: ${removed.toLocaleString('en-AU')} transaction${removed === 1 ? '' : 's'} removed.`, error: false });
        onUndone?.(id);
      });
      messageBox.current?.focus();
      await Promise.all([qc.invalidateQueries({ queryKey: ['imports'] }), qc.invalidateQueries({ queryKey: ['months'] })]);
    },
    onError: (err) => {
      flushSync(() => setMessage({ text: err.message, error: true }));
      messageBox.current?.focus();
    },
  });
  return (
    <Card title="Import history">
      {q.isPending ? <p role="status">Loading…</p> : null}
      {q.isError ? <p role="alert" className="text-danger">{q.error.message}</p> : null}
      {message ? (
        <p ref={messageBox} role={message.error ? 'alert' : 'status'} tabIndex={-1} className={message.error ? 'text-danger' : undefined}>
          {message.text}
        </p>
      ) : null}
      {q.data && q.data.imports.length === 0 ? <p className="text-muted">Nothing imported yet.</p> : null}
      {q.data && q.data.imports.length > 0 ? (
        <TableScroll label="Import history">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Past imports</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-2">When</th>
                <th scope="col">File</th>
                <th scope="col">Account</th>
                <th scope="col">Dates</th>
                <th scope="col" className="text-right">New</th>
                <th scope="col" className="text-right">Duplicates</th>
                <th scope="col">Status</th>
                <th scope="col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {q.data.imports.map((i) => (
                <tr key={i.id} className="border-b border-border last:border-0" data-testid="import-row">
                  <td className="py-2">{timeLabel(i.createdAt)}</td>
                  <td>{i.fileName}</td>
                  <td>{i.account}</td>
                  <td>{i.dateFrom && i.dateTo ? dayRangeLabel(i.dateFrom, i.dateTo) : '—'}</td>
                  <td className="text-right tabular-nums">{i.newCount.toLocaleString('en-AU')}</td>
                  <td className="text-right tabular-nums">{i.duplicateCount.toLocaleString('en-AU')}</td>
                  <td>{STATUS_LABEL[i.status] ?? i.status}</td>
                  <td className="text-right">
                    {i.status === 'committed' ? (
                      <Button
                        variant="danger"
                        aria-label={`Undo import of ${i.fileName}`}
                        aria-disabled={undo.isPending}
                        onClick={() => {
                          if (undo.isPending) return;
                          if (window.confirm(`Undo the import of ${i.fileName}? ${i.newCount === 0 ? 'It added no transactions, so nothing will be removed.' : `Its ${i.newCount.toLocaleString('en-AU')} transaction${i.newCount === 1 ? '' : 's'} will be removed.`}`)) undo.mutate(i.id);
                        }}
                      >
                        Undo
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </Card>
  );
}
