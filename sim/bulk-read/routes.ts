import type { SimContext } from '../context';
import { CURRENT_USER, userName } from '../demo-org/org';
import { readJson, UNREADABLE } from '../http/read-body';
import { requireToken } from '../http/require-token';
import { sendAppError, sendJson } from '../http/respond';
import { type Router, VERSION } from '../http/router';
import { sendResult } from '../shared/redirected-download';
import { BulkReadJob } from './bulk-read-job';
import { validateRead } from './validate-read';

export function registerBulkReadRoutes(router: Router, context: SimContext): void {
  router.add('POST', new RegExp(`^/crm/bulk/${VERSION}/read$`), async ({ req, res, params }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.bulk')) return;
    if (!/application\/json/i.test(req.headers['content-type'] ?? '')) {
      req.resume();
      return sendAppError(res, 415, 'MEDIA_TYPE_NOT_SUPPORTED', 'Media type is not supported.', [
        'application/json',
      ]);
    }
    const body = await readJson(req);
    if (body === UNREADABLE)
      return sendAppError(res, 400, 'REQUEST_BODY_NOT_READABLE', 'Unable to parse the request body.');
    const version = params.version ?? 'v8';
    const validated = validateRead(context, body, version);
    if ('code' in validated) {
      // Zoho's spec allows the refusal bare or wrapped like a success (variant readErrorEnvelope).
      if (context.variants.readErrorEnvelope === 'wrapped')
        return sendJson(res, validated.status, {
          data: [
            {
              status: 'error',
              code: validated.code,
              message: validated.message,
              details: validated.details ?? {},
            },
          ],
        });
      return sendAppError(res, validated.status, validated.code, validated.message, validated.details);
    }
    const job = new BulkReadJob(context.ids.take(), validated, version, context);
    context.readJobs.set(job.id, job);
    job.start();
    sendJson(res, 201, {
      data: [
        {
          status: 'success',
          code: 'ADDED_SUCCESSFULLY',
          message: 'Added successfully.',
          details: {
            id: job.id,
            operation: 'read',
            state: 'ADDED',
            created_by: { id: CURRENT_USER.id, name: userName(CURRENT_USER) },
            created_time: job.createdTime,
          },
        },
      ],
      info: {},
    });
  });

  router.add('GET', new RegExp(`^/crm/bulk/${VERSION}/read/(?<id>\\d+)$`), ({ req, res, params }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.bulk')) return;
    const job = context.readJobs.get(params.id ?? '');
    if (!job)
      return sendAppError(res, 404, 'RESOURCE_NOT_FOUND', "The requested resource doesn't exist.", {
        resource: params.id,
      });
    sendJson(res, 200, job.details());
  });

  router.add('GET', new RegExp(`^/crm/bulk/${VERSION}/read/(?<id>\\d+)/result$`), ({ req, res, params }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.bulk')) return;
    const now = Date.now();
    const downloads = context.readDownloadTimes;
    while (downloads.length > 0 && now - (downloads[0] ?? now) > 60_000) downloads.shift();
    if (downloads.length >= context.settings.downloadsPerMinute) {
      return sendAppError(
        res,
        429,
        'TOO_MANY_REQUESTS',
        'Many requests fired in concurrent than the allowed limit',
      );
    }
    const job = context.readJobs.get(params.id ?? '');
    const result = job?.resultZip();
    if (!job || !result)
      return sendAppError(res, 400, 'RESOURCE_NOT_FOUND', "The requested resource doesn't exist.", {
        resource: params.id,
      });
    downloads.push(now);
    sendResult(context, res, result, `${job.id}.zip`);
  });
}
