'use client';
import { useQuery } from '@tanstack/react-query';
import { connectionsQuery, usersQuery } from '@/components/connect/queries';
import { useMappingConnection } from '../mapping-connection';

/**
 * An Owner given to every record: a choice among the org's active users, sent as the user's id; the connected
 * user is marked, the usual choice.
 */
export function OwnerDefaultSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const connectionId = useMappingConnection();
  const users = useQuery({ ...usersQuery(connectionId), enabled: connectionId !== '' });
  const connections = useQuery(connectionsQuery());
  const me = connections.data?.find((connection) => connection.id === connectionId)?.userEmail.toLowerCase();
  const active = (users.data ?? []).filter((user) => user.isActive);
  const connectedUser = active.find((user) => user.email.toLowerCase() === me)?.id;
  return (
    <label className="mt-2 block text-xs font-medium text-slate-700">
      Or the same user for every record
      <select
        className="mt-1 block h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm font-normal"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{users.isLoading ? 'Loading users…' : 'Choose a user'}</option>
        {active.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name} ({user.email}){user.id === connectedUser ? ' — you' : ''}
          </option>
        ))}
      </select>
      {users.isError ? <span className="mt-1 block text-red-700">{users.error.message}</span> : null}
    </label>
  );
}
