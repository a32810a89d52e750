import "server-only";
import { recordDisclosure } from "./audit";
import type { MemberContext } from "./auth/member";

/** A cell a spreadsheet would run as a formula (or a DDE payload): =, +, -, @, and a leading tab or return. */
const formula = /^[=+\-@\t\r]/;

/**
 * One CSV cell: dates as YYYY-MM-DD, anything a spreadsheet would run as a formula prefixed with a
 * quote (OWASP's advice), and quoted when it holds a comma, semicolon, quote or line break.
 */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString().slice(0, 10)
        : Array.isArray(value)
          ? value.join("; ")
          : String(value);
  if (formula.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: a byte-order mark (so spreadsheets read UTF-8), a header row, CRLF line ends. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/**
 * A CSV download of a list the member can see, recorded in the audit trail (what, how many rows,
 * with which filter), since exports carry people's data out of Parley.
 */
export async function csvExport(
  context: MemberContext,
  what: { list: string; filter: Record<string, string | undefined>; filename: string },
  header: string[],
  rows: unknown[][],
) {
  await recordDisclosure(context, {
    action: "export.csv",
    entity: "Export",
    entityId: what.list,
    after: { list: what.list, rows: rows.length, filter: what.filter },
  });
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${what.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
