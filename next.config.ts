import type { NextConfig } from "next";

const config: NextConfig = {
  // Tests and benchmarks build into their own folder so they never replace the build that a
  // running `npm start` is serving.
  distDir: process.env.BEACON_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` typechecks the whole repo once (tsc); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // pg and better-auth's Postgres adapter run on the Node server only.
  serverExternalPackages: ["pg"],
  // Runbooks are read from disk on the server; ship them with the server bundle (e.g. Vercel).
  outputFileTracingIncludes: { "/runbooks/**": ["./content/runbooks/**"] },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default config;
