// A whole council session in real browsers, nine members each in their own context: the
// Chairman appoints the ninth member on /council; the standing member calls the session, puts
// three accepted dossiers on the agenda (one nominee sits on the council: recused on his own
// item) and invites; the absent member follows the invitation e-mail and sends a written
// opinion; attendance (8 present, 1 absent); the chair opens the vote; the eight present
// members vote at once (one of them without JavaScript) and keep their receipt codes; the
// standing member sees "n/8 đã bỏ phiếu" and no result; the same form sent again counts once;
// the chair closes the vote; the results, the published codes (each member finds their own)
// and the minutes (.pdf, .docx) follow. axe checks the ballot sheet and the session page.
import type { BrowserContext, Page } from "@playwright/test";
import { councilMembers, nominations, people, roleAssignments, users } from "../../src/db/schema";
import { openDatabase } from "../../src/db/client";
import type { Role } from "../../src/domain/access/roles";
import type { CouncilPost } from "../../src/domain/council/posts";
import { personKeys } from "../../src/domain/registry/person";
import { insertUnit } from "../../src/features/units/insert-unit";
import { hashPassword } from "../../src/platform/passwords";
import { expectAccessible } from "./axe";
import { expect, mailLink, signInContext, startApp, test } from "./fixtures";

test.use({ actionTimeout: 15_000 });

const WARD = "Phường Cam Phú";
const PASSWORD = "mat-khau-hoi-dong-2024";
const TITLE = "Phiên họp xét khen thưởng tổng kết năm 2024";

type Who = "chair" | "vice" | "standing" | "secretary" | "hai" | "tam" | "mai" | "vinh" | "thu";
interface MemberSpec {
  name: string;
  email: string;
  role: Role;
  /** The council post set up before the app starts; null: appointed in the browser by the Chairman. */
  post: CouncilPost | null;
}
const MEMBERS: Record<Who, MemberSpec> = {
  chair: { name: "Đỗ Xuân Chiến", email: "chutich.hoidong@camphu.gov.vn", role: "chairman", post: "chair" },
  vice: { name: "Lê Thị Hoa", email: "phochutich.hoidong@camphu.gov.vn", role: "vice_chairman", post: "vice_chair" },
  standing: { name: "Phạm Văn Nam", email: "thuongtruc.hoidong@camphu.gov.vn", role: "council_secretary", post: "standing" },
  secretary: { name: "Trần Thị Lan", email: "thuky.hoidong@camphu.gov.vn", role: "culture_officer", post: "secretary" },
  hai: { name: "Nguyễn Văn Hải", email: "uyvien.hai@camphu.gov.vn", role: "council_member", post: "member" },
  tam: { name: "Võ Minh Tâm", email: "uyvien.tam@camphu.gov.vn", role: "council_member", post: "member" },
  mai: { name: "Huỳnh Thị Mai", email: "uyvien.mai@camphu.gov.vn", role: "council_member", post: "member" },
  vinh: { name: "Bùi Quang Vinh", email: "uyvien.vinh@camphu.gov.vn", role: "council_member", post: "member" },
  thu: { name: "Đặng Thị Thu", email: "uyvien.thu@camphu.gov.vn", role: "council_member", post: null },
};
const ALL = Object.keys(MEMBERS) as Who[];
/** Mai is away and sends a written opinion; the other eight come. */
const PRESENT = ALL.filter((w) => w !== "mai");
/** Tâm votes from a phone with JavaScript off. */
const NO_JS: Who = "tam";

// The agenda: a CSTĐCS (80 % of all members), two LĐTT (over half); Vinh is himself a nominee.
const CUONG = "Trần Văn Cường";
const BINH = "Lê Thị Bình";
const VINH = MEMBERS.vinh.name;
type Item = typeof CUONG | typeof BINH | typeof VINH;
type Choice = "agree" | "disagree";
/** Each present member's ballot; Hải and Tâm turn the CSTĐCS down, so it gets 6 + 1 opinion = 7/9 < 80 %. */
function ballotOf(who: Who): Partial<Record<Item, Choice>> {
  return {
    [CUONG]: who === "hai" || who === "tam" ? "disagree" : "agree",
    [BINH]: "agree",
    ...(who === "vinh" ? {} : { [VINH]: who === "secretary" || who === "thu" ? "disagree" : "agree" }),
  };
}
const CHOICE_LABEL: Record<Choice, string> = { agree: "Đồng ý", disagree: "Không đồng ý" };

/** A day in Vietnam, `offset` days from today, as ISO and as typed (dd/mm/yyyy). */
function vietnamDay(offset: number) {
  const iso = new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  return { iso, typed: iso.split("-").reverse().join("/") };
}

test("a whole council session with nine members in parallel browser contexts", async ({ mailbox, cluster, browser, locale, timezoneId }) => {
  test.setTimeout(150_000);
  let wardId = 0;
  // The ward, nine accounts linked to their people with roles on it, eight of them in post on the
  // council (the ninth is appointed below), and three dossiers accepted by the ward.
  const app = await startApp({
    smtpUrl: mailbox.url,
    cluster,
    prepare: async (env) => {
      const database = await openDatabase({ dataDir: env.DATA_DIR!, databaseUrl: env.DATABASE_URL });
      try {
        await database.migrate();
        const { db } = database;
        const ward = await db.transaction((tx) => insertUnit(tx, { parent: null, name: WARD, kind: "ward" }));
        const front = await db.transaction((tx) => insertUnit(tx, { parent: ward, name: "Ủy ban MTTQ Việt Nam phường Cam Phú", kind: "front_committee" }));
        const group = await db.transaction((tx) => insertUnit(tx, { parent: ward, name: "Tổ dân phố Nghĩa Phú", kind: "residential_group" }));
        wardId = ward.id;
        const person = async (fullName: string, unitId: number) => {
          const [row] = await db.insert(people).values({ fullName, ...personKeys(fullName), unitId, gender: "male" }).returning({ id: people.id });
          return row!.id;
        };
        const passwordHash = await hashPassword(PASSWORD);
        const personOf = {} as Record<Who, number>;
        for (const who of ALL) {
          const m = MEMBERS[who];
          const personId = await person(m.name, ward.id);
          personOf[who] = personId;
          const [user] = await db.insert(users).values({ email: m.email, fullName: m.name, passwordHash, personId }).returning();
          await db.insert(roleAssignments).values({ userId: user!.id, unitId: ward.id, role: m.role });
          if (m.post) await db.insert(councilMembers).values({ unitId: ward.id, userId: user!.id, personId, post: m.post, validFrom: "2021-08-02" });
        }
        const accepted = async (personId: number, nomineeName: string, formCode: string) => {
          await db.insert(nominations).values({ unitId: front.id, screeningUnitId: ward.id, nomineeKind: "person", personId, nomineeName, formCode, year: 2024, commendationKind: "cong_trang", decisionDate: "2024-12-20", status: "accepted", decidingUnitId: ward.id, decidingTier: "commune" });
        };
        await accepted(await person(CUONG, group.id), CUONG, "CSTDCS");
        await accepted(await person(BINH, group.id), BINH, "LDTT");
        await accepted(personOf.vinh, VINH, "LDTT");
      } finally {
        await database.close();
      }
    },
  });
  const contexts = {} as Record<Who, BrowserContext>;
  const pages = {} as Record<Who, Page>;
  try {
    // Everyone signs in, each in their own browser context.
    await Promise.all(
      ALL.map(async (who) => {
        const context = await browser.newContext({ baseURL: app.origin, locale, timezoneId, javaScriptEnabled: who !== NO_JS });
        contexts[who] = context;
        await signInContext(context, app.origin, { email: MEMBERS[who].email, password: PASSWORD });
        pages[who] = await context.newPage();
      }),
    );
    const { chair, standing } = pages;
    const today = vietnamDay(0);
    const meeting = vietnamDay(3);

    // The Chairman appoints the ninth member on the council's page.
    await chair.goto(`/council?unit=${wardId}`);
    await expect(chair.getByRole("heading", { level: 1 })).toHaveText(`Hội đồng Thi đua – Khen thưởng ${WARD}`);
    await chair.getByLabel("Tài khoản", { exact: true }).selectOption({ label: `${MEMBERS.thu.name} (${MEMBERS.thu.email})` });
    await chair.getByLabel("Chức danh trong Hội đồng").selectOption({ label: "Ủy viên" });
    await chair.getByLabel("Từ ngày").fill(today.typed);
    await chair.getByRole("button", { name: "Bổ nhiệm" }).click();
    await expect(chair.getByRole("status")).toHaveText("Đã bổ nhiệm thành viên Hội đồng.");
    await expect(chair.getByRole("heading", { level: 2, name: /\(9 người\)/ })).toBeVisible();
    await expect(chair.getByRole("row").filter({ hasText: MEMBERS.thu.name })).toContainText("Ủy viên");
    await expect(chair.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Hội đồng TĐKT" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(chair, "the council's page");

    // The standing member calls the session three days ahead (written opinions until it starts).
    await standing.goto("/council/sessions");
    await standing.getByLabel("Đơn vị", { exact: true }).selectOption({ label: WARD });
    await standing.getByLabel("Tên phiên họp").fill(TITLE);
    await standing.getByLabel("Ngày họp", { exact: true }).fill(meeting.typed);
    await standing.getByLabel("Giờ họp", { exact: true }).fill("14:00");
    await standing.getByLabel("Địa điểm").fill("Hội trường UBND phường");
    await standing.getByRole("button", { name: "Tạo phiên họp" }).click();
    await expect(standing.getByRole("status")).toContainText("Đã tạo phiên họp.");
    await expect(standing.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    const sessionPath = new URL(standing.url()).pathname;
    expect(sessionPath).toMatch(/^\/council\/sessions\/\d+$/);
    // One current page in the menu: the sessions, not the council above them.
    const menu = standing.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(menu.getByRole("link", { name: "Phiên họp Hội đồng" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("link", { name: "Hội đồng TĐKT" })).not.toHaveAttribute("aria-current", /./);

    // The agenda: the three accepted dossiers, ticked; then the invitation.
    const choices = standing.getByRole("group", { name: "Hồ sơ đã tiếp nhận, chưa thuộc phiên họp nào" });
    for (const name of [CUONG, BINH, VINH]) await choices.getByLabel(new RegExp(`^${name} — `)).check();
    await standing.getByRole("button", { name: "Đưa vào chương trình" }).click();
    await expect(standing.getByRole("status")).toHaveText("Đã cập nhật chương trình.");
    const agenda = (page: Page) => page.getByRole("table", { name: "Chương trình (hồ sơ xét)" });
    const itemRow = (page: Page, name: Item) => agenda(page).getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });
    await expect(agenda(standing).getByRole("row")).toHaveCount(4);
    await standing.getByRole("button", { name: "Gửi giấy mời" }).click();
    await expect(standing.getByRole("status")).toHaveText("Đã gửi giấy mời; thành viên xem được hồ sơ từ bây giờ.");
    // Vinh is out of the vote on his own dossier, worked out at the invitation.
    await expect(itemRow(standing, VINH)).toContainText(`${VINH}: liên quan trực tiếp`);

    // Mai will be away: she follows the invitation e-mail and sends her written opinion.
    const invitation = await mailLink(mailbox, MEMBERS.mai.email, /Giấy mời họp Hội đồng Thi đua – Khen thưởng/, sessionPath);
    expect(invitation.subject).toContain(TITLE);
    const mai = pages.mai;
    await mai.goto(invitation.link);
    await mai.getByRole("link", { name: "Gửi phiếu lấy ý kiến" }).click();
    await expect(mai.getByRole("heading", { level: 1 })).toHaveText("Phiếu lấy ý kiến");
    for (const [name, choice] of [[CUONG, "agree"], [BINH, "agree"], [VINH, "disagree"]] as const) {
      await mai.getByRole("group", { name: new RegExp(`\\. ${name} `) }).getByLabel(CHOICE_LABEL[choice], { exact: true }).check();
    }
    await expectAccessible(mai, "the written opinion form");
    await mai.getByLabel("Ý kiến khác").fill("Đồng chí Cường có nhiều sáng kiến trong năm.");
    await mai.getByRole("button", { name: "Gửi phiếu lấy ý kiến" }).click();
    await expect(mai.getByRole("status")).toHaveText("Đã gửi phiếu lấy ý kiến.");
    await expect(itemRow(mai, VINH)).toContainText(`${MEMBERS.mai.name}: Không đồng ý`);

    // Attendance: eight present, Mai away; the quorum is met.
    await standing.reload();
    await expect(standing.getByRole("row").filter({ hasText: MEMBERS.mai.name }).first()).toContainText("Đã gửi");
    for (const who of ALL) await standing.getByLabel(`Có mặt: ${MEMBERS[who].name}`).selectOption({ label: who === "mai" ? "Vắng mặt" : "Có mặt" });
    await standing.getByRole("button", { name: "Lưu điểm danh" }).click();
    await expect(standing.getByRole("status")).toHaveText("Đã lưu điểm danh.");
    await expect(standing.getByRole("main")).toContainText("Có mặt 8/9: đủ (cần 6).");

    // The chair opens the vote.
    await chair.goto(sessionPath);
    await chair.getByRole("button", { name: "Bắt đầu biểu quyết" }).click();
    await expect(chair.getByRole("status")).toHaveText("Đã bắt đầu biểu quyết.");
    await standing.reload();
    await expect(itemRow(standing, CUONG)).toContainText("0/8 đã bỏ phiếu");
    await expect(itemRow(standing, VINH)).toContainText("0/7 đã bỏ phiếu");
    await expectAccessible(standing, "the session page while voting");

    // The eight present members vote at once, each from their own context; each keeps the codes.
    const receipts = {} as Record<Who, Partial<Record<Item, string>>>;
    let resend: { form: Record<string, string>; codes: Partial<Record<Item, string>> } | undefined;
    await Promise.all(
      PRESENT.map(async (who) => {
        const page = who === "standing" ? await contexts.standing.newPage() : pages[who];
        await page.goto(sessionPath);
        await page.getByRole("link", { name: "Bỏ phiếu", exact: true }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phiếu bầu kín");
        const ballot = ballotOf(who);
        await expect(page.getByRole("main").getByRole("group")).toHaveCount(Object.keys(ballot).length);
        for (const [name, choice] of Object.entries(ballot) as [Item, Choice][]) {
          await page.getByRole("group", { name: new RegExp(`\\. ${name} `) }).getByLabel(CHOICE_LABEL[choice], { exact: true }).check();
        }
        if (who === "vice") await expectAccessible(page, "the ballot sheet");
        // Hải keeps the form as sent, to send it again later.
        const form = who === "hai" ? await page.locator("form[action$='/ballot']").locator("input[type=hidden], input:checked").evaluateAll((inputs) => Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]))) : null;
        await page.getByRole("button", { name: "Gửi phiếu" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mã biên nhận phiếu");
        await expect(page.getByRole("status")).toHaveText("Phiếu của đồng chí đã được ghi nhận.");
        const codes: Partial<Record<Item, string>> = {};
        for (const name of Object.keys(ballot) as Item[]) {
          codes[name] = (await page.getByRole("listitem").filter({ hasText: `. ${name}:` }).locator("code").textContent())!;
          expect(codes[name]).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
        }
        receipts[who] = codes;
        if (form) resend = { form, codes };
      }),
    );

    // While the vote is open: how many have voted, never a result.
    await standing.reload();
    await expect(itemRow(standing, CUONG)).toContainText("8/8 đã bỏ phiếu");
    await expect(itemRow(standing, BINH)).toContainText("8/8 đã bỏ phiếu");
    await expect(itemRow(standing, VINH)).toContainText("7/7 đã bỏ phiếu");
    await expect(agenda(standing)).not.toContainText("Đạt");
    await expect(agenda(standing)).not.toContainText("đồng ý (");

    // Nothing is left for Hải to vote on; the same form sent again — even with another choice —
    // answers with the same codes and counts nothing.
    const hai = pages.hai;
    await hai.goto(`${sessionPath}/ballot`);
    await expect(hai.getByRole("status")).toHaveText("Không còn hồ sơ nào đồng chí cần biểu quyết.");
    await expect(hai.getByRole("button", { name: "Gửi phiếu" })).toHaveCount(0);
    const flipped = Object.fromEntries(Object.entries(resend!.form).map(([k, v]) => [k, k.startsWith("choice.") ? (v === "agree" ? "disagree" : "agree") : v]));
    for (const form of [resend!.form, flipped]) {
      const again = await contexts.hai.request.post(`${app.origin}${sessionPath}/ballot`, { form });
      expect(again.status()).toBe(200);
      const html = await again.text();
      expect(html).toContain("Phiếu này đã được ghi nhận từ trước; không tính thêm lần nào.");
      for (const code of Object.values(resend!.codes)) expect(html).toContain(`<code>${code}</code>`);
    }
    await standing.reload();
    await expect(itemRow(standing, CUONG)).toContainText("8/8 đã bỏ phiếu");

    // The chair closes the vote: results against the rules, written opinions counted.
    await chair.goto(sessionPath);
    await chair.getByRole("button", { name: "Kết thúc biểu quyết và kiểm phiếu" }).click();
    await expect(chair.getByRole("status")).toHaveText("Đã kết thúc biểu quyết; kết quả và mã biên nhận đã công bố.");
    await expect(itemRow(chair, CUONG)).toContainText("Không đạt 7/9 đồng ý");
    await expect(itemRow(chair, CUONG)).toContainText("Đồng ý 6, không đồng ý 2, không hợp lệ 0; phiếu lấy ý kiến 1; không tham gia 0");
    await expect(itemRow(chair, BINH)).toContainText("Đạt 9/9 đồng ý");
    await expect(itemRow(chair, BINH)).not.toContainText("Không đạt");
    await expect(itemRow(chair, VINH)).toContainText("Đạt 5/8 đồng ý");
    await expect(itemRow(chair, VINH)).not.toContainText("Không đạt");
    await expect(itemRow(chair, VINH)).toContainText("Đồng ý 5, không đồng ý 2, không hợp lệ 0; phiếu lấy ý kiến 1; không tham gia 1");
    await expect(chair.getByRole("heading", { level: 2, name: "Danh sách mã biên nhận phiếu" })).toBeVisible();
    await expect(chair.locator("ul.receipts code")).toHaveCount(8 + 8 + 7);
    await expectAccessible(chair, "the session page with its results");

    // Each member finds their own codes among those published.
    await Promise.all(
      PRESENT.map(async (who) => {
        const page = pages[who];
        await page.goto(sessionPath);
        await expect(page.getByRole("heading", { level: 2, name: "Danh sách mã biên nhận phiếu" })).toBeVisible();
        for (const code of Object.values(receipts[who]) as string[]) await expect(page.getByText(code, { exact: true })).toHaveCount(1);
      }),
    );

    // The minutes, both kinds, as .pdf and .docx.
    const TYPES = { ".pdf": "application/pdf", ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
    for (const kind of ["Biên bản họp Hội đồng", "Biên bản kiểm phiếu"]) {
      for (const [ext, type] of Object.entries(TYPES)) {
        const href = (await chair.getByRole("listitem").filter({ hasText: kind }).getByRole("link", { name: ext, exact: true }).getAttribute("href"))!;
        const file = await contexts.chair.request.get(`${app.origin}${href}`);
        expect(file.status(), href).toBe(200);
        expect(file.headers()["content-type"], href).toContain(type);
        expect((await file.body()).length, href).toBeGreaterThan(1000);
      }
    }
  } finally {
    for (const context of Object.values(contexts)) await context.close();
    await app.stop();
  }
});
