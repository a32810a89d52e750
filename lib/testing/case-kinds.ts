import type { Permission } from "../authz";
import type { Fixture } from "./action-fixture";

/**
 * Test support: the kinds of action case (lib/testing/action-cases.ts), and the two helpers every
 * domain's cases are written with.
 */
export type OrganizationCase = {
  kind: "organization";
  permission: Permission;
  /** True when the input names rows by id: then B's own slug with A's ids must fail too. */
  namesIds: boolean;
  /** True when the input names a dialogue or something inside one: restricted dialogues apply. */
  insideDialogue: boolean;
  input: (target: Fixture) => unknown;
};
export type OtherCase = { kind: "public"; why: string } | { kind: "account"; why: string; input: unknown };

export const dialogueFields = {
  title: "Western Strait Dialogue",
  counterpart: "Republic of Eastmarch",
  track: "TRACK_1_5",
  status: "EXPLORING",
  attributionRule: "CHATHAM_HOUSE",
};
export const sessionFields = {
  title: "Round 5",
  startsAt: "2027-05-04T09:00",
  endsAt: "2027-05-04T17:00",
  timeZone: "Europe/Oslo",
  status: "PLANNED",
};

export const inDialogue = (permission: Permission, input: (target: Fixture) => unknown): OrganizationCase => ({
  kind: "organization",
  permission,
  namesIds: true,
  insideDialogue: true,
  input,
});
export const orgLevel = (
  permission: Permission,
  namesIds: boolean,
  input: (target: Fixture) => unknown,
): OrganizationCase => ({
  kind: "organization",
  permission,
  namesIds,
  insideDialogue: false,
  input,
});
