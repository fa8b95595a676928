import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "On call" };

export default function Page() {
  return (
    <>
      <PageHeader title="On call" description="Who is on call now, rotations, handoffs and overrides." />
      <EmptyState title="No rotations yet">
        <p>On-call rotations are not built yet, so Beacon cannot tell who is on call. The People page (account menu) has everyone&rsquo;s contacts.</p>
      </EmptyState>
    </>
  );
}
