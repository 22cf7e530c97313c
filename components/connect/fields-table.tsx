import { Badge } from '@/components/ui/badge';
import type { CrmField } from '@/lib/crm/crm-field';

export function FieldsTable({ fields, mandatory }: { fields: CrmField[]; mandatory: Set<string> }) {
  return (
    <div className="max-h-96 overflow-auto rounded-md border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Fields</caption>
        <thead className="sticky top-0 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-3 py-2 font-medium">Field</th>
            <th className="px-3 py-2 font-medium">API name</th>
            <th className="px-3 py-2 font-medium">Type</th>
            <th className="px-3 py-2 font-medium">Rules</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {fields.map((field) => (
            <tr key={field.apiName}>
              <td className="px-3 py-2 text-slate-900">{field.label}</td>
              <td className="px-3 py-2 font-mono text-xs text-slate-700">{field.apiName}</td>
              <td className="px-3 py-2 text-slate-700">
                {field.dataType}
                {field.lookupModule ? ` → ${field.lookupModule}` : ''}
                {field.maxLength && field.dataType !== 'boolean' ? ` (${field.maxLength})` : ''}
              </td>
              <td className="flex flex-wrap gap-1 px-3 py-2">
                {field.isMandatory || mandatory.has(field.apiName) ? (
                  <Badge tone="danger">Mandatory</Badge>
                ) : null}
                {field.isUnique ? <Badge tone="info">Unique</Badge> : null}
                {field.isReadOnly ? <Badge>Read-only</Badge> : null}
                {field.picklistValues?.length ? <Badge>{field.picklistValues.length} values</Badge> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
