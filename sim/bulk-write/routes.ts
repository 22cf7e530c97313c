import type { SimContext } from '../context';
import { CURRENT_USER, ORG, userName } from '../demo-org/org';
import { readJson, UNREADABLE } from '../http/read-body';
import { requireToken, tokenScopes } from '../http/require-token';
import { sendAppError, sendGatewayError, sendJson } from '../http/respond';
import { type Router, VERSION } from '../http/router';
import { grantsScope } from '../oauth/scope-grants';
import { sendResult } from '../shared/redirected-download';
import { BulkWriteJob } from './bulk-write-job';
import { checkFiles } from './check-files';
import { isCreateError, validateCreate } from './validate-create';

export function registerBulkWriteRoutes(router: Router, context: SimContext): void {
  router.add('POST', new RegExp(`^/crm/bulk/${VERSION}/write$`), async ({ req, res, params }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.bulk.CREATE')) return;
    const body = await readJson(req);
    const version = params.version ?? 'v8';
    const validated = validateCreate(context, body === UNREADABLE ? undefined : body, version);
    if (isCreateError(validated))
      return sendAppError(res, validated.status, validated.code, validated.message, validated.details);
    // Bulk write also needs the module's own scope (ZohoCRM.modules.ALL or ZohoCRM.modules.{module}.CREATE).
    if (!grantsScope(tokenScopes(context, req), `ZohoCRM.modules.${validated.resources[0].module}.CREATE`))
      return sendGatewayError(res, 401, 'OAUTH_SCOPE_MISMATCH', 'invalid oauth scope to access this URL');
    const fileProblem = await checkFiles(
      context.files.content(validated.fileId) ?? Buffer.alloc(0),
      validated,
    );
    if (fileProblem)
      return sendAppError(
        res,
        fileProblem.status,
        fileProblem.code,
        fileProblem.message,
        fileProblem.details,
      );
    const job = new BulkWriteJob(context.ids.take(), validated, version, context);
    context.files.markUsed(validated.fileId, job.id);
    context.writeJobs.set(job.id, job);
    job.start();
    sendJson(res, 201, {
      status: 'success',
      code: 'SUCCESS',
      message: 'success',
      details: { id: job.id, created_by: { id: CURRENT_USER.id, name: userName(CURRENT_USER) } },
    });
  });

  router.add('GET', new RegExp(`^/crm/bulk/${VERSION}/write/(?<id>[^/]+)$`), ({ req, res, params }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.bulk.CREATE')) return;
    const job = context.writeJobs.get(params.id ?? '');
    if (!job) return sendAppError(res, 400, 'RESOURCE_NOT_FOUND', "The requested resource doesn't exist.");
    sendJson(res, 200, job.details(params.version));
  });

  router.add(
    'GET',
    new RegExp(`^/v2/crm/${ORG.zgid}/bulk-write/(?<id>\\d+)/(?<file>\\d+)\\.zip$`),
    ({ req, res, params }) => {
      if (!requireToken(context, req, res, 'ZohoCRM.bulk.CREATE')) return;
      const job = context.writeJobs.get(params.id ?? '');
      const result = job && params.file === job.id ? job.resultZip() : undefined;
      if (!job || !result)
        return sendAppError(res, 400, 'RESOURCE_NOT_FOUND', "The requested resource doesn't exist.");
      sendResult(context, res, result, `${job.id}.zip`);
    },
  );
}
