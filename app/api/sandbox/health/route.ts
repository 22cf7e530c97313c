import { route } from '@/lib/http/route';
import { isSandboxUp } from '@/lib/sandbox/check-sandbox';

export const GET = route(
  { auth: 'admin', summary: 'Whether the built-in sandbox answers right now' },
  async () => Response.json({ isUp: await isSandboxUp() }),
);
