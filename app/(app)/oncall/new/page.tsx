import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { LeadOnly } from "@/components/oncall/lead-only";
import { RotationForm } from "@/components/oncall/rotation-form";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { rotationFormOptions } from "@/lib/oncall/queries";
import { editsOnCall } from "@/lib/people/roles";
import { dateFromToday } from "@/lib/time/local-input";

export const metadata = { title: "New rotation" };

export default async function NewRotationPage() {
  const me = await requirePerson();
  const header = (
    <>
      <p className="mb-2 text-sm">
        <Link href="/oncall" className="underline">
          On call
        </Link>
      </p>
      <PageHeader title="New rotation" description="Who takes shifts, in what order, and when they hand over." />
    </>
  );
  if (!editsOnCall(me.role)) return <>{header}<LeadOnly back="/oncall" what="rotations" /></>;
  const options = await rotationFormOptions(await dbAs(me));
  // Tomorrow in the lead's zone is a sensible first day: nothing changes under anyone today.
  const tomorrow = dateFromToday(me.time_zone, 1);
  return (
    <>
      {header}
      <RotationForm
        initial={{
          name: "",
          serviceIds: [],
          timeZone: me.time_zone,
          shiftLength: { unit: "weeks", count: 1 },
          handoffTime: "09:00",
          startDate: tomorrow,
          participants: [],
          secondary: { kind: "next_participant" },
        }}
        before={null}
        people={options.people}
        services={options.services}
        otherRotations={options.rotations}
        timeZones={Intl.supportedValuesOf("timeZone")}
        viewerZone={me.time_zone}
      />
    </>
  );
}
