'use client';
import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { MappingProblem } from '@/lib/mapping/mapping-problem';
import type { MappingAction } from '@/lib/mapping/mapping-reducer';
import type { MappingState } from '@/lib/mapping/mapping-state';
import { MappingConnection } from '../mapping-connection';
import { ProblemsList } from '../preflight/problems-list';
import { MappingBoard } from './mapping-board';
import { useBoardHandlers } from './use-board-handlers';

type Props = {
  connectionId: string;
  /** Names the file for screen readers when a page holds several boards (child files). */
  fileName?: string;
  layoutId?: string;
  columns: ColumnProfile[];
  fields: CrmField[];
  layouts: CrmLayout[];
  state: MappingState;
  problems: MappingProblem[];
  dispatch: (action: MappingAction) => void;
};

/** A file's columns onto its module's fields, under the list of its mapping checks: the parent's and each child file's. */
export function CheckedBoard({
  connectionId,
  fileName,
  layoutId,
  columns,
  fields,
  layouts,
  state,
  problems,
  dispatch,
}: Props) {
  const { mandatory, onMap } = useBoardHandlers({ columns, fields, layouts, layoutId, dispatch });
  return (
    <div className="space-y-4">
      <ProblemsList problems={problems} fileName={fileName} />
      <MappingConnection.Provider value={connectionId}>
        <MappingBoard
          columns={columns}
          fields={fields}
          mandatory={mandatory}
          state={state}
          onMap={onMap}
          dispatch={dispatch}
          fileName={fileName}
        />
      </MappingConnection.Provider>
    </div>
  );
}
