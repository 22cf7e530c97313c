import { Command, InvalidArgumentError } from 'commander';
import { clientFromEnv } from './api-client';
import { exportCommand, importCommand, type Output, rowsCommand, statusCommand } from './commands';
import { CliError, EXIT } from './exit-codes';

const positiveInt = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return number;
};

const program = new Command('fieldmap')
  .description('Fieldmap from the command line (FIELDMAP_URL and FIELDMAP_TOKEN from the environment)')
  .option('--json', 'print one JSON object on stdout instead of text')
  .addHelpText(
    'after',
    '\nExit codes: 0 all rows in · 1 could not run · 2 some rows not in the CRM · 3 refused or failed · 4 unreconciled · 5 needs attention',
  )
  .exitOverride();

async function run(action: (output: Output) => Promise<{ exitCode: number; json: unknown }>) {
  const isJson = Boolean(program.opts().json);
  const output: Output = { isJson, isTty: Boolean(process.stderr.isTTY), print: (line) => console.log(line) };
  try {
    const { exitCode, json } = await action(output);
    if (isJson) console.log(JSON.stringify(json, null, 2));
    process.exitCode = exitCode;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    if (isJson)
      console.log(JSON.stringify({ error: { message: error.message, details: error.details } }, null, 2));
    else console.error(`fieldmap: ${error.message}`);
    process.exitCode = error.exitCode;
  }
}

program
  .command('import')
  .description('upload a CSV and import it with a saved mapping template')
  .argument('<file>', 'the CSV file')
  .requiredOption('--template <name>', 'the mapping template (its name on the Mappings page, or its id)')
  .option('--connection <id>', 'the Zoho connection (needed when there are several)')
  .option('--test-run <n>', 'import only the first N rows', positiveInt)
  .option('--name <name>', 'a name for the import')
  .option('--wait', 'wait until the import finishes; the exit code tells how it went')
  .action((file, options) => run((output) => importCommand(clientFromEnv(), file, options, output)));

program
  .command('status')
  .description("an import's status; the exit code tells how it went")
  .argument('<id>', 'the import id')
  .action((id) => run((output) => statusCommand(clientFromEnv(), id, output)));

program
  .command('rows')
  .description("download an import's rows with their outcomes")
  .argument('<id>', 'the import id')
  .option('--failed', 'only the rows not in the CRM, ready to fix and import again')
  .requiredOption('--out <file>', 'where to write the CSV')
  .action((id, options) => run((output) => rowsCommand(clientFromEnv(), id, options, output)));

program
  .command('export')
  .description('run a saved export and download its file')
  .argument('<definition>', 'the saved export (its name or id)')
  .requiredOption('--out <file>', 'where to write the file')
  .action((definition, options) =>
    run((output) => exportCommand(clientFromEnv(), definition, options, output)),
  );

async function main() {
  try {
    await program.parseAsync();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') process.exitCode = EXIT.ok;
    else if (code?.startsWith('commander.')) process.exitCode = EXIT.error;
    else {
      console.error(`fieldmap: ${(error as Error).message}`);
      process.exitCode = EXIT.error;
    }
  }
}

void main();
