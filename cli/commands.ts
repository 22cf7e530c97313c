import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ApiClient } from './api-client';
import { checkCsvFile } from './check-csv-file';
import { CliError, EXIT, type ExitCode } from './exit-codes';
import { describeImport, exitCodeFor, type ImportView } from './import-outcome';
import { uploadFile } from './upload-file';
import { waitForImport } from './wait-for-import';

export type Output = { isJson: boolean; isTty: boolean; print: (line: string) => void };
type Result = { exitCode: ExitCode; json: unknown };

function say(output: Output, line: string) {
  if (!output.isJson) output.print(line);
}

export async function importCommand(
  client: ApiClient,
  file: string,
  options: { template: string; connection?: string; testRun?: number; wait?: boolean; name?: string },
  output: Output,
): Promise<Result> {
  await checkCsvFile(file);
  let lastPercent = -1;
  const upload = await uploadFile(client, file, (sent, total) => {
    const percent = Math.floor((sent / total) * 100);
    if (!output.isJson && percent !== lastPercent && (output.isTty || percent % 25 === 0 || sent === total))
      process.stderr.write(`uploaded ${percent}%${output.isTty && sent < total ? '\r' : '\n'}`);
    lastPercent = percent;
  });
  const created = await client.json<{ id: string; template: { name: string } }>(
    '/api/imports/from-template',
    {
      method: 'POST',
      body: {
        uploadId: upload.id,
        template: options.template,
        connectionId: options.connection,
        rowLimit: options.testRun,
        name: options.name,
      },
    },
  );
  const url = new URL(`/imports/${created.id}`, client.baseUrl).toString();
  say(output, `Import ${created.id} started with template "${created.template.name}": ${url}`);
  if (!options.wait) return { exitCode: EXIT.ok, json: { id: created.id, url, status: 'queued' } };
  const view = await waitForImport(client, created.id, { isQuiet: output.isJson, isTty: output.isTty });
  return { exitCode: exitCodeFor(view), json: { ...view, url } };
}

export async function statusCommand(client: ApiClient, id: string, output: Output): Promise<Result> {
  const view = await client.json<ImportView>(`/api/imports/${encodeURIComponent(id)}`);
  say(output, describeImport(view));
  return { exitCode: exitCodeFor(view), json: view };
}

async function download(client: ApiClient, path: string, out: string): Promise<number> {
  const response = await client.raw(path);
  if (!response.body) throw new CliError(EXIT.error, 'The server sent no file.');
  let bytes = 0;
  const counted = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).on(
    'data',
    (chunk: Buffer) => {
      bytes += chunk.length;
    },
  );
  await pipeline(counted, createWriteStream(out));
  return bytes;
}

export async function rowsCommand(
  client: ApiClient,
  id: string,
  options: { failed?: boolean; out: string },
  output: Output,
): Promise<Result> {
  const rows = options.failed ? 'not-in-crm' : 'all';
  const bytes = await download(
    client,
    `/api/imports/${encodeURIComponent(id)}/results?rows=${rows}`,
    options.out,
  );
  say(
    output,
    `Wrote ${options.failed ? 'the rows not in the CRM' : 'all rows with their outcomes'} to ${options.out}.`,
  );
  return { exitCode: EXIT.ok, json: { id, rows, out: options.out, bytes } };
}

type ExportView = {
  id: string;
  name: string;
  status: string;
  statusMessage: string | null;
  recordCount: number;
};

export async function exportCommand(
  client: ApiClient,
  definition: string,
  options: { out: string },
  output: Output,
): Promise<Result> {
  const { definitions } = await client.json<{ definitions: { id: string; name: string }[] }>(
    '/api/exports/definitions',
  );
  const matches = definitions.filter(
    (d) => d.id === definition || d.name.toLowerCase() === definition.toLowerCase(),
  );
  if (matches.length !== 1)
    throw new CliError(
      EXIT.refused,
      matches.length === 0
        ? `No saved export is called "${definition}". Saved exports: ${definitions.map((d) => d.name).join(', ') || 'none'}.`
        : `${matches.length} saved exports are called "${definition}"; pass its id instead.`,
    );
  const { id } = await client.json<{ id: string }>(`/api/exports/definitions/${matches[0]?.id}/run`, {
    method: 'POST',
  });
  say(output, `Export ${id} started.`);
  let view: ExportView;
  for (;;) {
    view = await client.json<ExportView>(`/api/exports/${id}`);
    if (['completed', 'failed', 'cancelled'].includes(view.status)) break;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  if (view.status !== 'completed') {
    say(output, `Export ${view.status}${view.statusMessage ? `: ${view.statusMessage}` : '.'}`);
    return { exitCode: EXIT.refused, json: view };
  }
  const bytes = await download(client, `/api/exports/${id}/file`, options.out);
  say(output, `Wrote ${view.recordCount} records to ${options.out}.`);
  return { exitCode: EXIT.ok, json: { ...view, out: options.out, bytes } };
}
