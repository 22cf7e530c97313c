'use client';
import { useState } from 'react';
import { notInCrm } from '@/components/job-status/not-in-crm';
import { RetryFailedRows } from '@/components/retries/retry-failed-rows';
import { Card } from '@/components/ui/card';
import { formatCount } from '@/components/ui/format';
import type { ImportAdminView } from '@/lib/imports/views/import-admin-view';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import { FailedRowsTable } from './failed-rows-table';

/**
 * The rows not in the CRM and why. A parent-child import has a tab per file; retrying its rows is not
 * supported yet (a child row needs its parent sent again with it).
 */
export function RowsNotInCrmCard({ view }: { view: ImportAdminView }) {
  const [selected, setSelected] = useState(view.id);
  const isFamily = view.files.length > 0;
  const isInFamily = isFamily || view.familyParent !== null;
  const file = view.files.find((candidate) => candidate.importId === selected);
  const importId = file?.importId ?? view.id;
  const total = notInCrm(file?.counts ?? view.counts);
  const familyTotal = view.files.reduce((sum, each) => sum + notInCrm(each.counts), 0);
  return (
    <Card className="space-y-4 p-5">
      {isFamily ? (
        <div role="tablist" aria-label="Files" className="flex flex-wrap gap-1 border-b border-slate-200">
          {view.files.map((each) => {
            const isSelected = each.importId === importId;
            return (
              <button
                key={each.importId}
                type="button"
                role="tab"
                aria-selected={isSelected}
                onClick={() => setSelected(each.importId)}
                className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
                  isSelected
                    ? 'border-indigo-600 text-indigo-700'
                    : 'border-transparent text-slate-600 hover:text-slate-900'
                }`}
              >
                {each.label}{' '}
                <span className="font-normal tabular-nums text-slate-500">
                  ({formatCount(notInCrm(each.counts))})
                </span>
              </button>
            );
          })}
        </div>
      ) : null}
      <FailedRowsTable
        key={importId}
        importId={importId}
        total={total}
        title={file?.role === 'child' ? `Why rows of ${file.label} did not go in` : undefined}
      />
      {total === 0 ? (
        <p className="text-sm text-slate-600">
          {isFamily ? 'Every row of this file so far is in the CRM.' : 'Every row so far is in the CRM.'}
        </p>
      ) : null}
      {!isInFamily && total > 0 ? (
        <div className="border-t border-slate-100 pt-4">
          <RetryFailedRows importId={view.id} isFinished={isFinishedStatus(view.status)} />
        </div>
      ) : null}
      {isInFamily && (isFamily ? familyTotal : total) > 0 ? (
        <p className="border-t border-slate-100 pt-4 text-sm text-slate-600">
          Retrying rows of a parent-child import is not supported yet: download each file's rows not in the
          CRM, fix them and import them again.
        </p>
      ) : null}
    </Card>
  );
}
