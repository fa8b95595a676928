import { AppShell } from "@/components/shell/app-shell";
import { requirePerson } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const person = await requirePerson();
  return <AppShell person={person}>{children}</AppShell>;
}
