// Issue 17 item 2: the 厅务会 decision date. One rule for the form and the server (lib/meetings/meeting-date.ts).
import { describe, expect, it } from "vitest";
import { meetingDateInFutureMessage, isMeetingDateAllowed, meetingDateDefault } from "../../lib/meetings/meeting-date";
import { ZMeetingDecisionInput } from "../../lib/validation/review";
import { chinaTodayIso } from "../../lib/validation/membership";

const ID = "00000000-0000-4000-8000-000000000001";

describe("meetingDateDefault", () => {
  it("pre-fills today when the planned date has not come yet, and says so", () => {
    expect(meetingDateDefault("2026-12-10", "2026-12-02")).toEqual({ value: "2026-12-02", plannedInFuture: true });
  });
  it("lets the planned date stand once it has come (the meeting held on it or before today)", () => {
    expect(meetingDateDefault("2026-12-02", "2026-12-02")).toEqual({ value: "2026-12-02", plannedInFuture: false });
    expect(meetingDateDefault("2026-11-28", "2026-12-02")).toEqual({ value: "2026-11-28", plannedInFuture: false });
  });
  it("pre-fills today when no date was planned", () => {
    expect(meetingDateDefault(null, "2026-12-02")).toEqual({ value: "2026-12-02", plannedInFuture: false });
  });
  it("what it pre-fills always passes the rule", () => {
    for (const planned of [null, "2026-11-01", "2026-12-02", "2026-12-03", "2027-01-01"]) {
      expect(isMeetingDateAllowed(meetingDateDefault(planned, "2026-12-02").value, "2026-12-02")).toBe(true);
    }
  });
});

describe("isMeetingDateAllowed", () => {
  it("accepts today and the past, refuses tomorrow", () => {
    expect(isMeetingDateAllowed("2026-12-02", "2026-12-02")).toBe(true);
    expect(isMeetingDateAllowed("2026-12-01", "2026-12-02")).toBe(true);
    expect(isMeetingDateAllowed("2026-12-03", "2026-12-02")).toBe(false);
  });
  it("the form's schema refuses a future date at the field with the server's message", () => {
    const base = { meetingId: ID, allianceId: ID, version: 0, outcome: "APPROVE", note: "" };
    const tomorrow = chinaTodayIso(new Date(Date.now() + 2 * 86_400_000));
    const r = ZMeetingDecisionInput.safeParse({ ...base, heldOn: tomorrow });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["heldOn"], message: meetingDateInFutureMessage() });
    expect(ZMeetingDecisionInput.safeParse({ ...base, heldOn: chinaTodayIso() }).success).toBe(true);
  });
});
