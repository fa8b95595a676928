// Applies supabase/migrations in file order, each once, recorded in the same table the Supabase
// CLI uses (supabase_migrations.schema_migrations); then supabase/seed.sql once per database.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { REPO_ROOT, type StackConfig } from "./config.ts";
import { adminUrl } from "./postgres.ts";

const MIGRATIONS = path.join(REPO_ROOT, "supabase", "migrations");
const SEED = path.join(REPO_ROOT, "supabase", "seed.sql");

export function migrationFiles(): { version: string; name: string; file: string }[] {
  return readdirSync(MIGRATIONS)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const [, version, name] = /^(\d{14})_(.+)\.sql$/.exec(f)!;
      return { version, name, file: path.join(MIGRATIONS, f) };
    });
}

export async function migrate(
  cfg: StackConfig,
  log: (m: string) => void,
  opts: { seed: boolean } = { seed: true },
): Promise<{ applied: string[]; seeded: boolean }> {
  const client = new pg.Client(adminUrl(cfg));
  await client.connect();
  try {
    await client.query(readFileSync(path.join(import.meta.dirname, "bootstrap.sql"), "utf8"));
    await client.query(`alter role authenticator with password ${client.escapeLiteral(cfg.dbPassword)}`);
    const done = new Set(
      (await client.query<{ version: string }>("select version from supabase_migrations.schema_migrations")).rows.map(
        (r) => r.version,
      ),
    );
    const applied: string[] = [];
    for (const m of migrationFiles()) {
      if (done.has(m.version)) continue;
      const sql = readFileSync(m.file, "utf8");
      await client.query("begin");
      try {
        await client.query(sql);
        await client.query(
          "insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)",
          [m.version, m.name, [sql]],
        );
        await client.query("commit");
      } catch (e) {
        await client.query("rollback");
        throw new Error(`migration ${path.basename(m.file)} failed: ${(e as Error).message}`);
      }
      applied.push(path.basename(m.file));
    }
    if (applied.length) log(`applied ${applied.length} migration(s): ${applied.join(", ")}`);
    let seeded = false;
    if (opts.seed) seeded = await seedOnce(client, log);
    await client.query("notify pgrst, 'reload schema'");
    return { applied, seeded };
  } finally {
    await client.end();
  }
}

/** Seed a database once: a person's edits to demo data survive restarts. */
async function seedOnce(client: pg.Client, log: (m: string) => void): Promise<boolean> {
  const sql = readFileSync(SEED, "utf8");
  const { rowCount } = await client.query("select 1 from supabase_migrations.seed_files where path = 'supabase/seed.sql'");
  if (rowCount) return false;
  await client.query("begin");
  try {
    await client.query(sql);
    await client.query("insert into supabase_migrations.seed_files (path, hash) values ('supabase/seed.sql', $1)", [
      createHash("sha256").update(sql).digest("hex"),
    ]);
    await client.query("commit");
  } catch (e) {
    await client.query("rollback");
    throw new Error(`seed.sql failed: ${(e as Error).message}`);
  }
  log("loaded the demo data (supabase/seed.sql)");
  return true;
}
