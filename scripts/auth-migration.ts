// Prints the SQL that creates better-auth's tables for our options (run against an empty
// database). We commit its output as a migration rather than letting better-auth migrate at
// runtime, so the schema is reviewed and `supabase db push` applies the same thing.
//   npx tsx scripts/auth-migration.ts > supabase/migrations/<ts>_create_better_auth.sql
import pg from "pg";
import { getMigrations } from "better-auth/db/migration";
import { authOptions } from "../lib/auth/options.ts";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, options: "-c search_path=better_auth" });
const { compileMigrations } = await getMigrations(
  authOptions({ pool, baseURL: "http://localhost:3000", secret: "x".repeat(32) }),
);
console.log(await compileMigrations());
await pool.end();
