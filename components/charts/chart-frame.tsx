'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The box a chart draws in. A chart only pictures figures the page also gives in a table or in words, so it is hidden from
 * assistive technology and adds no Tab stop, while the pointer still reaches it for the hover tooltip.
 *
 * Recharts draws each z-index layer as an SVG <g> it fills through a React portal, and React listens for focus events on
 * every portal container. Chromium makes an SVG element with focus listeners a Tab stop, so each chart had invisible ones
 * (four, more once the tooltip's cursor has a layer). tabindex="-1" takes them out of the tab order; `inert` did too, but
 * it also took the pointer, and with it the tooltip. A press does not focus them either (Chromium would ring the bars in
 * black), so focus never lands inside the hidden chart.
 */
export function ChartFrame({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const untab = () =>
      frame.querySelectorAll('g[class^="recharts-zIndex-layer_"]:not([tabindex])').forEach((g) => g.setAttribute('tabindex', '-1'));
    untab();
    // the layers come once ResponsiveContainer has measured the box, and anew if the chart remounts
    const observer = new MutationObserver(untab);
    observer.observe(frame, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className} aria-hidden="true" onMouseDown={(e) => e.preventDefault()}>
      {children}
    </div>
  );
}

/** A chart tooltip's box, in the app's colours (light and dark). */
export function TooltipBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-md border border-border bg-card px-3 py-2 text-sm text-fg shadow-md" data-testid="chart-tooltip">
      <p className="font-semibold">{title}</p>
      {children}
    </div>
  );
}
