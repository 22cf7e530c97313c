import type { MetadataRoute } from 'next';

/** Nothing here is for search engines; share pages especially must never be indexed. */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', disallow: ['/', '/s/'] }] };
}
