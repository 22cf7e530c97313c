import type { Suggestion } from '@/lib/mapping/mapping-state';

/** "Why" of an auto-match: its reason and confidence. */
export function SuggestionNote({ suggestion }: { suggestion: Suggestion }) {
  const percent = Math.round(suggestion.confidence * 100);
  const tone = percent >= 90 ? 'text-emerald-700' : percent >= 75 ? 'text-indigo-700' : 'text-amber-700';
  return (
    <p className="text-xs text-slate-600">
      <span className={`font-semibold ${tone}`}>Auto-matched · {percent}%</span> — {suggestion.reason}
    </p>
  );
}
