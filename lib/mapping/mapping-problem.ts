/** One thing to fix (error: Zoho would refuse the job) or know (warning) before sending. */
export type MappingProblem = {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  apiName?: string;
  columnIndex?: number;
};
