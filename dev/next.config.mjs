import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets the admin's development bundles load when it is opened as 127.0.0.1 as well as localhost.
  allowedDevOrigins: ['127.0.0.1'],
  serverExternalPackages: ['mongodb-memory-server'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
