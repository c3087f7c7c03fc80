import type { DefaultRuleView } from '@/lib/schemas/rules';
import { DIRECTION_LABELS, FIELD_LABELS, OP_LABELS, amountRange } from './labels';
import { TableScroll } from '@/components/ui/table-scroll';

/** The built-in rules, read-only, collapsed by default. */
export function DefaultRules({ rules }: { rules: DefaultRuleView[] }) {
  return (
    <details className="group">
      <summary className="cursor-pointer rounded text-sm font-medium text-accent underline-offset-2 hover:underline">
        Show the {rules.length} built-in rules (read-only; your rules are tried first)
      </summary>
      <TableScroll label="Built-in rules" className="mt-3">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Built-in categorization rules, highest priority first within each group</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-2 pr-3">Category</th>
              <th scope="col" className="pr-3">Match</th>
              <th scope="col" className="pr-3">Direction</th>
              <th scope="col" className="pr-3">Amount</th>
              <th scope="col" className="pr-3">Priority</th>
              <th scope="col">Id</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.id} className="border-b border-border align-top last:border-0">
                <th scope="row" className="py-1 pr-3 font-normal">{r.category}</th>
                <td className="pr-3">
                  <span className="text-muted">
                    {FIELD_LABELS[r.match.field]} {OP_LABELS[r.match.op]}
                  </span>{' '}
                  <code className="break-all font-mono">{r.match.value}</code>
                </td>
                <td className="pr-3">{DIRECTION_LABELS[r.direction]}</td>
                <td className="pr-3">{amountRange(r.amountMinCents, r.amountMaxCents)}</td>
                <td className="pr-3 tabular-nums">{r.priority}</td>
                <td className="font-mono text-muted">{r.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
