import { Alert } from '@/components/ui/alert';

/** Said wherever the sandbox is used while it does not answer: what happens, and that nothing is lost. */
export function SandboxDownAlert({ isImport = false }: { isImport?: boolean }) {
  return (
    <Alert tone="info">
      The built-in sandbox is not answering right now; <code>npm start</code> starts it again by itself within
      a few seconds (its records and jobs are kept).{' '}
      {isImport
        ? 'This import waits and carries on where it stopped once the sandbox is back.'
        : 'Imports into it wait and carry on once it is back.'}{' '}
      If it stays away, look at the terminal running Fieldmap for the reason.
    </Alert>
  );
}
