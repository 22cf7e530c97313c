'use client';
import { Button } from '@/components/ui/button';
import type { ColumnProfile } from '@/lib/csv/column-profile';

type Props = { file: File; columns: ColumnProfile[]; onBack: () => void };

/** The mapping step of a new import: job settings, the board, checks. */
export function MappingStep({ file, columns, onBack }: Props) {
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-sm text-slate-700">
        Mapping {columns.length} columns of {file.name} comes next.
      </p>
      <Button variant="secondary" onClick={onBack}>
        Back to preview
      </Button>
    </div>
  );
}
