'use client';
import { useRef, useState, type DragEvent } from 'react';
import Link from 'next/link';
import { flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { ImportPreview, ImportSummary } from '@/lib/schemas/imports';
import { uploadForm } from '@/lib/client/upload';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PreviewCard } from './preview-card';
import { MappingForm, type Mapping } from './mapping-form';
import { ImportHistory } from './import-history';

type ErrorBody = { error: { code: string; message: string; details?: { previews?: ImportPreview[] } } };
type Phase = 'choose' | 'uploading' | 'previewed' | 'committing' | 'done';

/**
 * Upload, preview and import bank exports. Keyboard focus never drops to the
 * page: a button whose request is pending stays focusable (aria-disabled),
 * and when the request ends focus moves to what it produced (the error, the
 * result, or the preview).
 */
export function ImportView() {
  const qc = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [account, setAccount] = useState('');
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [phase, setPhase] = useState<Phase>('choose');
  const [progress, setProgress] = useState(0);
  const [previews, setPreviews] = useState<ImportPreview[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** what the last import did, and the imports it made (an undo of one of them makes the message stale) */
  const [result, setResult] = useState<{ message: string; importIds: string[] } | null>(null);
  const [dragging, setDragging] = useState(false);
  const errorBox = useRef<HTMLParagraphElement>(null);
  const resultBox = useRef<HTMLParagraphElement>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const busy = phase === 'uploading' || phase === 'committing';

  function form(mode: 'preview' | 'commit', m: Mapping | null): FormData {
    const f = new FormData();
    f.set('mode', mode);
    if (account.trim()) f.set('account', account.trim());
    if (m) f.set('mapping', JSON.stringify(m));
    for (const file of files) f.append('file', file);
    return f;
  }

  /** Apply a finished request's state, then focus what it produced: the pressed button may be gone. */
  function settle(update: () => void) {
    flushSync(update);
    (errorBox.current ?? resultBox.current ?? previewTitle.current)?.focus();
  }

  async function send(mode: 'preview' | 'commit', m: Mapping | null = mapping) {
    if (busy) return;
    setError(null);
    setResult(null);
    setProgress(0);
    setPhase(mode === 'preview' ? 'uploading' : 'committing');
    try {
      const { status, body } = await uploadForm<{ previews?: ImportPreview[]; imports?: ImportSummary[] } & Partial<ErrorBody>>(
        '/api/imports',
        form(mode, m),
        setProgress,
      );
      const shown = body.previews ?? body.imports ?? body.error?.details?.previews ?? [];
      if (status >= 400) {
        // a file that is empty or not CSV has no preview to check: the error says so, its card would only repeat it
        const usable = shown.some((p) => !p.fileProblem);
        settle(() => {
          setPreviews(usable ? shown : []);
          setError(body.error?.message ?? (status === 422 ? 'Some files have problems; see below.' : `The server answered ${status}.`));
          setPhase(usable ? 'previewed' : 'choose');
        });
        return;
      }
      if (mode === 'commit') {
        const added = shown.reduce((s, p) => s + p.newCount, 0);
        const dupes = shown.reduce((s, p) => s + p.duplicateCount, 0);
        settle(() => {
          setPreviews(shown);
          setResult({
            message: `Imported ${added.toLocaleString('en-AU')} new transaction${added === 1 ? '' : 's'}${dupes ? `; ${dupes.toLocaleString('en-AU')} already imported were skipped` : ''}.`,
            importIds: (body.imports ?? []).map((i) => i.importId),
          });
          setPhase('done');
        });
        await Promise.all([qc.invalidateQueries({ queryKey: ['imports'] }), qc.invalidateQueries({ queryKey: ['months'] })]);
      } else {
        settle(() => {
          setPreviews(shown);
          setPhase('previewed');
        });
      }
    } catch (e) {
      settle(() => {
        setError((e as Error).message);
        setPhase('choose');
      });
    }
  }

  function choose(list: FileList | null) {
    if (!list) return;
    setFiles(Array.from(list));
    setPreviews([]);
    setMapping(null);
    setResult(null);
    setError(null);
    setPhase('choose');
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    choose(e.dataTransfer.files);
  }

  function clear() {
    setFiles([]);
    setPreviews([]);
    setMapping(null);
    setError(null);
    setPhase('choose');
    if (inputRef.current) inputRef.current.value = '';
  }

  /** Cancel, or Import more files: back to choosing files, where focus goes too (the pressed button goes away). */
  function reset() {
    clear();
    inputRef.current?.focus();
  }

  /** An import undone in the history: if this page just made it, "Imported …" and its preview are stale. */
  function undone(importId: string) {
    if (!result?.importIds.includes(importId)) return;
    setResult(null);
    if (phase === 'done') clear();
  }

  const needsMapping = previews.find((p) => p.needsMapping);
  const canCommit = phase === 'previewed' && previews.length > 0 && previews.every((p) => !p.needsMapping && p.errors.length === 0 && p.rows > 0);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Import bank exports</h1>
      <Card title="1. Choose files">
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`rounded-lg border-2 border-dashed p-6 text-center ${dragging ? 'border-accent' : 'border-border'}`}
          data-testid="drop-zone"
        >
          <p className="mb-3 text-muted">Drop CSV exports from CommBank, ANZ, Westpac, NAB, ING, Macquarie, Up or any other bank here, or</p>
          <label className="inline-block cursor-pointer rounded-md border border-border bg-card px-4 py-2 text-sm font-medium focus-within:outline focus-within:outline-3 focus-within:outline-accent">
            Choose CSV files
            <input
              ref={inputRef}
              type="file"
              name="file"
              accept=".csv,text/csv,text/plain"
              multiple
              className="sr-only"
              onChange={(e) => choose(e.target.files)}
            />
          </label>
          {files.length ? (
            <ul className="mt-3 text-sm" aria-label="Chosen files">
              {files.map((f) => (
                <li key={f.name}>
                  {f.name} ({(f.size / 1024).toFixed(1)} KB)
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="mt-4 flex flex-wrap items-end gap-4">
          <label className="text-sm">
            Account name (optional)
            <input
              value={account}
              onChange={(e) => setAccount(e.target.value)}
              placeholder="e.g. Everyday account"
              className="mt-1 block rounded-md border border-border bg-bg px-3 py-2"
            />
          </label>
          <Button onClick={() => void send('preview')} disabled={!files.length} aria-disabled={busy}>
            Preview
          </Button>
        </div>
        {busy ? (
          <div className="mt-4">
            <label htmlFor="upload-progress" className="text-sm">
              {phase === 'uploading' ? 'Uploading and checking…' : 'Importing…'} {Math.round(progress * 100)}%
            </label>
            <progress id="upload-progress" className="block w-full" value={progress} max={1} />
          </div>
        ) : null}
      </Card>

      {error ? (
        <p ref={errorBox} role="alert" tabIndex={-1} className="rounded-md border border-danger bg-card p-3 text-danger">
          {error}
        </p>
      ) : null}
      {result ? (
        <p ref={resultBox} role="status" tabIndex={-1} className="rounded-md border border-border bg-card p-3">
          {result.message}{' '}
          {/* the months are scored by the time the import answers: the next step is to read them */}
          <Link href="/months" className="text-accent underline">
            See your months
          </Link>
        </p>
      ) : null}

      {previews.length ? (
        <section aria-labelledby="preview-title" className="space-y-4">
          <h2 ref={previewTitle} id="preview-title" tabIndex={-1} className="text-xl font-semibold">
            {phase === 'done' ? 'Imported' : '2. Check the preview'}
          </h2>
          {previews.map((p) => (
            <PreviewCard key={p.fileName} preview={p} />
          ))}
          {needsMapping && needsMapping.sample ? (
            <MappingForm
              sample={needsMapping.sample}
              onSubmit={(m) => {
                setMapping(m);
                void send('preview', m);
              }}
            />
          ) : null}
          {phase !== 'done' ? (
            <div className="flex gap-3">
              <Button onClick={() => void send('commit')} disabled={!busy && !canCommit} aria-disabled={busy}>
                Import {previews.reduce((s, p) => s + p.newCount, 0).toLocaleString('en-AU')} new transactions
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  if (!busy) reset();
                }}
                aria-disabled={busy}
              >
                Cancel
              </Button>
            </div>
          ) : (
            <Button variant="secondary" onClick={reset}>
              Import more files
            </Button>
          )}
        </section>
      ) : null}

      <ImportHistory onUndone={undone} />
    </div>
  );
}
