import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "Incidents" };

export default function Page() {
  return (
    <>
      <PageHeader title="Incidents" description="Declare, acknowledge, coordinate and resolve incidents." />
      <EmptyState title="No incidents yet">
        <p>Declaring and working incidents is not built yet. Until it is, declare incidents in your usual channel.</p>
      </EmptyState>
    </>
  );
}
