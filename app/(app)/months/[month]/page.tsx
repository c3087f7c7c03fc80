import { notFound } from 'next/navigation';
import { MonthDetailView } from '@/components/months/month-detail-view';
import { monthLabel } from '@/lib/core/format';

export async function generateMetadata({ params }: { params: Promise<{ month: string }> }) {
  return { title: monthLabel((await params).month) };
}

export default async function MonthPage({ params }: { params: Promise<{ month: string }> }) {
  const { month } = await params;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) notFound();
  return <MonthDetailView month={month} />;
}
