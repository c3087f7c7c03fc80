import { MonthsView } from '@/components/months/months-view';

export const metadata = { title: 'Months' };

export default function MonthsPage() {
  return <MonthsView />;
}
