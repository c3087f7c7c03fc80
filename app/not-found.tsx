import Link from 'next/link';
import { PageMain } from '@/components/ui/main-landmark';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <PageMain className="mx-auto mt-16 max-w-lg px-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <Link href="/months" className="mt-4 inline-block text-accent underline">
        Go to your months
      </Link>
    </PageMain>
  );
}
