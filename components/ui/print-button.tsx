"use client";

import { PrinterIcon } from "@/components/ui/icons";
import { Button } from "./button";

/** Opens the browser's print dialog, which also saves a PDF, offline. */
export function PrintButton({ children = "Print or save as PDF" }: { children?: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()} className="print:hidden">
      <PrinterIcon aria-hidden="true" />
      {children}
    </Button>
  );
}
