import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "Reviews" };

export default function Page() {
  return (
    <>
      <PageHeader title="Reviews" description="Post-incident reviews and their action items." />
      <EmptyState title="No reviews yet">
        <p>Post-incident reviews are not built yet.</p>
      </EmptyState>
    </>
  );
}
