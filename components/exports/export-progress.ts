/** How far the export is: finished pages, plus a share of the current page by its step. */
export function exportProgress(view: {
  status: string;
  pages: { status: string; moreRecords: boolean | null }[];
}): number {
  if (view.status === 'completed') return 100;
  const last = view.pages.at(-1);
  if (!last) return 2;
  const step: Record<string, number> = {
    pending: 0.05,
    creating: 0.1,
    in_zoho: 0.4,
    downloading: 0.8,
    completed: 1,
  };
  const done = view.pages.length - 1 + (step[last.status] ?? 0.5);
  const known = view.pages.length + (last.status === 'completed' && last.moreRecords ? 1 : 0);
  return Math.max(2, Math.min(95, Math.round((done / (known + 0.2)) * 100)));
}
