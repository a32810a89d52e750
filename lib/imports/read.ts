import { CsvError, parse } from "csv-parse/sync";

/** One record of the file, with the line it starts on (a quoted cell may span lines). */
export type CsvRow = { line: number; cells: string[] };

/** A file read into a header and rows, or the one reason it cannot be read at all. */
export type CsvTable =
  | { ok: true; delimiter: "," | ";"; headers: string[]; rows: CsvRow[] }
  | { ok: false; line: number | null; message: string };

/** Most rows a single import takes. */
export const MAX_IMPORT_ROWS = 20_000;

/**
 * The delimiter of the header line: a semicolon when it holds more semicolons than commas outside
 * quotes (as spreadsheets in much of Europe write CSV), else a comma.
 */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Reads CSV text: UTF-8 with or without a byte-order mark, quoted fields (with quotes, commas and
 * line breaks inside), commas or semicolons. Blank lines are skipped; every row must have as many
 * cells as the header.
 */
export function readCsv(text: string): CsvTable {
  // One kind of line end, so that lines are counted alike in every file (and inside quoted cells).
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!body.trim()) return { ok: false, line: null, message: "The file is empty." };
  const delimiter = detectDelimiter(body);
  let records: CsvRow[];
  try {
    const parsed = parse(body, {
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // csv-parse counts the line a record ends on; a line break inside a quoted cell moves it on.
    records = parsed.map(({ record, info }) => ({
      line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    }));
  } catch (error) {
    if (error instanceof CsvError) {
      const { lines } = error as unknown as { lines?: unknown };
      const line = typeof lines === "number" ? lines : null;
      const what =
        error.code === "CSV_QUOTE_NOT_CLOSED"
          ? "A quoted cell is never closed: a quote mark is missing."
          : error.code === "CSV_INVALID_CLOSING_QUOTE" || error.code === "INVALID_OPENING_QUOTE"
            ? "A quote mark sits inside a cell that is not quoted. Quote the cell and double the quote mark."
            : "The file is not valid CSV.";
      return { ok: false, line, message: line ? `Line ${line}: ${what}` : what };
    }
    throw error;
  }
  const [headerRow, ...rows] = records;
  const headers = (headerRow?.cells ?? []).map((header) => header.trim());
  if (headers.length === 0 || headers.every((header) => !header))
    return { ok: false, line: 1, message: "The first line must name the columns." };
  if (rows.length === 0) return { ok: false, line: null, message: "The file has a header but no rows." };
  if (rows.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      line: null,
      message: `The file has ${rows.length.toLocaleString("en-GB")} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} at a time.`,
    };
  return { ok: true, delimiter, headers, rows };
}
