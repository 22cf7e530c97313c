/** What a full scan learned about one CSV column; shown on the preview and on the mapping board. */
export type InferredType =
  | 'empty'
  | 'email'
  | 'phone'
  | 'url'
  | 'integer'
  | 'decimal'
  | 'currency'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'text';

export type ColumnProfile = {
  /** 0-based position in the file, as Zoho's `field_mappings[].index` counts. */
  index: number;
  header: string;
  /** Non-empty cells / rows scanned. */
  filled: number;
  total: number;
  /** Estimated distinct non-empty values. */
  distinct: number;
  maxLength: number;
  inferredType: InferredType;
  /** date-fns patterns that parse every non-empty value, e.g. `yyyy-MM-dd`, `dd/MM/yyyy`. */
  dateFormats: string[];
  /** A few non-empty example values. */
  samples: string[];
};
