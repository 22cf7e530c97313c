import type { TemplateDrift } from '@/lib/mapping-templates/apply-template';

const quote = (list: string[]) => list.map((h) => `“${h}”`).join(', ');

/** What applying a template to this file changes, before it is applied. */
export function TemplateDriftList({ drift }: { drift: TemplateDrift }) {
  const items = [
    drift.renamed.length > 0
      ? {
          tone: 'text-indigo-900',
          title: 'Renamed columns, matched by their look-alike',
          body: drift.renamed.map((r) => `“${r.from}” → “${r.to}”`).join(', '),
        }
      : null,
    drift.missing.length > 0
      ? {
          tone: 'text-red-800',
          title: 'Missing from this file (their fields stay unmapped)',
          body: quote(drift.missing),
        }
      : null,
    drift.extra.length > 0
      ? { tone: 'text-amber-900', title: 'New in this file (left for you to map)', body: quote(drift.extra) }
      : null,
    drift.droppedFields.length > 0
      ? {
          tone: 'text-red-800',
          title: 'Fields the module no longer has (skipped)',
          body: drift.droppedFields.join(', '),
        }
      : null,
  ].filter((item) => item !== null);
  return (
    <ul aria-label="Differences from the saved mapping" className="space-y-1.5 text-sm">
      {items.map((item) => (
        <li key={item.title} className={item.tone}>
          <span className="font-semibold">{item.title}:</span> {item.body}
        </li>
      ))}
    </ul>
  );
}
