'use client';
import { Button } from '@/components/ui/button';
import type { EncodingCandidate, EncodingGuess } from '@/lib/csv/sniff-encoding';

type Props = {
  encoding: string;
  detected: EncodingGuess | null;
  /** Bytes further in the file that did not decode, and what they most likely are. */
  suggestion: EncodingCandidate | null;
  onChoose: (encoding: string) => void;
};

function Reading({
  candidate,
  isInUse,
  onChoose,
}: {
  candidate: EncodingCandidate;
  isInUse: boolean;
  onChoose: (encoding: string) => void;
}) {
  return (
    <li className="flex flex-wrap items-center gap-3 py-1.5">
      <Button
        size="sm"
        variant={isInUse ? 'primary' : 'secondary'}
        aria-pressed={isInUse}
        onClick={() => onChoose(candidate.encoding)}
      >
        {isInUse ? `Reading as ${candidate.encoding}` : `Use ${candidate.encoding}`}
      </Button>
      <span className="text-xs text-slate-600">{candidate.confidence}% likely</span>
      {candidate.sampleRow ? (
        <span className="min-w-0 flex-1 truncate rounded bg-white px-2 py-1 font-mono text-sm">
          {candidate.sampleRow}
        </span>
      ) : null}
    </li>
  );
}

/** How the file's bytes are read, said out loud whenever it is not plain UTF-8: never a silent guess. */
export function EncodingNotice({ encoding, detected, suggestion, onChoose }: Props) {
  if (suggestion && suggestion.encoding !== encoding) {
    return (
      <section
        aria-label="Character set suggestion"
        className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950"
      >
        <p>
          Some bytes further in the file are not valid {encoding}. They most likely are{' '}
          <strong>{suggestion.encoding}</strong> ({suggestion.confidence}% likely).
        </p>
        <ul>
          <Reading candidate={suggestion} isInUse={false} onChoose={onChoose} />
        </ul>
      </section>
    );
  }
  if (!detected || detected.candidates.length === 0) return null;
  const isUnsure = !detected.isCertain;
  return (
    <section
      aria-label="Character set"
      className={`rounded-lg border p-4 text-sm ${isUnsure ? 'border-amber-200 bg-amber-50 text-amber-950' : 'border-indigo-200 bg-indigo-50 text-indigo-950'}`}
    >
      <p>
        {isUnsure
          ? 'This file is not UTF-8, and its encoding is not certain. Choose the reading where the names look right:'
          : `This file is not UTF-8: it reads as ${detected.encoding} and is shown that way. If names look wrong, choose another reading:`}
      </p>
      <ul className="mt-2">
        {detected.candidates.map((candidate) => (
          <Reading
            key={candidate.encoding}
            candidate={candidate}
            isInUse={candidate.encoding === encoding}
            onChoose={onChoose}
          />
        ))}
      </ul>
    </section>
  );
}
