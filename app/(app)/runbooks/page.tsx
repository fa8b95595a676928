import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "Runbooks" };

export default function Page() {
  return (
    <>
      <PageHeader title="Runbooks" description="Step-by-step guides for known problems." />
      <EmptyState title="No runbooks yet">
        <p>Runbooks will be read from content/runbooks/ once their pages are built.</p>
      </EmptyState>
    </>
  );
}
