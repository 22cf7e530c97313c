export const NAV_ITEMS = [
  { href: '/imports', label: 'Imports', icon: 'upload' },
  { href: '/exports', label: 'Exports', icon: 'download' },
  { href: '/jobs', label: 'Jobs', icon: 'jobs' },
  { href: '/mappings', label: 'Mappings', icon: 'mapping' },
  { href: '/schedules', label: 'Schedules', icon: 'clock' },
  { href: '/connection', label: 'Connection', icon: 'plug' },
  { href: '/sandbox', label: 'Sandbox records', icon: 'database' },
] as const;

export const SETTINGS_ITEMS = [
  { href: '/settings/admins', label: 'Admins', icon: 'people' },
  { href: '/settings/api-tokens', label: 'API tokens', icon: 'key' },
  { href: '/settings/notifications', label: 'Notifications', icon: 'bell' },
  { href: '/api-docs', label: 'API reference', icon: 'book' },
] as const;

export type NavIcon = (typeof NAV_ITEMS)[number]['icon'] | (typeof SETTINGS_ITEMS)[number]['icon'];
