'use client';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api';
import type { RuleView, RulesResponse } from '@/lib/schemas/rules';
import { Card } from '@/components/ui/card';
import { RuleForm } from './rule-form';
import { RulesTable } from './rules-table';
import { RecategorizePanel } from './recategorize-panel';
import { DefaultRules } from './default-rules';

export function RulesView() {
  const q = useQuery({ queryKey: ['rules'], queryFn: () => apiFetch<RulesResponse>('/api/rules') });
  const [editing, setEditing] = useState<RuleView | null>(null);

  function stopEditing(id: string) {
    setEditing(null);
    // back to the row's Edit button, so keyboard users keep their place
    requestAnimationFrame(() => document.getElementById(`edit-${id}`)?.focus());
  }

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Categorization rules</h1>
        <p className="mt-1 text-sm text-muted">
          Teach Oddmonth your own merchants. Your rules are tried before the built-in ones, highest priority first.
        </p>
      </div>

      <Card title={editing ? 'Edit rule' : 'Add a rule'}>
        {editing ? (
          <RuleForm key={editing.id} rule={editing} onDone={() => stopEditing(editing.id)} />
        ) : (
          <RuleForm key="new" />
        )}
      </Card>

      <Card title="Your rules">
        {q.isPending ? <p role="status">Loading your rules…</p> : null}
        {q.isError ? (
          <p role="alert" className="text-danger">
            Could not load your rules: {q.error.message}
          </p>
        ) : null}
        {q.data ? <RulesTable rules={q.data.rules} editingId={editing?.id ?? null} onEdit={setEditing} /> : null}
      </Card>

      <Card title="Re-categorize history">
        <RecategorizePanel />
      </Card>

      <Card title="Built-in rules">{q.data ? <DefaultRules rules={q.data.defaults} /> : null}</Card>
    </div>
  );
}
