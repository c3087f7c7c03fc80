import { notFound } from 'next/navigation';
import { MonthDetailView } from '@/components/months/month-detail-view';
import { monthLabel } from '@/lib/core/format';

/** A month in the URL: YYYY-MM with a real month (2024-13 is not one). */
const isMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

export async function generateMetadata({ params }: { params: Promise<{ month: string }> }) {
  const { month } = await params;
  // validate before formatting: monthLabel would read 2024-13 as January 2025
  return { title: isMonth(month) ? monthLabel(month) : 'Page not found' };
}

export default async function MonthPage({ params }: { params: Promise<{ month: string }> }) {
  const { month } = await params;
  if (!isMonth(month)) notFound();
  return <MonthDetailView month={month} />;
}
