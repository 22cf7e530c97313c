import { LinkGone } from '@/components/share/link-gone';
import { SharedPageFrame } from '@/components/share/shared-page-frame';

export const metadata = { title: 'Link not available', referrer: 'no-referrer' };

export default function ShareNotFound() {
  return (
    <SharedPageFrame>
      <LinkGone />
    </SharedPageFrame>
  );
}
