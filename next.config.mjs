/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['@electric-sql/pglite', 'pg-boss', 'pg', 'archiver', 'yauzl'],
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
