import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/guard";

export const metadata = { title: "Benchmark baseline" };

/**
 * The page `npm run bench` compares every other page with: signed in, inside the organization's
 * frame, and nothing more. It exists only while the benchmark runs (PARLEY_BENCHMARK=1).
 */
export default async function BenchmarkBaselinePage({ params }: { params: Promise<{ slug: string }> }) {
  if (process.env.PARLEY_BENCHMARK !== "1") notFound();
  await requireMember((await params).slug);
  return <p className="text-sm text-muted-foreground">Baseline.</p>;
}
