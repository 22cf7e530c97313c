import 'server-only';

// Contract placeholder: the auth work replaces this with the real session check
// (redirect to /setup when no admin exists, to /login when there is no valid session).
export type AdminSession = { adminId: string; email: string; name: string };

export async function requireAdmin(): Promise<AdminSession> {
  throw new Error('requireAdmin is not implemented yet');
}
