'use client';
import { type ReactNode, useId } from 'react';
import {
  type CsvParseOptions,
  csvParseOptionsSchema,
  DELIMITER_LABELS,
  DELIMITERS,
  ENCODING_CHOICES,
  QUOTE_CHARS,
} from '@/lib/csv/csv-parse-options';
import type { EncodingGuess } from '@/lib/csv/sniff-encoding';

type Props = {
  options: CsvParseOptions;
  detectedEncoding: EncodingGuess | null;
  sepLine: string | null;
  onChange: (overrides: Partial<CsvParseOptions>) => void;
};

const SELECT = 'mt-1 block h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm';

function Labelled({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="w-44 text-xs font-medium text-slate-700">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint ? <span className="mt-1 block font-normal text-slate-500">{hint}</span> : null}
    </div>
  );
}

/** Every detected setting can be overridden; any change re-parses the file. */
export function ParseOptionsBar({ options, detectedEncoding, sepLine, onChange }: Props) {
  const encodings = ENCODING_CHOICES.includes(options.encoding as (typeof ENCODING_CHOICES)[number])
    ? ENCODING_CHOICES
    : [options.encoding, ...ENCODING_CHOICES];
  return (
    <section
      aria-label="Parse options"
      className="flex flex-wrap items-start gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <Labelled
        label="Delimiter"
        hint={sepLine === options.delimiter ? `From Excel's "sep=" first line (skipped)` : undefined}
      >
        {(id) => (
          <select
            id={id}
            className={SELECT}
            value={options.delimiter}
            onChange={(e) =>
              onChange({ delimiter: csvParseOptionsSchema.shape.delimiter.parse(e.target.value) })
            }
          >
            {DELIMITERS.map((delimiter) => (
              <option key={delimiter} value={delimiter}>
                {DELIMITER_LABELS[delimiter]}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled
        label="Encoding"
        hint={
          detectedEncoding ? `Detected ${detectedEncoding.encoding}: ${detectedEncoding.reason}` : undefined
        }
      >
        {(id) => (
          <select
            id={id}
            className={SELECT}
            value={options.encoding}
            onChange={(e) => onChange({ encoding: e.target.value })}
          >
            {encodings.map((encoding) => (
              <option key={encoding} value={encoding}>
                {encoding}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled label="Quote character">
        {(id) => (
          <select
            id={id}
            className={SELECT}
            value={options.quoteChar}
            onChange={(e) =>
              onChange({ quoteChar: csvParseOptionsSchema.shape.quoteChar.parse(e.target.value) })
            }
          >
            {QUOTE_CHARS.map((quote) => (
              <option key={quote} value={quote}>
                {quote === '"' ? 'Double quote (")' : "Single quote (')"}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled label={options.hasHeader ? 'Header row' : 'First data row'} hint="Rows above it are dropped">
        {(id) => (
          <input
            id={id}
            type="number"
            min={1}
            className={SELECT.replace('w-full', 'w-24')}
            defaultValue={options.headerRow}
            key={options.headerRow}
            onBlur={(e) => {
              const row = Number.parseInt(e.target.value, 10);
              if (row >= 1 && row !== options.headerRow) onChange({ headerRow: row });
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
        )}
      </Labelled>
      <label className="mt-6 flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          className="h-4 w-4 rounded border-slate-300"
          checked={!options.hasHeader}
          onChange={(e) => onChange({ hasHeader: !e.target.checked })}
        />
        File has no header
      </label>
      {options.hasTrailingDelimiter !== undefined ? (
        <label className="mt-6 flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            className="h-4 w-4 rounded border-slate-300"
            checked={options.hasTrailingDelimiter}
            onChange={(e) => onChange({ hasTrailingDelimiter: e.target.checked })}
          />
          Lines end with a delimiter: ignore the empty last column
        </label>
      ) : null}
    </section>
  );
}
