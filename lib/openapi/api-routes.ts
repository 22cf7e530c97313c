import 'server-only';
import * as adminsIdRoute from '@/app/api/admins/[id]/route';
import * as adminsMePasswordRoute from '@/app/api/admins/me/password/route';
import * as adminsRoute from '@/app/api/admins/route';
import * as apiTokensIdRoute from '@/app/api/api-tokens/[id]/route';
import * as apiTokensRoute from '@/app/api/api-tokens/route';
import * as authSetupRoute from '@/app/api/auth/setup/route';
import * as authSignInRoute from '@/app/api/auth/sign-in/route';
import * as authSignOutRoute from '@/app/api/auth/sign-out/route';
import * as authSignOutEverywhereRoute from '@/app/api/auth/sign-out-everywhere/route';
import * as connectionsIdModulesModuleFieldsRoute from '@/app/api/connections/[id]/modules/[module]/fields/route';
import * as connectionsIdModulesRoute from '@/app/api/connections/[id]/modules/route';
import * as connectionsIdRoute from '@/app/api/connections/[id]/route';
import * as connectionsIdTestRoute from '@/app/api/connections/[id]/test/route';
import * as connectionsIdUsersRoute from '@/app/api/connections/[id]/users/route';
import * as connectionsRoute from '@/app/api/connections/route';
import * as connectionsSelfClientRoute from '@/app/api/connections/self-client/route';
import * as exportsIdAgainRoute from '@/app/api/exports/[id]/again/route';
import * as exportsIdCancelRoute from '@/app/api/exports/[id]/cancel/route';
import * as exportsIdFileRoute from '@/app/api/exports/[id]/file/route';
import * as exportsIdPagesPageResendRoute from '@/app/api/exports/[id]/pages/[page]/resend/route';
import * as exportsIdPagesPageZipRoute from '@/app/api/exports/[id]/pages/[page]/zip/route';
import * as exportsIdRoute from '@/app/api/exports/[id]/route';
import * as exportsDefinitionsDefinitionidRunRoute from '@/app/api/exports/definitions/[definitionId]/run/route';
import * as exportsDefinitionsRoute from '@/app/api/exports/definitions/route';
import * as exportsRoute from '@/app/api/exports/route';
import * as importsIdControlRoute from '@/app/api/imports/[id]/control/route';
import * as importsIdResultsRoute from '@/app/api/imports/[id]/results/route';
import * as importsIdRetryRoute from '@/app/api/imports/[id]/retry/route';
import * as importsIdRetryRowsRoute from '@/app/api/imports/[id]/retry/rows/route';
import * as importsIdRoute from '@/app/api/imports/[id]/route';
import * as importsIdRowsRoute from '@/app/api/imports/[id]/rows/route';
import * as importsFromTemplateRoute from '@/app/api/imports/from-template/route';
import * as importsRoute from '@/app/api/imports/route';
import * as mappingTemplatesIdRoute from '@/app/api/mapping-templates/[id]/route';
import * as mappingTemplatesRoute from '@/app/api/mapping-templates/route';
import * as notificationsIdRoute from '@/app/api/notifications/[id]/route';
import * as notificationsDeliveriesRoute from '@/app/api/notifications/deliveries/route';
import * as notificationsRoute from '@/app/api/notifications/route';
import * as sTokenRoute from '@/app/api/s/[token]/route';
import * as sandboxHealthRoute from '@/app/api/sandbox/health/route';
import * as sandboxRecordsModuleRoute from '@/app/api/sandbox/records/[module]/route';
import * as schedulesIdRoute from '@/app/api/schedules/[id]/route';
import * as schedulesIdRunNowRoute from '@/app/api/schedules/[id]/run-now/route';
import * as schedulesIdRunsRoute from '@/app/api/schedules/[id]/runs/route';
import * as schedulesRoute from '@/app/api/schedules/route';
import * as shareLinksIdRoute from '@/app/api/share-links/[id]/route';
import * as shareLinksActivityRoute from '@/app/api/share-links/activity/route';
import * as shareLinksRoute from '@/app/api/share-links/route';
import * as uploadsIdCompleteRoute from '@/app/api/uploads/[id]/complete/route';
import * as uploadsIdPartsIndexRoute from '@/app/api/uploads/[id]/parts/[index]/route';
import * as uploadsIdRoute from '@/app/api/uploads/[id]/route';
import * as uploadsRoute from '@/app/api/uploads/route';
import * as zohoCallbackRoute from '@/app/api/zoho/callback/route';
import * as zohoConnectRoute from '@/app/api/zoho/connect/route';
import * as zohoNotifyJobSecretRoute from '@/app/api/zoho/notify/[job]/[secret]/route';

/** Every route file under app/api and the URL it serves; `api-routes.test.ts` keeps it equal to the files on disk. */
export const API_ROUTES: readonly { file: string; path: string; module: Record<string, unknown> }[] = [
  { file: 'app/api/admins/[id]/route.ts', path: '/api/admins/{id}', module: adminsIdRoute },
  {
    file: 'app/api/admins/me/password/route.ts',
    path: '/api/admins/me/password',
    module: adminsMePasswordRoute,
  },
  { file: 'app/api/admins/route.ts', path: '/api/admins', module: adminsRoute },
  { file: 'app/api/api-tokens/[id]/route.ts', path: '/api/api-tokens/{id}', module: apiTokensIdRoute },
  { file: 'app/api/api-tokens/route.ts', path: '/api/api-tokens', module: apiTokensRoute },
  { file: 'app/api/auth/setup/route.ts', path: '/api/auth/setup', module: authSetupRoute },
  { file: 'app/api/auth/sign-in/route.ts', path: '/api/auth/sign-in', module: authSignInRoute },
  {
    file: 'app/api/auth/sign-out-everywhere/route.ts',
    path: '/api/auth/sign-out-everywhere',
    module: authSignOutEverywhereRoute,
  },
  { file: 'app/api/auth/sign-out/route.ts', path: '/api/auth/sign-out', module: authSignOutRoute },
  {
    file: 'app/api/connections/[id]/modules/[module]/fields/route.ts',
    path: '/api/connections/{id}/modules/{module}/fields',
    module: connectionsIdModulesModuleFieldsRoute,
  },
  {
    file: 'app/api/connections/[id]/modules/route.ts',
    path: '/api/connections/{id}/modules',
    module: connectionsIdModulesRoute,
  },
  { file: 'app/api/connections/[id]/route.ts', path: '/api/connections/{id}', module: connectionsIdRoute },
  {
    file: 'app/api/connections/[id]/test/route.ts',
    path: '/api/connections/{id}/test',
    module: connectionsIdTestRoute,
  },
  {
    file: 'app/api/connections/[id]/users/route.ts',
    path: '/api/connections/{id}/users',
    module: connectionsIdUsersRoute,
  },
  { file: 'app/api/connections/route.ts', path: '/api/connections', module: connectionsRoute },
  {
    file: 'app/api/connections/self-client/route.ts',
    path: '/api/connections/self-client',
    module: connectionsSelfClientRoute,
  },
  {
    file: 'app/api/exports/[id]/again/route.ts',
    path: '/api/exports/{id}/again',
    module: exportsIdAgainRoute,
  },
  {
    file: 'app/api/exports/[id]/cancel/route.ts',
    path: '/api/exports/{id}/cancel',
    module: exportsIdCancelRoute,
  },
  { file: 'app/api/exports/[id]/file/route.ts', path: '/api/exports/{id}/file', module: exportsIdFileRoute },
  {
    file: 'app/api/exports/[id]/pages/[page]/resend/route.ts',
    path: '/api/exports/{id}/pages/{page}/resend',
    module: exportsIdPagesPageResendRoute,
  },
  {
    file: 'app/api/exports/[id]/pages/[page]/zip/route.ts',
    path: '/api/exports/{id}/pages/{page}/zip',
    module: exportsIdPagesPageZipRoute,
  },
  { file: 'app/api/exports/[id]/route.ts', path: '/api/exports/{id}', module: exportsIdRoute },
  {
    file: 'app/api/exports/definitions/[definitionId]/run/route.ts',
    path: '/api/exports/definitions/{definitionId}/run',
    module: exportsDefinitionsDefinitionidRunRoute,
  },
  {
    file: 'app/api/exports/definitions/route.ts',
    path: '/api/exports/definitions',
    module: exportsDefinitionsRoute,
  },
  { file: 'app/api/exports/route.ts', path: '/api/exports', module: exportsRoute },
  {
    file: 'app/api/imports/[id]/control/route.ts',
    path: '/api/imports/{id}/control',
    module: importsIdControlRoute,
  },
  {
    file: 'app/api/imports/[id]/results/route.ts',
    path: '/api/imports/{id}/results',
    module: importsIdResultsRoute,
  },
  {
    file: 'app/api/imports/[id]/retry/route.ts',
    path: '/api/imports/{id}/retry',
    module: importsIdRetryRoute,
  },
  {
    file: 'app/api/imports/[id]/retry/rows/route.ts',
    path: '/api/imports/{id}/retry/rows',
    module: importsIdRetryRowsRoute,
  },
  { file: 'app/api/imports/[id]/route.ts', path: '/api/imports/{id}', module: importsIdRoute },
  { file: 'app/api/imports/[id]/rows/route.ts', path: '/api/imports/{id}/rows', module: importsIdRowsRoute },
  {
    file: 'app/api/imports/from-template/route.ts',
    path: '/api/imports/from-template',
    module: importsFromTemplateRoute,
  },
  { file: 'app/api/imports/route.ts', path: '/api/imports', module: importsRoute },
  {
    file: 'app/api/mapping-templates/[id]/route.ts',
    path: '/api/mapping-templates/{id}',
    module: mappingTemplatesIdRoute,
  },
  {
    file: 'app/api/mapping-templates/route.ts',
    path: '/api/mapping-templates',
    module: mappingTemplatesRoute,
  },
  {
    file: 'app/api/notifications/[id]/route.ts',
    path: '/api/notifications/{id}',
    module: notificationsIdRoute,
  },
  {
    file: 'app/api/notifications/deliveries/route.ts',
    path: '/api/notifications/deliveries',
    module: notificationsDeliveriesRoute,
  },
  { file: 'app/api/notifications/route.ts', path: '/api/notifications', module: notificationsRoute },
  { file: 'app/api/s/[token]/route.ts', path: '/api/s/{token}', module: sTokenRoute },
  { file: 'app/api/sandbox/health/route.ts', path: '/api/sandbox/health', module: sandboxHealthRoute },
  {
    file: 'app/api/sandbox/records/[module]/route.ts',
    path: '/api/sandbox/records/{module}',
    module: sandboxRecordsModuleRoute,
  },
  { file: 'app/api/schedules/[id]/route.ts', path: '/api/schedules/{id}', module: schedulesIdRoute },
  {
    file: 'app/api/schedules/[id]/run-now/route.ts',
    path: '/api/schedules/{id}/run-now',
    module: schedulesIdRunNowRoute,
  },
  {
    file: 'app/api/schedules/[id]/runs/route.ts',
    path: '/api/schedules/{id}/runs',
    module: schedulesIdRunsRoute,
  },
  { file: 'app/api/schedules/route.ts', path: '/api/schedules', module: schedulesRoute },
  { file: 'app/api/share-links/[id]/route.ts', path: '/api/share-links/{id}', module: shareLinksIdRoute },
  {
    file: 'app/api/share-links/activity/route.ts',
    path: '/api/share-links/activity',
    module: shareLinksActivityRoute,
  },
  { file: 'app/api/share-links/route.ts', path: '/api/share-links', module: shareLinksRoute },
  {
    file: 'app/api/uploads/[id]/complete/route.ts',
    path: '/api/uploads/{id}/complete',
    module: uploadsIdCompleteRoute,
  },
  {
    file: 'app/api/uploads/[id]/parts/[index]/route.ts',
    path: '/api/uploads/{id}/parts/{index}',
    module: uploadsIdPartsIndexRoute,
  },
  { file: 'app/api/uploads/[id]/route.ts', path: '/api/uploads/{id}', module: uploadsIdRoute },
  { file: 'app/api/uploads/route.ts', path: '/api/uploads', module: uploadsRoute },
  { file: 'app/api/zoho/callback/route.ts', path: '/api/zoho/callback', module: zohoCallbackRoute },
  { file: 'app/api/zoho/connect/route.ts', path: '/api/zoho/connect', module: zohoConnectRoute },
  {
    file: 'app/api/zoho/notify/[job]/[secret]/route.ts',
    path: '/api/zoho/notify/{job}/{secret}',
    module: zohoNotifyJobSecretRoute,
  },
];
