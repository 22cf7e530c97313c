import type { SimContext } from '../context';
import { findModule, MODULES } from '../demo-org/modules';
import { CURRENT_USER, ORG, USERS } from '../demo-org/org';
import { stableId } from '../demo-org/stable-id';
import { toZohoField } from '../demo-org/to-zoho-field';
import { requireToken } from '../http/require-token';
import { sendAppError, sendJson, sendNoContent } from '../http/respond';
import { type Router, VERSION } from '../http/router';
import { toZohoModule } from './to-zoho-module';

const path = (suffix: string) => new RegExp(`^/crm/${VERSION}/${suffix}$`);

export function registerMetadataRoutes(router: Router, context: SimContext): void {
  router.add('GET', path('settings/modules'), ({ req, res }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.settings.modules.READ')) return;
    sendJson(res, 200, { modules: MODULES.map((module, index) => toZohoModule(module, index + 2)) });
  });

  router.add('GET', path('settings/fields'), ({ req, res, url, params }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.settings.fields.READ')) return;
    const moduleName = url.searchParams.get('module');
    if (!moduleName)
      return sendAppError(res, 400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', {
        param_name: 'module',
      });
    const module = findModule(moduleName);
    if (!module)
      return sendAppError(res, 400, 'INVALID_MODULE', 'the module name given seems to be invalid', {
        api_name: moduleName,
      });
    const fields = module.fields.map((field) =>
      toZohoField(
        module,
        field,
        params.version ?? 'v8',
        context.store.addedPicklistValues(`${module.api}.${field.api}`),
      ),
    );
    sendJson(res, 200, { fields });
  });

  router.add('GET', path('settings/layouts'), ({ req, res, url, params }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.settings.layouts.READ')) return;
    const module = findModule(url.searchParams.get('module') ?? '');
    if (!module)
      return sendAppError(res, 400, 'INVALID_MODULE', 'the module name given seems to be invalid', {});
    const fields = module.fields
      .filter((field) => !field.readOnly)
      .map((field) => ({
        ...toZohoField(module, field, params.version ?? 'v8'),
        required: Boolean(field.layoutRequired),
      }));
    sendJson(res, 200, {
      layouts: [
        {
          id: stableId(`layout.${module.api}.standard`),
          name: 'Standard',
          api_name: 'Standard__s',
          display_label: 'Standard',
          status: 'active',
          visible: true,
          generated_type: 'default',
          profiles: [{ name: 'Administrator', id: '5725767000000026011', default: true }],
          sections: [
            {
              api_name: `${module.singular.replace(/\W/g, '_')}_Information`,
              name: `${module.singular} Information`,
              display_label: `${module.singular} Information`,
              sequence_number: 1,
              column_count: 2,
              fields,
            },
          ],
        },
      ],
    });
  });

  router.add('GET', path('org'), ({ req, res }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.org.READ')) return;
    sendJson(res, 200, { org: [ORG] });
  });

  router.add('GET', path('users'), ({ req, res, url }) => {
    if (!requireToken(context, req, res, 'ZohoCRM.users.READ')) return;
    const all = url.searchParams.get('type') === 'CurrentUser' ? [CURRENT_USER] : USERS;
    // Zoho pages users 200 at a time (per_page at most 200) and says whether more follow.
    const perPage = Math.min(200, Math.max(1, Number(url.searchParams.get('per_page') ?? 200) || 200));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const users = all.slice((page - 1) * perPage, page * perPage);
    if (users.length === 0) return sendNoContent(res);
    sendJson(res, 200, {
      users: users.map((user) => ({
        id: user.id,
        email: user.email,
        full_name: `${user.first_name} ${user.last_name}`,
        first_name: user.first_name,
        last_name: user.last_name,
        status: 'active',
        role: { name: user.role, id: stableId(`role.${user.role}`) },
        profile: { name: user.profile, id: stableId(`profile.${user.profile}`) },
        time_zone: ORG.time_zone,
        locale: 'en_US',
        date_format: 'MMM d, yyyy',
        time_format: 'hh:mm a',
      })),
      info: { per_page: perPage, count: users.length, page, more_records: page * perPage < all.length },
    });
  });
}
