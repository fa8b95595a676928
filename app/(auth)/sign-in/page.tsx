import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentPerson } from "@/lib/auth/session";
import { DEMO_PASSWORD, DEMO_SIGN_INS } from "@/lib/auth/demo";
import { env } from "@/lib/env";

export const metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await currentPerson()) redirect("/");
  const local = env().isLocalStack;
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <h1 className="mb-1 flex items-center gap-2 text-2xl font-semibold">
        <span aria-hidden className="inline-block size-3 rounded-full bg-amber-500" />
        Sign in to Beacon
      </h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">Accounts are created by your Beacon admin.</p>
      <SignInForm demos={local ? DEMO_SIGN_INS : []} demoPassword={local ? DEMO_PASSWORD : undefined} />
    </main>
  );
}
