import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type FamilyRelation, type Import, imports } from '@/lib/db/schema';
import { ZOHO_LIMITS } from '@/lib/zoho/limits';
import { fileCsvName } from '../model/chunk-files';
import { outputColumns } from './parent-child-csv';
import type { ColumnPlan } from './plan-columns';
import { planForImport } from './plan-for-import';

export type FamilyMember = {
  row: Import;
  plan: ColumnPlan;
  /** The CSV's name in each chunk's zip (what `file_names` says). */
  csvName: string;
  keyColumn: number;
  /** Header of the key column when it is not a mapped field (it is then appended to the CSV). */
  keyHeader: string;
  /** Where the key lands in the chunk CSV: the parent's is every child's `parent_column_index`. */
  keyPosition: number;
};

export type FamilyPlan = {
  parent: FamilyMember;
  children: (FamilyMember & { relation: FamilyRelation; maxRecords: number })[];
};

export async function loadFamilyChildren(db: Db, importId: string): Promise<Import[]> {
  return db
    .select()
    .from(imports)
    .where(eq(imports.familyParentId, importId))
    .orderBy(asc(imports.familyPosition));
}

/** A parent-child import's files as the runner sends them; undefined for an import of one file. */
export async function planFamily(db: Db, row: Import): Promise<FamilyPlan | undefined> {
  const children = await loadFamilyChildren(db, row.id);
  if (children.length === 0) return undefined;
  const member = async (file: Import, csvName: string, keyHeader: string): Promise<FamilyMember> => {
    const plan = await planForImport(db, file);
    const keyColumn = file.keyColumn ?? 0;
    const { keyPosition } = outputColumns({ columns: plan.columns, keyColumn, keyHeader });
    return { row: file, plan, csvName, keyColumn, keyHeader, keyPosition };
  };
  return {
    parent: await member(row, fileCsvName(0), 'Parent_Key'),
    children: await Promise.all(
      children.map(async (child, i) => {
        const relation = child.familyRelation;
        if (!relation) throw new Error(`Child file ${child.fileName} has lost what it feeds`);
        return {
          ...(await member(child, fileCsvName(i + 1), relation.parentField)),
          relation,
          maxRecords:
            relation.kind === 'subform' ? ZOHO_LIMITS.writeChildRowsPerFile : ZOHO_LIMITS.writeRecordsPerFile,
        };
      }),
    ),
  };
}
