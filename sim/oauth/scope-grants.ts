/**
 * Whether granted scopes cover a required one, by Zoho's scope hierarchy: `Service.scope.operation`, where
 * `ALL` covers every operation and a shorter scope covers the ones below it (`ZohoCRM.modules.ALL` and
 * `ZohoCRM.modules.CREATE` both cover `ZohoCRM.modules.contacts.CREATE`). Names compare case-insensitively,
 * as Zoho's docs write both `ZohoCRM.bulk.READ` and `ZohoCRM.bulk.read`.
 */
export function grantsScope(granted: readonly string[], required: string): boolean {
  const need = required.toLowerCase().split('.');
  const needOperation = need.at(-1);
  const needPath = need.slice(0, -1);
  return granted.some((scope) => {
    const have = scope.toLowerCase().split('.');
    const haveOperation = have.at(-1);
    const havePath = have.slice(0, -1);
    if (havePath.length === 0 || havePath.length > needPath.length) return false;
    if (!havePath.every((part, index) => part === needPath[index])) return false;
    return haveOperation === 'all' || haveOperation === needOperation;
  });
}
