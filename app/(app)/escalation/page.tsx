import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "Escalation" };

export default function Page() {
  return (
    <>
      <PageHeader title="Escalation" description="Who to call, in what order, after how long." />
      <EmptyState title="No escalation policies yet">
        <p>The escalation matrix is not built yet.</p>
      </EmptyState>
    </>
  );
}
