import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { listMembers } from "@/lib/members/data";

export default async function OrganizationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await requireMember(slug);
  const members = await listMembers(context.organizationId);
  const active = members.filter((member) => member.status === "ACTIVE").length;
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">Overview</h2>
      <p className="text-slate-700">
        {active} active member{active === 1 ? "" : "s"}.{" "}
        <Link href={`/o/${slug}/members`} className="underline">
          See who has which role
        </Link>
        .
      </p>
    </section>
  );
}
