import 'server-only';
import { readErrorBody } from './read-error-body';
import type { ZohoAuth } from './zoho-auth';
import { ZohoError, zohoError } from './zoho-error';
import { errorStatus, zohoFetch } from './zoho-fetch';

/**
 * A result zip as a stream (bulk write `download_url`, or a bulk read's relative result path). A URL on a host
 * outside the connection's data centre is refused before any request is made.
 */
export async function downloadBulkResult(
  auth: ZohoAuth,
  options: { url: string },
): Promise<ReadableStream<Uint8Array>> {
  const response = await zohoFetch(auth, { url: options.url });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.includes('json')) {
    const body = readErrorBody(await response.json().catch(() => undefined));
    if (body) throw zohoError(body.code, errorStatus(response, body), body.message, body.details);
    throw new ZohoError(
      'DOWNLOAD_FAILED',
      response.status,
      `The result download answered HTTP ${response.status}`,
      'Fieldmap retries the download; if it keeps failing, run the job again.',
    );
  }
  if (!response.body)
    throw new ZohoError('DOWNLOAD_FAILED', response.status, 'The result download was empty', 'Try again.');
  return response.body;
}
