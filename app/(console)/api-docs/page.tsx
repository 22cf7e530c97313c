import { headers } from 'next/headers';
import { OperationCard, type OperationView } from '@/components/api-docs/operation-card';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';
import { appOrigin } from '@/lib/http/app-origin';
import { buildOpenApiDocument } from '@/lib/openapi/build-openapi-document';

export const metadata = { title: 'API reference' };

type Paths = Record<string, Record<string, Omit<OperationView, 'method' | 'path'> & { tags?: string[] }>>;

export default async function ApiDocsPage() {
  await requireAdmin();
  const document = buildOpenApiDocument(appOrigin(await headers()));
  const byTag = new Map<string, OperationView[]>();
  for (const [path, operations] of Object.entries(document.paths as Paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = operation.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { ...operation, method: method.toUpperCase(), path }]);
    }
  }
  return (
    <>
      <PageHeader
        title="API reference"
        description="Every route the console uses, for scripts and the fieldmap CLI. Authenticate with an API token: Authorization: Bearer fmt_…"
      />
      <p className="mb-4 text-sm text-slate-700">
        Machine-readable:{' '}
        <a href="/api/openapi.json" className="text-indigo-700 underline">
          /api/openapi.json
        </a>{' '}
        (OpenAPI 3.1, built from the same zod schemas the routes check their input with).
      </p>
      <nav aria-label="API sections" className="mb-4 flex flex-wrap gap-2 text-sm">
        {[...byTag.keys()].map((tag) => (
          <a
            key={tag}
            href={`#tag-${tag.replace(/\W+/g, '-')}`}
            className="rounded bg-slate-100 px-2 py-1 text-slate-800"
          >
            {tag}
          </a>
        ))}
      </nav>
      <div className="space-y-6">
        {[...byTag.entries()].map(([tag, operations]) => (
          <Card key={tag} className="p-6">
            <h2 id={`tag-${tag.replace(/\W+/g, '-')}`} className="text-base font-semibold">
              {tag}
            </h2>
            {operations.map((operation) => (
              <OperationCard key={`${operation.method} ${operation.path}`} operation={operation} />
            ))}
          </Card>
        ))}
      </div>
    </>
  );
}
