import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto mt-16 max-w-lg px-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <Link href="/months" className="mt-4 inline-block text-accent underline">
        Go to your months
      </Link>
    </main>
  );
}
