/** A bulk write job's request after validation, in the shape the processor uses. */
export type FieldMapping = {
  api_name: string;
  index?: number;
  format?: string;
  find_by?: string;
  default_value?: { value?: unknown; name?: string; module?: string };
  /** Child resources: the parent CSV's column whose value this mapping's cell names (v3+). */
  parent_column_index?: number;
};

/** What one row needs to know about its job. */
export type RowRequest = {
  operation: 'insert' | 'update' | 'upsert';
  ignoreEmpty: boolean;
  findBy?: string;
};

/** One entry of `resource[]`: the first is the parent, the others its subforms or linking modules. */
export type WriteResource = {
  module: string;
  moduleId: string;
  findBy?: string;
  /** Absent: the CSV header names the api_names. */
  fieldMappings?: FieldMapping[];
  /** `file_names[0]` (v3+): which CSV of the zip feeds this resource. */
  fileName?: string;
  /** Children: the mapping that ties a row to its parent (Parent_Id, or the parent lookup of a linking module). */
  parentLink?: { field: string; index: number; parentColumnIndex: number };
};

export type WriteRequest = RowRequest & {
  characterEncoding?: string;
  callback?: { url: string; method: string };
  fileId: string;
  resources: [WriteResource, ...WriteResource[]];
};
