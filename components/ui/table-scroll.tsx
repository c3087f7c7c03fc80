import type { ReactNode } from 'react';

/**
 * The box every wide table sits in: on a narrow screen the table scrolls
 * sideways inside its card instead of widening the page. It is a named,
 * focusable region so a keyboard user can tab to it and scroll it with the
 * arrow keys (axe: scrollable-region-focusable). `relative` keeps
 * positioned descendants (screen-reader-only labels in a header cell) inside
 * the box: left to the page, they widen it although the table scrolls.
 */
export function TableScroll({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
