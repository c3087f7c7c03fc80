'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TableScroll } from '@/components/ui/table-scroll';
import { dayRangeLabel } from '@/lib/core/format';

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

export function ImportHistory() {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['imports'], queryFn: () => apiFetch<{ imports: ImportRow[] }>('/api/imports') });
  const undo = useMutation({
    mutationFn: (id: string) => apiFetch<{ removed: number }>(`/api/imports/${id}`, { method: 'DELETE' }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['imports'] }), qc.invalidateQueries({ queryKey: ['months'] })]),
  });
  return (
    <Card title="Import history">
      {q.isPending ? <p role="status">Loading…</p> : null}
      {q.isError ? <p role="alert" className="text-danger">{q.error.message}</p> : null}
      {undo.isError ? <p role="alert" className="text-danger">{undo.error.message}</p> : null}
      {undo.data ? <p role="status">Undone: {undo.data.removed.toLocaleString('en-AU')} transactions removed.</p> : null}
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
                  <td className="py-2">{new Date(i.createdAt).toLocaleString('en-AU')}</td>
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
                        disabled={undo.isPending}
                        onClick={() => {
                          if (window.confirm(`Undo the import of ${i.fileName}? Its ${i.newCount} transactions will be removed.`)) undo.mutate(i.id);
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
