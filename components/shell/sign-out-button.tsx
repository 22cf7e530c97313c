'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { apiFetch } from '@/lib/http/api-fetch';

export function SignOutButton() {
  const [isPending, setIsPending] = useState(false);
  async function signOut() {
    setIsPending(true);
    await apiFetch('/api/auth/sign-out', { method: 'POST' }).catch(() => undefined);
    window.location.assign('/sign-in');
  }
  return (
    <Button variant="ghost" size="sm" onClick={signOut} disabled={isPending}>
      Sign out
    </Button>
  );
}
