type Schema = Record<string, unknown>;
export type OperationView = {
  method: string;
  path: string;
  summary?: string;
  description?: string;
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
};

const METHOD_TONE: Record<string, string> = {
  GET: 'bg-sky-100 text-sky-900',
  POST: 'bg-emerald-100 text-emerald-900',
  PUT: 'bg-amber-100 text-amber-900',
  PATCH: 'bg-amber-100 text-amber-900',
  DELETE: 'bg-red-100 text-red-900',
};

function typeOf(schema: Schema | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  return [schema.type, schema.format].filter(Boolean).join(', ');
}

/** One operation: method, path, what it does, who may call it, its parameters and its body schema. */
export function OperationCard({ operation }: { operation: OperationView }) {
  const id = `${operation.method}-${operation.path}`.replace(/[^A-Za-z0-9]+/g, '-');
  return (
    <section aria-labelledby={id} className="border-t border-slate-200 py-4 first:border-t-0">
      <h3 id={id} className="flex flex-wrap items-center gap-2 text-sm">
        <span
          className={`rounded px-2 py-0.5 font-mono text-xs font-semibold ${METHOD_TONE[operation.method] ?? ''}`}
        >
          {operation.method}
        </span>
        <code className="font-mono text-slate-900">{operation.path}</code>
      </h3>
      {operation.summary ? <p className="mt-1 text-sm text-slate-800">{operation.summary}</p> : null}
      {operation.description ? <p className="mt-1 text-xs text-slate-600">{operation.description}</p> : null}
      {operation.parameters?.length ? (
        <table className="mt-2 text-left text-xs">
          <caption className="sr-only">
            Parameters of {operation.method} {operation.path}
          </caption>
          <thead className="text-slate-600">
            <tr>
              <th className="pr-4 font-medium">Parameter</th>
              <th className="pr-4 font-medium">In</th>
              <th className="font-medium">Type</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`}>
                <td className="pr-4 font-mono">
                  {parameter.name}
                  {parameter.required ? '' : '?'}
                </td>
                <td className="pr-4">{parameter.in}</td>
                <td>{typeOf(parameter.schema)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {Object.entries(operation.requestBody?.content ?? {}).map(([type, { schema }]) => (
        <details key={type} className="mt-2 text-xs">
          <summary className="cursor-pointer text-slate-700">Request body ({type})</summary>
          <pre
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
            tabIndex={0}
            className="mt-1 max-h-96 overflow-auto rounded bg-slate-50 p-2 font-mono text-slate-800"
          >
            {JSON.stringify(schema, null, 2)}
          </pre>
        </details>
      ))}
    </section>
  );
}
