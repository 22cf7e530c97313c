import type { CrmField } from '@/lib/crm/crm-field';
import type { MappingAction } from '@/lib/mapping/mapping-reducer';
import type { MatchOptions } from '@/lib/mapping/mapping-state';
import { zohoFormatsFor } from '@/lib/mapping/zoho-date-formats';
import { LabelledSelect } from '../labelled-select';
import { PicklistValueMap } from './picklist-value-map';
import { useFindByChoices } from './use-find-by-choices';

type Props = {
  field: CrmField;
  index: number;
  samples: string[];
  options: MatchOptions;
  dispatch: (action: MappingAction) => void;
};

/** Per-match options: how to find a lookup, the date format, the value for empty cells. */
export function FieldOptions({ field, index, samples, options, dispatch }: Props) {
  const set = (next: MatchOptions) => dispatch({ type: 'options', index, options: next });
  const isDate = field.dataType === 'date' || field.dataType === 'datetime';
  const { choices: findBy, unique } = useFindByChoices(field);
  // Values that are not record ids (codes, names) cannot be found by id: offer the target's unique field.
  const isNotIds =
    options.findBy === 'id' && samples.some((value) => value.trim() !== '' && !/^\d+$/.test(value.trim()));
  const [uniqueField] = isNotIds ? unique : [];
  return (
    <div className="mt-2 grid gap-2 sm:grid-cols-2">
      {findBy.length > 0 ? (
        <div>
          <LabelledSelect
            label={`Find ${field.lookupModule ?? 'record'} by`}
            value={options.findBy ?? ''}
            onChange={(e) => set({ findBy: e.target.value || undefined })}
            options={[{ value: '', label: 'Choose…' }, ...findBy.map((v) => ({ value: v, label: v }))]}
          />
          {uniqueField ? (
            <button
              type="button"
              className="mt-1 text-xs font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
              onClick={() => set({ findBy: uniqueField })}
            >
              These are not ids: find by {uniqueField}
            </button>
          ) : null}
        </div>
      ) : null}
      {field.dataType === 'date' || field.dataType === 'datetime' ? (
        <LabelledSelect
          label={`${field.dataType === 'date' ? 'Date' : 'Datetime'} format`}
          value={options.format ?? ''}
          onChange={(e) => set({ format: e.target.value || undefined })}
          options={[
            { value: '', label: 'Choose…' },
            ...zohoFormatsFor(field.dataType).map((v) => ({ value: v, label: v })),
          ]}
        />
      ) : null}
      <label
        className={`text-xs font-medium text-slate-700 ${isDate || findBy.length ? '' : 'sm:col-span-2'}`}
      >
        Value for empty cells
        <input
          className="mt-1 block h-9 w-full rounded-md border border-slate-300 px-2 text-sm font-normal"
          value={options.defaultValue ?? ''}
          onChange={(e) => set({ defaultValue: e.target.value || undefined })}
        />
      </label>
      <PicklistValueMap
        field={field}
        samples={samples}
        valueMap={options.valueMap ?? {}}
        onChange={(valueMap) => set({ valueMap })}
      />
    </div>
  );
}
