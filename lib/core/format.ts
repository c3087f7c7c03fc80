/** "2026-03" -> "March 2026" (en-AU). */
export function monthLabel(month: string, style: 'long' | 'short' = 'long'): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-AU', { month: style, year: 'numeric', timeZone: 'UTC' });
}
