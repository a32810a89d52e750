import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV cells", () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', '"\'=HYPERLINK(""http://evil.example"")"'],
    ["+46 8 123", "'+46 8 123"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
  ])("neutralises %j against formula injection", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("quotes commas, semicolons, quotes and line breaks, and writes dates as days", () => {
    expect(csvCell("Ri, Ha-neul")).toBe('"Ri, Ha-neul"');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(new Date("2026-03-01T00:00:00Z"))).toBe("2026-03-01");
    expect(csvCell(null)).toBe("");
    expect(csvCell(["Lee", "Rhee"])).toBe('"Lee; Rhee"');
    expect(csvCell("리하늘")).toBe("리하늘");
  });

  it("makes a file with a byte-order mark, a header and CRLF line ends", () => {
    expect(toCsv(["Name", "Post"], [["Ri Ha-neul", "Director"]])).toBe("\uFEFFName,Post\r\nRi Ha-neul,Director\r\n");
  });
});
