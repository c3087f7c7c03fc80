import { NextResponse } from 'next/server';
import { z } from 'zod';
import { route } from '@/lib/server/http.server';
import { monthDetail } from '@/lib/server/months.server';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM');

export const GET = route<{ params: Promise<{ month: string }> }>(async (_req, { user, params }) => {
  const month = Month.parse((await params).month);
  return NextResponse.json(await monthDetail(user.id, month));
});
