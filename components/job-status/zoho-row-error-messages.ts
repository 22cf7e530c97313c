/** What each Zoho row-level error code means, for people who have never seen one (docs/zoho.md, “Bulk write result file”). */
export const ZOHO_ROW_ERROR_MESSAGES: Record<string, string> = {
  MANDATORY_NOT_FOUND: 'A required field was empty.',
  INVALID_DATA:
    'A value was not in a form the field accepts (for example a date, number, e-mail address or pick-list choice).',
  DUPLICATE_DATA: 'A record with the same unique value already exists in the CRM.',
  NOT_APPROVED: 'The record is waiting for approval in the CRM, so it could not be changed.',
  BLOCKED_RECORD: 'The record is locked in the CRM (for example by an approval or review process).',
  CANNOT_PROCESS: 'Zoho could not process the row.',
  LIMIT_EXCEEDED: 'A Zoho limit was reached (for example the number of records or the storage allowed).',
  RESOURCE_NOT_FOUND: 'The record to update, or a record the row points to, does not exist in the CRM.',
  // Fieldmap's own codes, for rows Zoho never saw or never answered for.
  NOT_SENT: 'Not sent: the import was stopped, or its batch marked not sent, before it went to Zoho.',
  UNPROCESSED: 'Zoho finished the job without a result for this row.',
  JOB_FAILED: 'Zoho reported the whole job as failed.',
  NO_PARENT: "No row of the parent file has this row's parent key, so it was not sent.",
  PARENT_KEPT_BACK: 'Its parent row was kept back, and a child row never goes without its parent.',
  FAMILY_TOO_LARGE:
    'The parent and its child rows do not fit one Zoho job (too many subform rows, or too many bytes).',
};

const FIELDMAP_CODES = new Set([
  'NOT_SENT',
  'UNPROCESSED',
  'JOB_FAILED',
  'NO_PARENT',
  'PARENT_KEPT_BACK',
  'FAMILY_TOO_LARGE',
]);

/** Codes Fieldmap gives rows Zoho never answered for: their message is ours, not Zoho's. */
export function isFieldmapCode(code: string): boolean {
  return FIELDMAP_CODES.has(code);
}

export function zohoRowErrorMessage(code: string): string {
  return ZOHO_ROW_ERROR_MESSAGES[code] ?? 'Zoho rejected the row.';
}
