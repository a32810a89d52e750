import { UserMenu } from "@/components/layout/user-menu";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * The header's account corner: the signed-in person's menu, or "Sign in". Read in its own
 * Suspense boundary, so the page's own reads start at once instead of waiting for it; its read
 * of the sign-in is the one the page's membership check shares (cached per request).
 */
export async function HeaderAccount() {
  const user = await getCurrentUser();
  return user ? (
    <UserMenu name={user.name} />
  ) : (
    <Button asChild variant="secondary" size="sm">
      <Link href="/signin">Sign in</Link>
    </Button>
  );
}
