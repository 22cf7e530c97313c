/** A bulk write job's request after validation, in the shape the processor uses. */
export type FieldMapping = {
  api_name: string;
  index?: number;
  format?: string;
  find_by?: string;
  default_value?: { value?: unknown; name?: string; module?: string };
};

export type WriteRequest = {
  operation: 'insert' | 'update' | 'upsert';
  ignoreEmpty: boolean;
  characterEncoding?: string;
  callback?: { url: string; method: string };
  module: string;
  moduleId: string;
  fileId: string;
  findBy?: string;
  /** Absent: the CSV header names the api_names. */
  fieldMappings?: FieldMapping[];
};
