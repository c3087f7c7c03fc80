import { NextResponse } from 'next/server';
import { route } from '@/lib/server/http.server';
import { undoImport } from '@/lib/server/import.server';

/** Undo an import: remove its transactions, keep it in history as undone. */
export const DELETE = route<{ params: Promise<{ id: string }> }>(async (_req, { user, params }) => {
  const { id } = await params;
  return NextResponse.json(await undoImport(user.id, id));
});
