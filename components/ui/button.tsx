import type { ComponentPropsWithRef } from 'react';

type Variant = 'primary' | 'secondary' | 'danger';

const styles: Record<Variant, string> = {
  primary: 'bg-accent text-accent-fg hover:opacity-90',
  secondary: 'border border-border bg-card text-fg hover:bg-bg',
  danger: 'border border-danger text-danger bg-card hover:bg-bg',
};

/**
 * A button. For a button that is busy (its request is pending), pass
 * `aria-disabled` rather than `disabled`: a disabled button loses keyboard
 * focus (it drops to <body>), an aria-disabled one keeps it, looks the same
 * and ignores clicks, Enter and Space (and does not submit its form).
 */
export function Button({ variant = 'primary', className = '', onClick, ...props }: ComponentPropsWithRef<'button'> & { variant?: Variant }) {
  const inactive = props['aria-disabled'] === true || props['aria-disabled'] === 'true';
  return (
    <button
      {...props}
      onClick={inactive ? (e) => e.preventDefault() : onClick}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 ${styles[variant]} ${className}`}
    />
  );
}
