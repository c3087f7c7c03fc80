import { ImportView } from '@/components/import/import-view';

export const metadata = { title: 'Import' };

export default function ImportPage() {
  return <ImportView />;
}
