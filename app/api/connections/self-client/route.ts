import { connectSelfClient, selfClientSchema } from '@/lib/connections/connect-self-client';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const POST = route({ auth: 'admin', body: selfClientSchema }, async ({ body, session }) => {
  const id = await connectSelfClient({ db: await getDb(), adminId: session.adminId, input: body });
  return Response.json({ id }, { status: 201 });
});
