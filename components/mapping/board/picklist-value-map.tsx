import type { CrmField } from '@/lib/crm/crm-field';
import { unknownPicklistValues } from '@/lib/mapping/check-column';
import { LabelledSelect } from '../labelled-select';

type Props = {
  field: CrmField;
  samples: string[];
  valueMap: Record<string, string>;
  onChange: (valueMap: Record<string, string>) => void;
};

/** CSV values the picklist lacks → an existing option; left alone, Zoho adds them to the picklist. */
export function PicklistValueMap({ field, samples, valueMap, onChange }: Props) {
  const unknown = unknownPicklistValues(samples, field, {});
  if (unknown.length === 0) return null;
  const choose = (value: string, option: string) => {
    const { [value]: _old, ...rest } = valueMap;
    onChange(option ? { ...rest, [value]: option } : rest);
  };
  return (
    <fieldset className="mt-2 rounded-md border border-amber-200 bg-amber-50/60 p-2 sm:col-span-2">
      <legend className="px-1 text-xs font-medium text-amber-900">Values not in the picklist</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {unknown.map((value) => (
          <LabelledSelect
            key={value}
            label={`"${value}" becomes`}
            value={valueMap[value] ?? ''}
            onChange={(e) => choose(value, e.target.value)}
            options={[
              { value: '', label: `"${value}" (Zoho adds it)` },
              ...(field.picklistValues ?? []).map((option) => ({ value: option, label: option })),
            ]}
          />
        ))}
      </div>
    </fieldset>
  );
}
