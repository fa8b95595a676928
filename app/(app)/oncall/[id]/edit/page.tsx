import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { LeadOnly } from "@/components/oncall/lead-only";
import { RotationForm } from "@/components/oncall/rotation-form";
import { requirePerson } from "@/lib/auth/session";
import { dbAs } from "@/lib/db/supabase";
import { IMPACT_WEEKS } from "@/lib/oncall/edit-impact";
import { listRotations, rotationFormOptions, rotationServiceIds } from "@/lib/oncall/queries";
import { editsOnCall } from "@/lib/people/roles";
import { isUuid } from "@/lib/ids";

export const metadata = { title: "Edit rotation" };

export default async function EditRotationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const me = await requirePerson();
  const db = await dbAs(me);
  const now = new Date();
  const until = new Date(now.getTime() + IMPACT_WEEKS * 7 * 86_400_000);
  const [rotation] = await listRotations(db, now, until, id);
  if (!rotation) notFound();
  const header = (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/oncall/${id}`} className="underline">
          {rotation.name}
        </Link>
      </p>
      <PageHeader title={`Edit ${rotation.name}`} description="The preview shows what your change does before you save it." />
    </>
  );
  if (!editsOnCall(me.role)) return <>{header}<LeadOnly back={`/oncall/${id}`} what="rotations" /></>;
  const [options, serviceIds] = await Promise.all([rotationFormOptions(db), rotationServiceIds(db, id)]);
  const secondary = rotation.setup.secondary;
  return (
    <>
      {header}
      <RotationForm
        initial={{
          rotationId: id,
          name: rotation.name,
          serviceIds,
          timeZone: rotation.timeZone,
          shiftLength: { unit: rotation.shiftUnit, count: rotation.shiftCount },
          handoffTime: rotation.handoffTime,
          startDate: rotation.startDate,
          participants: rotation.participants,
          secondary: secondary.kind === "rotation" ? { kind: "rotation", rotationId: secondary.rotationId } : { kind: "next_participant" },
        }}
        before={rotation.setup}
        people={options.people}
        services={options.services}
        otherRotations={options.rotations.filter((r) => r.id !== id)}
        timeZones={Intl.supportedValuesOf("timeZone")}
        viewerZone={me.time_zone}
      />
    </>
  );
}
