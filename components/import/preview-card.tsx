import type { ImportPreview } from '@/lib/schemas/imports';
import { Card } from '@/components/ui/card';
import { dayLabel } from '@/lib/core/format';

const ORDER: Record<string, string> = { dmy: 'day first (DD/MM)', mdy: 'month first (MM/DD)', ymd: 'year first' };
/** problems listed in the table, and notes (warnings) listed above it; the rest are counted */
const SHOWN_PROBLEMS = 50;
const SHOWN_WARNINGS = 5;

function countOf(n: number, noun: string): string {
  return `${n.toLocaleString('en-AU')} ${noun}${n === 1 ? '' : 's'}`;
}

export function PreviewCard({ preview: p }: { preview: ImportPreview }) {
  if (p.fileProblem) {
    // empty, or not CSV: no layout, counts or problems to show
    return (
      <Card title={p.fileName}>
        <p className="text-sm text-danger" data-testid="preview-summary">
          {p.fileProblem.message}
        </p>
      </Card>
    );
  }
  const stats: Array<[string, number]> = [
    ['Rows', p.rows],
    ['New', p.newCount],
    ['Already imported', p.duplicateCount],
    ['Skipped (pending)', p.skipped],
    ['Transfers between your accounts', p.transfers],
    ['Problems', p.errors.length],
  ];
  return (
    <Card title={p.fileName}>
      <p className="text-sm" data-testid="preview-summary">
        {/* a file read through the user's mapping is 'generic' too: say it was mapped, not detected */}
        {p.mappingSource ? (
          <>Columns mapped by you{p.mappingSource === 'saved' ? ' (saved mapping reused)' : ''}</>
        ) : p.bank ? (
          <>
            Detected <strong>{p.bank}</strong> ({Math.round(p.confidence * 100)}% sure)
          </>
        ) : p.needsMapping ? (
          <>We don&apos;t recognise this layout: map its columns below.</>
        ) : null}
        {p.dateFrom ? (
          <>
            {' '}
            · {dayLabel(p.dateFrom)} to {dayLabel(p.dateTo ?? p.dateFrom)}
          </>
        ) : null}
        {p.dateOrder ? <> · dates read {ORDER[p.dateOrder]}</> : null}
        {p.accounts.length ? <> · into {p.accounts.join(', ')}</> : null}
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
        {stats.map(([label, n]) => (
          <div key={label} className="rounded-md border border-border p-2">
            <dt className="text-muted">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`stat-${label.split(' ')[0]!.toLowerCase()}`}>
              {n.toLocaleString('en-AU')}
            </dd>
          </div>
        ))}
      </dl>
      {p.warnings.length ? (
        <ul className="mt-3 list-disc pl-5 text-sm text-flag">
          {p.warnings.slice(0, SHOWN_WARNINGS).map((w, i) => (
            <li key={i}>
              {w.line ? `Line ${w.line}: ` : ''}
              {w.message}
            </li>
          ))}
          {p.warnings.length > SHOWN_WARNINGS ? <li data-testid="more-warnings">…and {countOf(p.warnings.length - SHOWN_WARNINGS, 'more note')}</li> : null}
        </ul>
      ) : null}
      {p.errors.length ? (
        <div className="mt-3">
          <h3 className="text-sm font-semibold text-danger">Problems (nothing from this file will be imported until they are fixed)</h3>
          <table className="mt-1 w-full text-left text-sm">
            <caption className="sr-only">Problems in {p.fileName}</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col">Line</th>
                <th scope="col">Field</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {p.errors.slice(0, SHOWN_PROBLEMS).map((e, i) => (
                <tr key={i} className="border-b border-border last:border-0">
                  <td className="tabular-nums">{e.line || '—'}</td>
                  <td>{e.field ?? '—'}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.errors.length > SHOWN_PROBLEMS ? (
            <p className="mt-1 text-sm text-muted" data-testid="more-problems">
              …and {countOf(p.errors.length - SHOWN_PROBLEMS, 'more problem')} not listed here; the first {SHOWN_PROBLEMS} show what to fix.
            </p>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
