import { NextResponse } from 'next/server';
import { route } from '@/lib/server/http.server';
import { monthSummaries } from '@/lib/server/months.server';
import type { MonthsResponse } from '@/lib/schemas/months';

export const GET = route(async (_req, { user }) => {
  const body: MonthsResponse = { months: await monthSummaries(user.id) };
  return NextResponse.json(body);
});
