import { Button } from '@/components/ui/button';
import type { MappingAction } from '@/lib/mapping/mapping-reducer';
import { PreflightHeadline } from '../preflight/preflight-headline';
import type { PreflightRun } from '../preflight/use-preflight';

type Props = { errors: number; run: PreflightRun; dispatch: (action: MappingAction) => void };

/** Where the mapping stands (problems to fix, the row check's verdict) and the bulk suggestion actions. */
export function MappingStatusBar({ errors, run, dispatch }: Props) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-slate-50 px-4 py-3">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
        <p className="text-slate-700" role="status">
          {errors === 0
            ? 'Ready to send.'
            : `${errors} ${errors === 1 ? 'problem' : 'problems'} to fix before sending.`}
        </p>
        <PreflightHeadline run={run} />
      </div>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" onClick={() => dispatch({ type: 'acceptAll' })}>
          Accept all suggestions
        </Button>
        <Button variant="secondary" size="sm" onClick={() => dispatch({ type: 'undoAll' })}>
          Undo all
        </Button>
      </div>
    </div>
  );
}
