'use client';

import { Button } from '@/components/ui/button';
import { apiFetch } from '@/lib/http/api-fetch';

export function SignOutEverywhereButton() {
  async function signOutEverywhere() {
    await apiFetch('/api/auth/sign-out-everywhere', { method: 'POST' }).catch(() => undefined);
    window.location.assign('/sign-in');
  }
  return (
    <Button variant="secondary" onClick={signOutEverywhere}>
      Log out everywhere
    </Button>
  );
}
