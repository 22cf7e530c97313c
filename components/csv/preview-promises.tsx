const PROMISES = [
  {
    title: 'Read where it sits',
    text: 'The file stays in your browser while you preview it; the first rows show at once, whatever its size.',
  },
  {
    title: 'Detected, never guessed silently',
    text: 'Encoding, delimiter, quotes and header row are detected and shown; change any of them and the file is read again.',
  },
  {
    title: 'Every problem with its record',
    text: 'Ragged rows, open quotes, bad bytes and duplicate headers are counted, with the record numbers where they start.',
  },
];

export function PreviewPromises() {
  return (
    <ul className="grid gap-3 sm:grid-cols-3">
      {PROMISES.map((promise) => (
        <li key={promise.title} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm font-semibold text-slate-900">{promise.title}</p>
          <p className="mt-1 text-sm text-slate-600">{promise.text}</p>
        </li>
      ))}
    </ul>
  );
}
