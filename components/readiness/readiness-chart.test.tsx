import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReadinessChart } from "./readiness-chart";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("ReadinessChart", () => {
  it("draws the reviews' stretch, not years of outside events before them", () => {
    const html = renderToStaticMarkup(
      <ReadinessChart
        reviews={[
          { id: "r1", decidedAt: day("2026-09-01"), score: 40, decision: "NOT_YET" },
          { id: "r2", decidedAt: day("2026-11-01"), score: 80, decision: "GO" },
        ]}
        events={[
          { id: "e1", occurredOn: day("2019-03-04"), title: "Old reshuffle", kind: "OTHER" },
          { id: "e2", occurredOn: day("2026-08-20"), title: "Border reopens", kind: "OTHER" },
        ]}
      />,
    );
    expect(html).toContain("Border reopens");
    expect(html).not.toContain("Old reshuffle");
    // The axis starts at the earliest mark it draws; the caption says from when events are drawn:
    // 90 days before the first review.
    expect(html).toContain("20 Aug 2026");
    expect(html).not.toContain("4 Mar 2019");
    expect(html).toContain("outside events since 3 Jun 2026");
  });

  it("says nothing of a cut when every event falls in the stretch", () => {
    const html = renderToStaticMarkup(
      <ReadinessChart
        reviews={[{ id: "r1", decidedAt: day("2026-09-01"), score: 40, decision: "NOT_YET" }]}
        events={[{ id: "e1", occurredOn: day("2026-08-20"), title: "Border reopens", kind: "OTHER" }]}
      />,
    );
    expect(html).toContain("Dashed marks: outside events.");
    expect(html).toContain("20 Aug 2026");
  });
});
