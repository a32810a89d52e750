import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("lets a later class win over an earlier one of the same group, per variant", () => {
    expect(cn("block w-full px-3 py-2", "w-auto py-1.5")).toBe("block px-3 w-auto py-1.5");
    expect(cn("max-sm:flex px-2", "max-sm:block")).toBe("px-2 max-sm:block");
    expect(cn("p-4", "px-2")).toBe("p-4 px-2");
    expect(cn("px-2", "p-4")).toBe("p-4");
    expect(cn("text-sm text-foreground", "text-xs")).toBe("text-foreground text-xs");
    expect(cn("text-sm text-foreground", "text-destructive")).toBe("text-sm text-destructive");
    expect(cn("border border-input", "border-destructive")).toBe("border border-destructive");
    expect(cn("border border-input", "border-2")).toBe("border-input border-2");
    expect(cn("bg-card", "hover:bg-muted", "bg-primary")).toBe("hover:bg-muted bg-primary");
  });

  it("keeps classes outside its groups, and drops falsy ones", () => {
    expect(cn("tabular-nums", false, undefined, "truncate")).toBe("tabular-nums truncate");
  });
});
