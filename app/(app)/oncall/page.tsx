import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "On call" };

export default function Page() {
  return (
    <>
      <PageHeader title="On call" description="Who is on call now, rotations, handoffs and overrides." />
      <EmptyState title="No rotations yet">
        <p>
          On-call rotations are not built yet, so Beacon cannot tell who is on call. The{" "}
          <Link href="/people" className="font-medium underline">
            People page
          </Link>{" "}
          has everyone&rsquo;s phone number, chat handle and local time.
        </p>
      </EmptyState>
    </>
  );
}
