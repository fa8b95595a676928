"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; never on the paper itself. */
export function PrintButton() {
  return (
    <Button type="button" className="no-print" onClick={() => window.print()}>
      Print
    </Button>
  );
}
