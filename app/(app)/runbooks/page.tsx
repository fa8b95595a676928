import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "Runbooks" };

export default function Page() {
  return (
    <>
      <PageHeader title="Runbooks" description="Step-by-step guides for known problems." />
      <EmptyState title="No runbooks yet">
        <p>Runbook pages are not built yet. Until they are, use your team&rsquo;s usual runbook location.</p>
      </EmptyState>
    </>
  );
}
