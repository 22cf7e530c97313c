'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import {
  BellIcon,
  BookIcon,
  ClockIcon,
  DatabaseIcon,
  DownloadIcon,
  JobsIcon,
  KeyIcon,
  MappingIcon,
  PeopleIcon,
  PlugIcon,
  UploadIcon,
} from '@/components/ui/icons';
import { NAV_ITEMS, type NavIcon, SETTINGS_ITEMS } from './nav-items';

const ICONS: Record<NavIcon, typeof UploadIcon> = {
  upload: UploadIcon,
  download: DownloadIcon,
  jobs: JobsIcon,
  mapping: MappingIcon,
  plug: PlugIcon,
  database: DatabaseIcon,
  people: PeopleIcon,
  key: KeyIcon,
  book: BookIcon,
  bell: BellIcon,
  clock: ClockIcon,
};

function NavLink({ href, label, icon }: { href: string; label: string; icon: NavIcon }) {
  const pathname = usePathname();
  const isActive = pathname === href || pathname.startsWith(`${href}/`);
  const IconComponent = ICONS[icon];
  return (
    <Link
      href={href}
      aria-current={isActive ? 'page' : undefined}
      className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-400 ${
        isActive ? 'bg-slate-800 text-white' : 'text-slate-300 hover:bg-slate-800/60 hover:text-white'
      }`}
    >
      <IconComponent />
      {label}
    </Link>
  );
}

export function SidebarNav() {
  return (
    <nav aria-label="Main" className="flex flex-1 flex-col gap-6 px-3">
      <ul className="space-y-1">
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <NavLink {...item} />
          </li>
        ))}
      </ul>
      <div>
        <p className="px-3 text-xs font-semibold uppercase tracking-wider text-slate-400">Settings</p>
        <ul className="mt-2 space-y-1">
          {SETTINGS_ITEMS.map((item) => (
            <li key={item.href}>
              <NavLink {...item} />
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
