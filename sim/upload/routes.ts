import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import Papa from 'papaparse';
import type { SimContext } from '../context';
import { ORG } from '../demo-org/org';
import { hasLiveToken, requireToken } from '../http/require-token';
import { sendJson } from '../http/respond';
import { type Router, VERSION } from '../http/router';
import { readZip } from '../zip/read-zip';
import { zohoTime } from '../zoho-time';

export const MAX_ZIP_BYTES = 25 * 1024 * 1024;
export const MAX_RECORDS_PER_CSV = 25_000;
export const MAX_COLUMNS_PER_CSV = 200;

class TooLarge extends Error {}

/** `file` part of a multipart upload, refusing more than 25 MB as soon as it is exceeded. */
function readFilePart(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    let file: Buffer | undefined;
    const parser = busboy({ headers: req.headers, limits: { fileSize: MAX_ZIP_BYTES + 1 } });
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => reject(new TooLarge()));
      stream.on('end', () => {
        if (name === 'file') file = Buffer.concat(chunks);
      });
    });
    parser.on('close', () => resolve(file));
    parser.on('error', reject);
    req.pipe(parser);
  });
}

export function registerUploadRoutes(router: Router, context: SimContext): void {
  router.add('POST', new RegExp(`^/crm/${VERSION}/upload$`), async ({ req, res, params }) => {
    // The upload host answers a bad token in its own shape (variant uploadErrorShape), not the API's.
    if (context.variants.uploadErrorShape === 'error-code' && !hasLiveToken(context, req))
      return sendJson(res, 401, { ERROR_CODE: 401, ERROR_MESSAGE: 'Unauthorized', http_status: 401 });
    if (!requireToken(context, req, res, 'ZohoFiles.files.CREATE')) return;
    if (req.headers['x-crm-org'] !== ORG.zgid) {
      return sendJson(res, 400, {
        ERROR_CODE: 400,
        ERROR_MESSAGE: 'Bad Request',
        'x-error': 'check if headers [feature, X-CRM-ORG] are present and valid',
        http_status: 400,
      });
    }
    if (req.headers.feature !== 'bulk-write') {
      return sendJson(res, 200, {
        code: 'NOT_SUPPORTED_FEATURE',
        details: { created_time: '1970-01-01T00:00:00+00:00' },
        message: 'Feature is not supported',
        status: 'error',
      });
    }
    const invalidFormat = () =>
      sendJson(res, 200, {
        code: 'INVALID_FILE_FORMAT',
        details: { created_time: zohoTime() },
        message: 'invalid file format. only zip format is supported',
        status: 'error',
      });
    let file: Buffer | undefined;
    try {
      file = /multipart\/form-data/i.test(req.headers['content-type'] ?? '')
        ? await readFilePart(req)
        : undefined;
    } catch (error) {
      if (error instanceof TooLarge) {
        req.resume();
        return sendJson(res, 413, {
          status: 'error',
          code: 'FILE_TOO_LARGE',
          message: 'File size too large to process',
          details: {},
        });
      }
      throw error;
    }
    if (!file) return invalidFormat();
    const entries = await readZip(file).catch(() => undefined);
    const csvs = entries?.filter((entry) => /\.(csv|txt)$/i.test(entry.name) || !entry.name.includes('.'));
    if (!entries || !csvs || csvs.length === 0) return invalidFormat();
    // v2/v2.1 limitations: "zipping more than one CSV throws an error"; several CSVs need v3+ (parent-child).
    if (csvs.length > 1 && (params.version === 'v2' || params.version === 'v2.1')) return invalidFormat();
    for (const csv of csvs) {
      const parsed = Papa.parse<string[]>(csv.content.toString('utf8').replace(/^\uFEFF/, ''), {
        skipEmptyLines: 'greedy',
      });
      const records = Math.max(0, parsed.data.length - 1);
      if (records > MAX_RECORDS_PER_CSV || (parsed.data[0]?.length ?? 0) > MAX_COLUMNS_PER_CSV) {
        return sendJson(res, 400, {
          status: 'error',
          code: 'LIMIT_EXCEEDED',
          message: `A file can have at most ${MAX_RECORDS_PER_CSV} records and ${MAX_COLUMNS_PER_CSV} columns; ${csv.name} has ${records} records and ${parsed.data[0]?.length ?? 0} columns.`,
          details: { file_name: csv.name, limit: MAX_RECORDS_PER_CSV },
        });
      }
    }
    const id = context.ids.take();
    const createdTime = zohoTime();
    context.files.add(id, createdTime, file);
    sendJson(res, 200, {
      status: 'success',
      code: 'FILE_UPLOAD_SUCCESS',
      message: 'file uploaded.',
      details: { file_id: id, created_time: createdTime },
    });
  });
}
