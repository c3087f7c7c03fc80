'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ALL_CATEGORIES } from '@/lib/core/types';
import { ApiError, apiFetch } from '@/lib/client/api';
import type { RuleCreateInput, RuleView } from '@/lib/schemas/rules';
import { Button } from '@/components/ui/button';
import { DIRECTION_LABELS, FIELD_LABELS, OP_LABELS, centsToInput, parseDollars } from './labels';

const input = 'mt-1 block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger';

type FieldKey = 'name' | 'field' | 'op' | 'value' | 'category' | 'direction' | 'min' | 'max' | 'priority';

interface Draft {
  name: string;
  field: RuleView['match']['field'];
  op: RuleView['match']['op'];
  value: string;
  category: string;
  direction: RuleView['direction'];
  min: string;
  max: string;
  priority: string;
  enabled: boolean;
}

const EMPTY: Draft = {
  name: '',
  field: 'description',
  op: 'contains',
  value: '',
  category: 'Dining',
  direction: 'out',
  min: '',
  max: '',
  priority: '100',
  enabled: true,
};

function draftOf(rule: RuleView): Draft {
  return {
    name: rule.name ?? '',
    field: rule.match.field,
    op: rule.match.op,
    value: rule.match.value,
    category: rule.category,
    direction: rule.direction,
    min: centsToInput(rule.amountMinCents),
    max: centsToInput(rule.amountMaxCents),
    priority: String(rule.priority),
    enabled: rule.enabled,
  };
}

/** API detail paths → form fields. */
const PATHS: Record<string, FieldKey> = {
  name: 'name',
  'match.field': 'field',
  'match.op': 'op',
  'match.value': 'value',
  match: 'value',
  category: 'category',
  direction: 'direction',
  amountMinCents: 'min',
  amountMaxCents: 'max',
  priority: 'priority',
};

const NAMES: Record<FieldKey, string> = {
  name: 'Name',
  field: 'Look at',
  op: 'How to match',
  value: 'Text to match',
  category: 'Category',
  direction: 'Direction',
  min: 'Smallest amount',
  max: 'Largest amount',
  priority: 'Priority',
};

type Errors = Partial<Record<FieldKey, string>>;

/**
 * Add a rule, or edit one (`rule` given). Errors from the server are shown
 * next to their field and summarized in an alert.
 */
export function RuleForm({ rule, onDone }: { rule?: RuleView; onDone?: (saved: RuleView | null) => void }) {
  const qc = useQueryClient();
  const uid = useId();
  const [draft, setDraft] = useState<Draft>(rule ? draftOf(rule) : EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (rule) first.current?.focus();
  }, [rule]);

  const save = useMutation({
    mutationFn: (body: RuleCreateInput) =>
      rule
        ? apiFetch<{ rule: RuleView }>(`/api/rules/${encodeURIComponent(rule.id)}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        : apiFetch<{ rule: RuleView }>('/api/rules', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }),
    onSuccess: async ({ rule: r }) => {
      await qc.invalidateQueries({ queryKey: ['rules'] });
      if (rule) {
        onDone?.(r);
      } else {
        setDraft(EMPTY);
        setSaved(`Added the rule for “${r.match.value}” (${r.category}). New imports use it now; re-categorize history below to apply it to past transactions.`);
        first.current?.focus();
      }
    },
    onError: (err) => {
      if (err instanceof ApiError && Array.isArray(err.details)) {
        const next: Errors = {};
        for (const d of err.details as Array<{ path?: string; message?: string }>) {
          const key = PATHS[d.path ?? ''];
          if (key && !next[key]) next[key] = d.message ?? 'Not valid.';
        }
        setErrors(next);
        setFormError(Object.keys(next).length ? null : err.message);
      } else {
        setFormError(err instanceof Error ? err.message : 'Could not save the rule.');
      }
    },
  });

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    setFormError(null);
    const next: Errors = {};
    if (!draft.value.trim()) next.value = 'Enter the text to match.';
    const min = parseDollars(draft.min);
    const max = parseDollars(draft.max);
    if ('error' in min) next.min = min.error;
    if ('error' in max) next.max = max.error;
    const priority = Number(draft.priority);
    if (draft.priority.trim() === '' || !Number.isInteger(priority)) next.priority = 'Enter a whole number.';
    setErrors(next);
    if (Object.keys(next).length || 'error' in min || 'error' in max) return;
    save.mutate({
      name: draft.name.trim() || null,
      category: draft.category as RuleCreateInput['category'],
      priority,
      match: { field: draft.field, op: draft.op, value: draft.value },
      amountMinCents: min.cents,
      amountMaxCents: max.cents,
      direction: draft.direction,
      enabled: draft.enabled,
    });
  }

  const id = (k: string) => `${uid}-${k}`;
  const describe = (k: FieldKey, hint?: string) =>
    [errors[k] ? id(`${k}-error`) : null, hint ? id(`${k}-hint`) : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (k: FieldKey) =>
    errors[k] ? (
      <p id={id(`${k}-error`)} className="mt-1 text-sm text-danger">
        {errors[k]}
      </p>
    ) : null;
  const errorList = Object.entries(errors) as Array<[FieldKey, string]>;

  return (
    <form
      onSubmit={onSubmit}
      // Escape leaves editing, like Cancel (the page puts focus back on the rule's Edit button)
      onKeyDown={(e) => {
        if (rule && e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onDone?.(null);
        }
      }}
      noValidate
      className="space-y-4"
      aria-label={rule ? 'Edit rule' : 'Add a rule'}
    >
      {errorList.length || formError ? (
        <div role="alert" className="rounded-md border border-danger p-3 text-sm text-danger">
          <p className="font-semibold">The rule was not saved.</p>
          {formError ? <p>{formError}</p> : null}
          {errorList.length ? (
            <ul className="list-disc pl-5">
              {errorList.map(([k, msg]) => (
                <li key={k}>
                  {/* "Largest amount must be…" names its field already: the whole message is the link */}
                  {msg.startsWith(NAMES[k]) ? (
                    <a href={`#${id(k)}`} className="underline">
                      {msg}
                    </a>
                  ) : (
                    <>
                      <a href={`#${id(k)}`} className="underline">
                        {NAMES[k]}
                      </a>
                      : {msg}
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor={id('field')} className="block text-sm font-medium">
            Look at
          </label>
          <select id={id('field')} className={input} value={draft.field} onChange={(e) => set('field', e.target.value as Draft['field'])} aria-invalid={!!errors.field} aria-describedby={describe('field')}>
            {Object.entries(FIELD_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
          {fieldError('field')}
        </div>
        <div>
          <label htmlFor={id('op')} className="block text-sm font-medium">
            How to match
          </label>
          <select id={id('op')} className={input} value={draft.op} onChange={(e) => set('op', e.target.value as Draft['op'])} aria-invalid={!!errors.op} aria-describedby={describe('op')}>
            {Object.entries(OP_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
          {fieldError('op')}
        </div>
        <div>
          <label htmlFor={id('value')} className="block text-sm font-medium">
            Text to match
          </label>
          <input
            ref={first}
            id={id('value')}
            className={`${input} font-mono`}
            value={draft.value}
            onChange={(e) => set('value', e.target.value)}
            required
            autoComplete="off"
            spellCheck={false}
            aria-invalid={!!errors.value}
            aria-describedby={describe('value', 'value')}
          />
          <p id={id('value-hint')} className="mt-1 text-xs text-muted">
            Case is ignored. A regex is a JavaScript pattern without slashes, e.g. <code>\bacme (cafe|bar)</code>.
          </p>
          {fieldError('value')}
        </div>
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor={id('category')} className="block text-sm font-medium">
            Category
          </label>
          <select id={id('category')} className={input} value={draft.category} onChange={(e) => set('category', e.target.value)} aria-invalid={!!errors.category} aria-describedby={describe('category')}>
            {ALL_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          {fieldError('category')}
        </div>
        <div>
          <label htmlFor={id('direction')} className="block text-sm font-medium">
            Direction
          </label>
          <select id={id('direction')} className={input} value={draft.direction} onChange={(e) => set('direction', e.target.value as Draft['direction'])} aria-invalid={!!errors.direction} aria-describedby={describe('direction')}>
            {Object.entries(DIRECTION_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
          {fieldError('direction')}
        </div>
        <div>
          <label htmlFor={id('name')} className="block text-sm font-medium">
            Name <span className="font-normal text-muted">(optional)</span>
          </label>
          <input id={id('name')} className={input} value={draft.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" maxLength={200} aria-invalid={!!errors.name} aria-describedby={describe('name')} />
          {fieldError('name')}
        </div>
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor={id('min')} className="block text-sm font-medium">
            Smallest amount ($, optional)
          </label>
          <input id={id('min')} className={input} inputMode="decimal" value={draft.min} onChange={(e) => set('min', e.target.value)} autoComplete="off" aria-invalid={!!errors.min} aria-describedby={describe('min', 'amount')} />
          {fieldError('min')}
        </div>
        <div>
          <label htmlFor={id('max')} className="block text-sm font-medium">
            Largest amount ($, optional)
          </label>
          <input id={id('max')} className={input} inputMode="decimal" value={draft.max} onChange={(e) => set('max', e.target.value)} autoComplete="off" aria-invalid={!!errors.max} aria-describedby={describe('max', 'amount')} />
          {fieldError('max')}
        </div>
        <div>
          <label htmlFor={id('priority')} className="block text-sm font-medium">
            Priority
          </label>
          <input id={id('priority')} className={input} type="number" step={1} inputMode="numeric" value={draft.priority} onChange={(e) => set('priority', e.target.value)} aria-invalid={!!errors.priority} aria-describedby={describe('priority', 'priority')} />
          <p id={id('priority-hint')} className="mt-1 text-xs text-muted">
            Higher wins when two of your rules match. Your rules always win over the built-in ones.
          </p>
          {fieldError('priority')}
        </div>
      </div>
      <p id={id('amount-hint')} className="-mt-2 text-xs text-muted">
        Amounts are compared without their sign, so $20 means $20 in or out.
      </p>

      <div className="flex items-center gap-2">
        <input id={id('enabled')} type="checkbox" className="h-4 w-4 accent-[var(--accent)]" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} />
        <label htmlFor={id('enabled')} className="text-sm">
          Enabled
        </label>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : rule ? 'Save changes' : 'Add rule'}
        </Button>
        {rule ? (
          <Button type="button" variant="secondary" onClick={() => onDone?.(null)}>
            Cancel
          </Button>
        ) : null}
      </div>
      <p role="status" className="text-sm text-muted">
        {saved}
      </p>
    </form>
  );
}
