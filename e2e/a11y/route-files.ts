import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The files that make a page a user can land on; layouts and route handlers are not pages. */
const PAGE_FILE = /^(page|not-found|error|global-error|forbidden|unauthorized)\.(tsx|ts|jsx|js|mdx)$/;

/** Every page file under app/, as a path from the repository root (`app/(console)/jobs/page.tsx`). */
export function routeFiles(dir = 'app'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return PAGE_FILE.test(entry.name) ? [full] : [];
  });
}
