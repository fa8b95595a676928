// `npm run person:add -- --email a@b.c --name "Ana Souza" --role admin`
// Creates a sign-in (better-auth, server side) and sets the person's role. This is how the first
// admin of a fresh production project is made; after that admins add people from the People page.
// Uses DATABASE_URL (default: the local stack). Prints a temporary password unless --password.
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { betterAuth } from "better-auth";
import { authOptions } from "../lib/auth/options.ts";
import { APP_ROLES, type AppRole } from "../lib/people/roles.ts";
import { LOCAL_BETTER_AUTH_SECRET, stackConfig, stackEnv } from "./stack/config.ts";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "responder" }, password: { type: "string" } },
});
const role = values.role as AppRole;
if (!values.email || !values.name || !APP_ROLES.includes(role)) {
  console.error('usage: npm run person:add -- --email ana@example.com --name "Ana Souza" [--role responder|lead|admin] [--password …]');
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL ?? stackEnv(stackConfig("local")).DATABASE_URL;
const pool = new pg.Pool({ connectionString: databaseUrl, options: "-c search_path=better_auth" });
try {
  const password = values.password ?? randomBytes(12).toString("base64url");
  const auth = betterAuth(
    authOptions({
      pool,
      baseURL: process.env.BETTER_AUTH_URL ?? "http://localhost:3000",
      secret: process.env.BETTER_AUTH_SECRET ?? LOCAL_BETTER_AUTH_SECRET,
    }),
  );
  const { user } = await auth.api.signUpEmail({ body: { email: values.email, name: values.name, password } });
  await pool.query("update public.people set role = $2 where id = $1", [user.id, role]);
  console.log(`Added ${values.name} <${values.email}> as ${role}.`);
  if (!values.password) console.log(`Temporary password: ${password}  (ask them to change it)`);
} catch (e) {
  console.error(`Could not add that person: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await pool.end();
}
