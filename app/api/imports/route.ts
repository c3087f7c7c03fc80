import { NextResponse } from 'next/server';
import { HttpError, route } from '@/lib/server/http.server';
import { env } from '@/lib/server/env.server';
import { blockingProblem, commitImport, listImports, previewImport, type ImportFile } from '@/lib/server/import.server';
import { ImportFormSchema } from '@/lib/schemas/imports';

/** Import history. */
export const GET = route(async (_req, { user }) => NextResponse.json({ imports: await listImports(user.id) }));

/**
 * Upload one or more bank exports as multipart/form-data (`file` fields, plus
 * `mode` = preview | commit, optional `account` and `mapping`). Preview never
 * writes. Commit refuses every file if any file has a problem, then imports
 * each file atomically.
 */
export const POST = route(async (req, { user }) => {
  const limits = { maxBytes: env().IMPORT_MAX_BYTES, maxRows: env().IMPORT_MAX_ROWS };
  const type = req.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) {
    throw new HttpError(415, 'unsupported_media_type', 'Upload files as multipart/form-data.');
  }
  const declared = Number(req.headers.get('content-length') ?? 0);
  const maxRequest = limits.maxBytes * 5 + 1024 * 1024;
  if (declared > maxRequest) {
    throw new HttpError(413, 'request_too_large', `The upload is ${(declared / 1048576).toFixed(1)} MB; at most ${(limits.maxBytes / 1048576).toFixed(0)} MB per file.`);
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new HttpError(400, 'invalid_form', 'The upload could not be read as a form.');
  }
  const fields = ImportFormSchema.parse({
    mode: form.get('mode') ?? undefined,
    account: typeof form.get('account') === 'string' && form.get('account') !== '' ? form.get('account') : undefined,
    mapping: typeof form.get('mapping') === 'string' && form.get('mapping') !== '' ? form.get('mapping') : undefined,
  });
  const blobs = form.getAll('file').filter((f): f is File => typeof f !== 'string');
  if (blobs.length === 0) throw new HttpError(400, 'no_file', 'Choose at least one CSV file to upload.');
  if (blobs.length > 5) throw new HttpError(400, 'too_many_files', 'Upload at most 5 files at a time.');

  const files: ImportFile[] = [];
  for (const b of blobs) {
    if (b.size > limits.maxBytes) {
      throw new HttpError(413, 'file_too_large', `${b.name} is ${(b.size / 1048576).toFixed(1)} MB; the limit is ${(limits.maxBytes / 1048576).toFixed(0)} MB.`, { file: b.name });
    }
    files.push({ fileName: b.name || 'upload.csv', bytes: new Uint8Array(await b.arrayBuffer()), accountName: fields.account, mapping: fields.mapping });
  }

  const previews = [];
  for (const f of files) previews.push(await previewImport(user.id, f, limits));
  const problems = previews.map(blockingProblem).filter((p): p is HttpError => p !== null);
  if (problems.length) {
    // Preview and commit alike: 4xx naming the file, line and field, with every preview in the details.
    const first = problems[0]!;
    throw new HttpError(first.status, first.code, first.message, { previews });
  }
  if (fields.mode === 'preview') return NextResponse.json({ previews });
  const imports = [];
  for (const f of files) imports.push(await commitImport(user.id, f, limits));
  return NextResponse.json({ imports }, { status: 201 });
});
