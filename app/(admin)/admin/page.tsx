import { currentUser } from '@/lib/server/http.server';
import { requireAdmin } from '@/lib/server/session.server';
import { listUsers } from '@/lib/server/users.server';
import { Card } from '@/components/ui/card';
import { TableScroll } from '@/components/ui/table-scroll';

// the layout answers 403 for other users, but Next still takes the tab title from here
// (app/forbidden.tsx's own metadata is not used for a 403 thrown by a layout)
export async function generateMetadata() {
  return { title: (await currentUser())?.role === 'admin' ? 'Admin' : 'Not allowed' };
}

export default async function AdminPage() {
  await requireAdmin();
  const users = await listUsers();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Administration</h1>
      <Card title="Users">
        <TableScroll label="Users">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Users and their data</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-2">Email</th>
                <th scope="col">Role</th>
                <th scope="col" className="text-right">Transactions</th>
                <th scope="col" className="text-right">Imports</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-border last:border-0">
                  <td className="py-2">{u.email}</td>
                  <td>{u.role}</td>
                  <td className="text-right tabular-nums">{u.transactions.toLocaleString('en-AU')}</td>
                  <td className="text-right tabular-nums">{u.imports.toLocaleString('en-AU')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>
    </div>
  );
}
