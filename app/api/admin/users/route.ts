import { NextResponse } from 'next/server';
import { route } from '@/lib/server/http.server';
import { listUsers } from '@/lib/server/users.server';

export const GET = route(async () => NextResponse.json({ users: await listUsers() }), { admin: true });
