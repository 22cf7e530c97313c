'use client';
import { Button } from '@/components/ui/button';
import type { HeaderRowSuggestion } from '@/lib/csv/detect-header-row';

const SHOWN_CHARS = 80;

/** Rows above the real header are offered away in one click, never dropped silently. */
export function HeaderRowSuggestionNote({
  suggestion,
  onUse,
}: {
  suggestion: HeaderRowSuggestion;
  onUse: (row: number) => void;
}) {
  const above = suggestion.above.map((text) => `“${text.slice(0, SHOWN_CHARS)}”`).join(', ');
  return (
    <section
      aria-label="Header row suggestion"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <p className="min-w-0 flex-1">
        The header looks like <strong>row {suggestion.row}</strong> (
        {suggestion.header.filter(Boolean).slice(0, 6).join(', ')}
        {suggestion.header.length > 6 ? ', …' : ''}).{' '}
        {above ? `The rows above it look like a title or notes: ${above}.` : 'Only blank lines are above it.'}
      </p>
      <Button size="sm" onClick={() => onUse(suggestion.row)}>
        Use row {suggestion.row} as the header
      </Button>
    </section>
  );
}
