import { describe, expect, it } from "vitest";
import { suggestMapping } from "./fields";
import { detectDelimiter, readCsv } from "./read";

describe("reading a CSV file", () => {
  it("reads UTF-8 with a byte-order mark, quoted cells and CRLF line ends (kept as one kind)", () => {
    const table = readCsv('\uFEFFName,Notes\r\n"Ri, Sol-mi","Said ""later"",\r\nthen left"\r\n\r\nAra Venn,\r\n');
    expect(table).toEqual({
      ok: true,
      delimiter: ",",
      headers: ["Name", "Notes"],
      rows: [
        { line: 2, cells: ["Ri, Sol-mi", 'Said "later",\nthen left'] },
        { line: 5, cells: ["Ara Venn", ""] },
      ],
    });
  });

  it("reads semicolons, as spreadsheets in much of Europe write them", () => {
    expect(detectDelimiter('Name;Notes;"A, B"\n1,2;3')).toBe(";");
    expect(detectDelimiter('Name,"Notes; more"\n')).toBe(",");
    const table = readCsv("Name;Languages\nAra Venn;Korean, English\n");
    expect(table).toMatchObject({ ok: true, delimiter: ";", rows: [{ cells: ["Ara Venn", "Korean, English"] }] });
  });

  it("names the line of a quote that is never closed, and refuses an empty file", () => {
    expect(readCsv('Name,Notes\nAra Venn,"open\nTeo Mard,closed\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Line \d+: A quoted cell is never closed/),
    });
    expect(readCsv('Name,Notes\nAra Venn,half"quoted\n')).toMatchObject({ ok: false, line: 2 });
    expect(readCsv("\uFEFF \n")).toEqual({ ok: false, line: null, message: "The file is empty." });
    expect(readCsv("Name,Notes\n")).toMatchObject({ ok: false, message: "The file has a header but no rows." });
  });

  it("suggests a field for each header it recognises, each field once", () => {
    expect(
      suggestMapping(["Full name", "Hangul", "Type", "Organisation", "Position", "Since", "Name", "Shoe size"]),
    ).toEqual(["name", "originalName", "category", "institution", "title", "startsOn", "", ""]);
  });
});
