import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** What someone who cannot edit on-call settings sees on an edit page: no form, a way back. */
export function LeadOnly({ back, what }: { back: string; what: string }) {
  return (
    <EmptyState title={`Only leads and admins edit ${what}`}>
      <p>
        Ask a lead if something needs to change.{" "}
        <Link href={back} className="font-medium underline">
          Go back
        </Link>
      </p>
    </EmptyState>
  );
}
