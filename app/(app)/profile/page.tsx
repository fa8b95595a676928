import { PageHeader } from "@/components/ui/page-header";
import { ProfileForm } from "@/components/people/profile-form";
import { ChangePasswordForm } from "@/components/people/change-password-form";
import { requirePerson } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/people/roles";

export const metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const person = await requirePerson();
  return (
    <>
      <PageHeader
        title="Your profile"
        description={`How colleagues reach you when you are on call. You are signed in as ${person.email} (${ROLE_LABELS[person.role].toLowerCase()}).`}
      />
      <ProfileForm person={person} timeZones={Intl.supportedValuesOf("timeZone")} />
      <hr className="my-10 border-slate-200 dark:border-slate-800" />
      <ChangePasswordForm />
    </>
  );
}
