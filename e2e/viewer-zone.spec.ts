import { expect, signIn, test, testDb } from "./fixtures";

// A convener in Tokyo plans a session in Oslo.
test.use({ timezoneId: "Asia/Tokyo" });

test("times: a session reads in venue time and the viewer's own, from the server's first byte once the browser has said its zone", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  const { id: organizationId } = await testDb.organization.findUniqueOrThrow({ where: { slug: organization.slug } });
  const dialogue = await testDb.dialogue.create({
    data: { organizationId, title: "Tern Reach Dialogue", counterpart: "Republic of Eastmarch" },
  });
  const session = await testDb.session.create({
    data: {
      organizationId,
      dialogueId: dialogue.id,
      attributionRule: "CHATHAM_HOUSE",
      title: "Round 1",
      startsAt: new Date("2027-05-04T07:00:00Z"),
      endsAt: new Date("2027-05-04T15:00:00Z"),
      timeZone: "Europe/Oslo",
    },
  });
  const url = `/o/${organization.slug}/dialogues/${dialogue.id}/sessions/${session.id}`;
  const venue = "4 May 2027, 09:00 (Europe/Oslo)";
  const yours = "your time 4 May 2027, 16:00 GMT+9";
  const zoneCookie = async () => (await page.context().cookies()).find((cookie) => cookie.name === "parley-tz")?.value;

  // The first page after signing in learns the browser's zone and keeps it in a cookie.
  await signIn(page, owner);
  await expect.poll(zoneCookie).toBe("Asia/Tokyo");

  // With it, the server's HTML already has the viewer's time: nothing is drawn twice.
  const served = await (await page.request.get(url)).text();
  expect(served).toContain(venue);
  expect(served).toContain(yours);

  // Without it the server knows venue time only, and the page adds the viewer's after hydration,
  // writing the cookie again for the next page.
  await page.context().clearCookies({ name: "parley-tz" });
  const bare = await (await page.request.get(url)).text();
  expect(bare).toContain(venue);
  expect(bare).not.toContain("your time");
  await page.goto(url);
  await expect(page.getByText(yours).first()).toBeVisible();
  await expect.poll(zoneCookie).toBe("Asia/Tokyo");

  // A cookie naming no zone the platform knows is ignored, not trusted.
  await page.context().clearCookies({ name: "parley-tz" });
  await page.context().addCookies([{ name: "parley-tz", value: "Mars/Olympus", url: new URL("/", page.url()).href }]);
  const forged = await (await page.request.get(url)).text();
  expect(forged).toContain(venue);
  expect(forged).not.toContain("your time");

  // A convener back from Oslo: the cookie's zone no longer matches the browser's clock, so the page
  // learns the new zone, writes it, and has the server draw the times again.
  await page.context().clearCookies({ name: "parley-tz" });
  await page.context().addCookies([{ name: "parley-tz", value: "Europe/Oslo", url: new URL("/", page.url()).href }]);
  await page.goto(url);
  await expect(page.getByText(yours).first()).toBeVisible();
  await expect.poll(zoneCookie).toBe("Asia/Tokyo");

  // A zone whose clock is the browser's, now and half a year on, draws the same times: the page
  // leaves it, without asking the browser to name its zone.
  await page.context().clearCookies({ name: "parley-tz" });
  await page.context().addCookies([{ name: "parley-tz", value: "Asia/Seoul", url: new URL("/", page.url()).href }]);
  await page.goto(url);
  await expect(page.getByText(yours).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await zoneCookie()).toBe("Asia/Seoul");
});
