import { Badge } from '@/components/ui/badge';
import type { CrmField } from '@/lib/crm/crm-field';

/** What the admin needs to know about a field: type, mandatory, unique, lookup target, limits. */
export function FieldFacts({ field, isMandatory }: { field: CrmField; isMandatory: boolean }) {
  const picklist = field.picklistValues ?? [];
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
      <code className="rounded bg-slate-100 px-1 text-slate-700">{field.apiName}</code>
      <span>{field.dataType}</span>
      {field.lookupModule ? <span>→ {field.lookupModule}</span> : null}
      {field.maxLength ? <span>max {field.maxLength}</span> : null}
      {isMandatory ? <Badge tone="danger">Mandatory</Badge> : null}
      {field.isUnique ? <Badge tone="info">Unique</Badge> : null}
      {field.isReadOnly ? <Badge>Read-only</Badge> : null}
      {picklist.length > 0 ? (
        <span className="truncate" title={picklist.join(', ')}>
          {picklist.slice(0, 4).join(', ')}
          {picklist.length > 4 ? ` +${picklist.length - 4}` : ''}
        </span>
      ) : null}
    </div>
  );
}
