import { z } from 'zod';
import type { SimContext } from '../context';
import { findModule } from '../demo-org/modules';
import { faultSchema } from '../faults';
import { readJson } from '../http/read-body';
import { sendJson } from '../http/respond';
import type { Router } from '../http/router';
import { SEARCHED_AT_MOST } from '../store/record-store';
import { withChildren } from '../store/with-children';
import { variantsSchema } from '../variants';

const settingsSchema = z.object({
  rowsPerSecond: z.number().positive().optional(),
  readPageSize: z.number().int().positive().optional(),
  icsPageSize: z.number().int().positive().optional(),
  downloadsPerMinute: z.number().int().positive().optional(),
  dropResultRows: z.number().int().min(0).optional(),
  /** Lifetime of access tokens issued from now on. */
  tokenSeconds: z.number().int().positive().optional(),
  /** Token endpoint calls allowed a minute; 0 turns the throttle off. */
  tokenRequestsPerMinute: z.number().int().min(0).optional(),
  /** Which of Zoho's documented answers to give (sim/variants.ts, sim/README.md). */
  variants: variantsSchema.partial().optional(),
});

function settingsView(context: SimContext) {
  return {
    ...context.settings,
    tokenSeconds: context.tokens.accessSeconds,
    tokenRequestsPerMinute: context.tokenThrottle.perMinute,
    variants: context.variants,
  };
}

/** Test and demo controls, kept apart from Zoho's paths under /__sim/. */
export function registerControlRoutes(router: Router, context: SimContext): void {
  router.add('GET', /^\/__sim\/health$/, ({ res }) =>
    sendJson(res, 200, { status: 'ok', url: context.publicUrl }),
  );

  router.add('POST', /^\/__sim\/reset$/, ({ res }) => {
    context.reset();
    sendJson(res, 200, { status: 'reset' });
  });

  router.add('POST', /^\/__sim\/faults$/, async ({ req, res }) => {
    const parsed = faultSchema.safeParse(await readJson(req));
    if (!parsed.success) return sendJson(res, 400, { error: parsed.error.issues });
    context.faults.arm(parsed.data);
    sendJson(res, 201, { armed: parsed.data });
  });

  router.add('DELETE', /^\/__sim\/faults$/, ({ res }) => {
    context.faults.clear();
    sendJson(res, 200, { status: 'cleared' });
  });

  router.add('POST', /^\/__sim\/tokens\/expire$/, ({ res }) =>
    sendJson(res, 200, { expired: context.tokens.expireAllAccessTokens() }),
  );

  router.add('POST', /^\/__sim\/tokens\/revoke$/, ({ res }) => {
    context.tokens.revokeAllRefreshTokens();
    sendJson(res, 200, { status: 'revoked' });
  });

  /** Every token value issued so far, so tests can prove none of them reaches a browser. */
  router.add('GET', /^\/__sim\/tokens$/, ({ res }) =>
    sendJson(res, 200, { tokens: context.tokens.issuedValues() }),
  );

  router.add('GET', /^\/__sim\/settings$/, ({ res }) => sendJson(res, 200, settingsView(context)));
  router.add('POST', /^\/__sim\/settings$/, async ({ req, res }) => {
    const parsed = settingsSchema.safeParse(await readJson(req));
    if (!parsed.success) return sendJson(res, 400, { error: parsed.error.issues });
    const { tokenSeconds, tokenRequestsPerMinute, variants, ...jobSettings } = parsed.data;
    if (variants) Object.assign(context.variants, variants);
    Object.assign(context.settings, jobSettings);
    if (tokenSeconds !== undefined) context.tokens.accessSeconds = tokenSeconds;
    if (tokenRequestsPerMinute !== undefined) context.tokenThrottle.reset(tokenRequestsPerMinute);
    sendJson(res, 200, settingsView(context));
  });

  /** Every record (children under their parents); with `per_page`, newest first a page at a time, `q` filtering. */
  router.add('GET', /^\/__sim\/records\/(?<module>\w+)$/, ({ res, params, url }) => {
    const module = findModule(params.module ?? '');
    if (!module) return sendJson(res, 404, { error: `No module ${params.module}` });
    const perPage = Number(url.searchParams.get('per_page') ?? 0);
    if (!perPage)
      return sendJson(res, 200, {
        module: module.api,
        records: withChildren(context.store, module, context.store.list(module.api)),
      });
    const q = url.searchParams.get('q')?.trim().toLowerCase();
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const slice = { offset: (page - 1) * perPage, limit: perPage };
    const found = q
      ? context.store.search(module.api, q, slice)
      : {
          records: context.store.newestFirst(module.api, slice),
          total: context.store.count(module.api),
          isPartial: false,
        };
    sendJson(res, 200, {
      module: module.api,
      total: found.total,
      // A search of a large module reads only the newest records (unless it names a unique value exactly).
      ...(found.isPartial ? { searched_newest: SEARCHED_AT_MOST } : {}),
      records: withChildren(context.store, module, found.records),
    });
  });

  router.add('GET', /^\/__sim\/requests$/, ({ res }) => sendJson(res, 200, { requests: context.log.list() }));
  router.add('DELETE', /^\/__sim\/requests$/, ({ res }) => {
    context.log.clear();
    sendJson(res, 200, { status: 'cleared' });
  });

  /** A grant code for the demo self-client, as Zoho's API console makes one. */
  router.add('POST', /^\/__sim\/self-client\/code$/, ({ res }) => {
    sendJson(res, 201, { code: context.tokens.issueGrant('1000.SIMULATOR', []) });
  });
}
