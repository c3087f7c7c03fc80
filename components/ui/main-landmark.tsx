'use client';
import { createContext, useContext, type ReactNode } from 'react';

/** True inside the app shell's <main>. */
const InShellMain = createContext(false);

/**
 * The app shell's <main id="main">: the page's one main landmark and the
 * skip link's target.
 */
export function ShellMain({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <main id="main" className={className}>
      <InShellMain value={true}>{children}</InShellMain>
    </main>
  );
}

/**
 * The main landmark of a page that renders both on its own and inside the
 * app shell (not-found, forbidden: an unknown URL has no shell, a
 * `notFound()` from one of the app's pages renders inside it): its own
 * <main id="main"> on its own, a plain <div> inside the shell's, so the page
 * never has two main landmarks or two elements with id "main".
 */
export function PageMain({ className, children }: { className?: string; children: ReactNode }) {
  return useContext(InShellMain) ? (
    <div className={className}>{children}</div>
  ) : (
    <main id="main" className={className}>
      {children}
    </main>
  );
}
