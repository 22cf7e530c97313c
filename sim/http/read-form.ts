import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';

/** Form fields from the query string plus an urlencoded or multipart body (the Zoho SDK posts multipart). */
export async function readForm(req: IncomingMessage, url: URL): Promise<Record<string, string>> {
  const fields: Record<string, string> = Object.fromEntries(url.searchParams);
  const type = req.headers['content-type'] ?? '';
  if (!/multipart\/form-data|application\/x-www-form-urlencoded/i.test(type)) {
    req.resume();
    return fields;
  }
  await new Promise<void>((resolve, reject) => {
    const parser = busboy({ headers: req.headers });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('close', resolve);
    parser.on('error', reject);
    req.pipe(parser);
  });
  return fields;
}
