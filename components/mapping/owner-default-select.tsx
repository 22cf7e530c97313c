'use client';
import { useQuery } from '@tanstack/react-query';
import { usersQuery } from '@/components/connect/queries';
import { useMappingConnection } from './mapping-connection';

/** An Owner given to every record: a choice among the org's active users, sent as the user's id. */
export function OwnerDefaultSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const connectionId = useMappingConnection();
  const users = useQuery({ ...usersQuery(connectionId), enabled: connectionId !== '' });
  return (
    <label className="mt-2 block text-xs font-medium text-slate-700">
      Or the same owner for every record
      <select
        className="mt-1 block h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm font-normal"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{users.isLoading ? 'Loading users…' : 'Choose a user'}</option>
        {(users.data ?? [])
          .filter((user) => user.isActive)
          .map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </option>
          ))}
      </select>
      {users.isError ? <span className="mt-1 block text-red-700">{users.error.message}</span> : null}
    </label>
  );
}
