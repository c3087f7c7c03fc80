import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNext('/months/2024-03')).toBe('/months/2024-03');
    expect(safeNext('/import?step=2#preview')).toBe('/import?step=2#preview');
    expect(safeNext('/%5Cexample.com')).toBe('/%5Cexample.com');
  });

  it('falls back when there is no destination or it is not a path', () => {
    expect(safeNext(null)).toBe('/months');
    expect(safeNext('')).toBe('/months');
    expect(safeNext('months')).toBe('/months');
    expect(safeNext('https://example.com/phish')).toBe('/months');
    expect(safeNext('javascript:alert(1)')).toBe('/months');
  });

  it('refuses destinations a browser would take to another site', () => {
    // protocol-relative, a backslash (read as a slash), and tabs or newlines (dropped)
    for (const next of ['//example.com/phish', '/\\example.com/phish', '/\\/example.com', '/\t/example.com', '/\n/example.com', '/\r\n/example.com']) {
      expect(safeNext(next), JSON.stringify(next)).toBe('/months');
    }
  });

  it('uses the given fallback', () => {
    expect(safeNext('//example.com', '/admin')).toBe('/admin');
  });
});
