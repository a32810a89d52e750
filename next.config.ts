import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pg and the generated Prisma client load native Node modules; keep them out of the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  experimental: {
    // A CSV import sends the file's text to a server action: 20,000 rows of people and posts fit in 12 MB.
    serverActions: { bodySizeLimit: "12mb" },
  },
};

export default nextConfig;
