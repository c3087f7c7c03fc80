import { RulesView } from '@/components/rules/rules-view';

export const metadata = { title: 'Rules' };

export default function RulesPage() {
  return <RulesView />;
}
