import { describe, expect, it } from "vitest";
import { CHART_LEAD_DAYS, chartWindow } from "./chart-window";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const event = (iso: string) => ({ id: iso, occurredOn: day(iso) });

describe("chartWindow", () => {
  it("leaves out events from long before the first review, and says from when it draws", () => {
    const reviews = [{ decidedAt: day("2026-09-01") }, { decidedAt: day("2026-11-01") }];
    const events = [
      event("2019-03-04"),
      event("2024-01-01"),
      event("2026-06-02"),
      event("2026-06-03"),
      event("2026-10-01"),
    ];
    const drawn = chartWindow(reviews, events);
    // 90 days before 1 Sep 2026 is 3 Jun 2026: an event that day is drawn, the day before is not.
    expect(CHART_LEAD_DAYS).toBe(90);
    expect(drawn.events.map((e) => e.id)).toEqual(["2026-06-03", "2026-10-01"]);
    expect(drawn.from).toEqual(day("2026-06-03"));
  });

  it("keeps every event, and says nothing, when none is that old", () => {
    const reviews = [{ decidedAt: day("2026-11-01") }, { decidedAt: day("2026-09-01") }];
    const events = [event("2026-08-01"), event("2026-12-01")];
    expect(chartWindow(reviews, events)).toEqual({ events, from: null });
  });

  it("starts from the earliest review whatever the order it is given in", () => {
    const reviews = [{ decidedAt: day("2026-11-01") }, { decidedAt: day("2025-01-01") }];
    expect(chartWindow(reviews, [event("2024-12-01"), event("2024-06-01")]).events.map((e) => e.id)).toEqual([
      "2024-12-01",
    ]);
  });
});
