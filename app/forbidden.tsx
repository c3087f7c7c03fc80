import Link from 'next/link';
import { PageMain } from '@/components/ui/main-landmark';

export default function Forbidden() {
  return (
    <PageMain className="mx-auto mt-16 max-w-lg px-4">
      <h1 className="text-2xl font-bold">403 — not allowed</h1>
      <p className="mt-2 text-muted">This page is for administrators. Your account can see its own months.</p>
      <Link href="/months" className="mt-4 inline-block text-accent underline">
        Back to your months
      </Link>
    </PageMain>
  );
}
