// The national layer of the legal catalogue, as shipped: migration 0013 seeds the editable
// table from it (a test checks they agree). Sources and confidence are those of the legal notes
// kept with the product (docs/legal.md, copied from the project's legal research): entries marked `unconfirmed` were not checked against a
// primary text and are shown "cần xác nhận"; a province may replace them with its own version.
//
// Periods: the Law of 2003 and Decree 91/2017 (forms and authority only, for older awards
// brought into the registry); the Law of 2022 with Decree 98/2023 (1/1/2024 – 30/6/2025); Decree
// 152/2025 and Decree 129/2025 from 1/7/2025, when the district level ended.
import type { CatalogueEntry, EntryKind, EntryValues } from "./entries";

const OLD = { validFrom: "2004-07-01", validTo: "2023-12-31" } as const;
const D98 = { validFrom: "2024-01-01", validTo: "2025-06-30" } as const;
const D152 = { validFrom: "2025-07-01", validTo: null } as const;
const SINCE_2024 = { validFrom: "2024-01-01", validTo: null } as const;
type Period = { validFrom: string; validTo: string | null };

const OLD_LAW = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP";
const OLD_NOTE = "Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.";

function entry<K extends EntryKind>(
  kind: K,
  code: string,
  period: Period,
  value: EntryValues[K],
  citation: string,
  extra: { unconfirmed?: boolean; note?: string } = {},
): CatalogueEntry<K> {
  return { kind, code, ...period, value, citation, unconfirmed: extra.unconfirmed ?? false, ...(extra.note ? { note: extra.note } : {}) };
}

type Form = EntryValues["form"];
const person = ["person"] as Form["recipients"];
const group = ["collective", "unit"] as Form["recipients"];
const anyone = ["person", "household", "collective", "unit"] as Form["recipients"];

/** Titles and forms: name, recipients, the periods they exist in and their rank. */
const FORMS: { code: string; periods: Period[]; value: Form; citation: string }[] = [
  { code: "CSTD_TQ", periods: [OLD, SINCE_2024], citation: "Điều 21 Luật Thi đua, khen thưởng 2022", value: { name: "Chiến sĩ thi đua toàn quốc", nameEn: "National Emulation Fighter", category: "title", recipients: person, yearly: false, rank: 90 } },
  { code: "CSTD_TINH", periods: [OLD, SINCE_2024], citation: "Điều 22 Luật Thi đua, khen thưởng 2022", value: { name: "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", nameEn: "Provincial or Ministry Emulation Fighter", category: "title", recipients: person, yearly: false, rank: 70 } },
  { code: "CSTDCS", periods: [OLD, SINCE_2024], citation: "Điều 23 Luật Thi đua, khen thưởng 2022", value: { name: "Chiến sĩ thi đua cơ sở", nameEn: "Grassroots Emulation Fighter", category: "title", recipients: person, yearly: true, rank: 40 } },
  { code: "LDTT", periods: [OLD, SINCE_2024], citation: "Điều 24 Luật Thi đua, khen thưởng 2022", value: { name: "Lao động tiên tiến", nameEn: "Advanced Worker", category: "title", recipients: person, yearly: true, rank: 10 } },
  { code: "CO_CP", periods: [OLD, SINCE_2024], citation: "Điều 25 Luật Thi đua, khen thưởng 2022", value: { name: "Cờ thi đua của Chính phủ", nameEn: "Government Emulation Flag", category: "title", recipients: group, yearly: true, rank: 95 } },
  { code: "CO_TINH", periods: [OLD, SINCE_2024], citation: "Điều 26 Luật Thi đua, khen thưởng 2022", value: { name: "Cờ thi đua của bộ, ban, ngành, tỉnh", nameEn: "Provincial or Ministry Emulation Flag", category: "title", recipients: group, yearly: true, rank: 75 } },
  { code: "TTLDXS", periods: [OLD, SINCE_2024], citation: "Điều 27 Luật Thi đua, khen thưởng 2022", value: { name: "Tập thể lao động xuất sắc", nameEn: "Excellent Labour Collective", category: "title", recipients: group, yearly: true, rank: 45 } },
  { code: "TTLDTT", periods: [OLD, SINCE_2024], citation: "Điều 28 Luật Thi đua, khen thưởng 2022", value: { name: "Tập thể lao động tiên tiến", nameEn: "Advanced Labour Collective", category: "title", recipients: group, yearly: true, rank: 20 } },
  { code: "XA_TIEU_BIEU", periods: [D98], citation: "Nghị định 86/2023/NĐ-CP", value: { name: "Xã, phường, thị trấn tiêu biểu", nameEn: "Exemplary commune, ward or township", category: "title", recipients: ["unit"], yearly: true, rank: 60 } },
  { code: "XA_TIEU_BIEU", periods: [D152], citation: "Điều 50 Nghị định 152/2025/NĐ-CP", value: { name: "Xã, phường, đặc khu tiêu biểu", nameEn: "Exemplary commune, ward or special zone", category: "title", recipients: ["unit"], yearly: true, rank: 60 } },
  { code: "TDPVH", periods: [OLD, SINCE_2024], citation: "Nghị định 86/2023/NĐ-CP", value: { name: "Thôn, tổ dân phố văn hóa", nameEn: "Cultural village or residential group", category: "title", recipients: ["unit"], yearly: true, rank: 30 } },
  { code: "GDVH", periods: [OLD, SINCE_2024], citation: "Điều 8 Nghị định 86/2023/NĐ-CP", value: { name: "Gia đình văn hóa", nameEn: "Cultural family", category: "title", recipients: ["household"], yearly: true, rank: 15 } },
  { code: "BK_TTG", periods: [OLD, SINCE_2024], citation: "Điều 73 Luật Thi đua, khen thưởng 2022", value: { name: "Bằng khen của Thủ tướng Chính phủ", nameEn: "Prime Minister's Certificate of Merit", category: "form", recipients: anyone, yearly: false, rank: 80 } },
  { code: "BK_TINH", periods: [OLD, SINCE_2024], citation: "Điều 74 Luật Thi đua, khen thưởng 2022", value: { name: "Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh", nameEn: "Provincial Chairman's Certificate of Merit", category: "form", recipients: anyone, yearly: false, rank: 65 } },
  { code: "GK_HUYEN", periods: [OLD, D98], citation: "Điều 75 Luật Thi đua, khen thưởng 2022", value: { name: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện", nameEn: "District Chairman's Certificate of Merit", category: "form", recipients: anyone, yearly: false, rank: 35 } },
  { code: "GK_XA", periods: [OLD, SINCE_2024], citation: "Điều 75 Luật Thi đua, khen thưởng 2022", value: { name: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", nameEn: "Commune Chairman's Certificate of Merit", category: "form", recipients: anyone, yearly: false, rank: 25 } },
];

const formEntries = FORMS.flatMap((f) =>
  f.periods.map((p) => (p === OLD ? entry("form", f.code, p, f.value, OLD_LAW, { unconfirmed: true, note: OLD_NOTE }) : entry("form", f.code, p, f.value, f.citation))),
);

type Tier = EntryValues["authority"]["tier"];
const DECIDED_BY: Record<Tier, string> = {
  commune: "Chủ tịch Ủy ban nhân dân cấp xã",
  district: "Chủ tịch Ủy ban nhân dân cấp huyện",
  province: "Chủ tịch Ủy ban nhân dân cấp tỉnh",
  central: "Thủ tướng Chính phủ",
};
const authority = (code: string, period: Period, tier: Tier, citation: string, extra?: { note?: string; unconfirmed?: boolean }) =>
  entry("authority", code, period, { tier, decidedBy: DECIDED_BY[tier] }, citation, extra);
const UNTIL_REFORM = { validFrom: OLD.validFrom, validTo: D98.validTo } as const;
const D129_NOTE = "Điều khoản được trích qua nguồn thứ cấp (Công đoàn Việt Nam; Lao Động).";

const authorityEntries = [
  // The commune Chairman's own powers, unchanged by the reform.
  ...["LDTT", "GK_XA", "GDVH"].flatMap((code) => [
    authority(code, UNTIL_REFORM, "commune", "Điều 80 khoản 3 Luật Thi đua, khen thưởng 2022"),
    authority(code, D152, "commune", "Điều 59 Nghị định 129/2025/NĐ-CP; Điều 80 khoản 3 Luật Thi đua, khen thưởng 2022", { note: D129_NOTE }),
  ]),
  // District powers that moved to the commune on 1 July 2025.
  ...["TTLDTT", "CSTDCS", "TDPVH"].flatMap((code) => [
    authority(code, UNTIL_REFORM, "district", "Điều 80 khoản 2 Luật Thi đua, khen thưởng 2022"),
    authority(code, D152, "commune", "Điều 59 Nghị định 129/2025/NĐ-CP", { note: D129_NOTE }),
  ]),
  authority("GK_HUYEN", UNTIL_REFORM, "district", "Điều 80 khoản 2 Luật Thi đua, khen thưởng 2022"),
  ...["BK_TINH", "CSTD_TINH", "CO_TINH", "TTLDXS"].map((code) => authority(code, { validFrom: OLD.validFrom, validTo: null }, "province", "Điều 80 khoản 1 Luật Thi đua, khen thưởng 2022", { note: "Từ 1/7/2025 hồ sơ trình Chủ tịch UBND tỉnh qua Sở Nội vụ." })),
  authority("XA_TIEU_BIEU", SINCE_2024, "province", "Nghị định 86/2023/NĐ-CP"),
  ...["BK_TTG", "CSTD_TQ", "CO_CP"].map((code) => authority(code, { validFrom: OLD.validFrom, validTo: null }, "central", "Điều 78 Luật Thi đua, khen thưởng 2022", { unconfirmed: true })),
];

type Kind = EntryValues["commendation_kind"];
const KINDS: [string, Kind][] = [
  ["cong_trang", { name: "Khen thưởng theo công trạng và thành tích đạt được", nameEn: "Merit (for steady achievement)", countsTowardMerit: true, simplifiedProcedure: false }],
  ["dot_xuat", { name: "Khen thưởng đột xuất", nameEn: "Sudden achievement", countsTowardMerit: false, simplifiedProcedure: true }],
  ["theo_dot", { name: "Khen thưởng theo đợt hoặc theo chuyên đề", nameEn: "Campaign or thematic", countsTowardMerit: false, simplifiedProcedure: false }],
  ["cong_hien", { name: "Khen thưởng quá trình cống hiến", nameEn: "Long service", countsTowardMerit: false, simplifiedProcedure: true }],
  ["nien_han", { name: "Khen thưởng theo niên hạn", nameEn: "Seniority (armed forces)", countsTowardMerit: false, simplifiedProcedure: true }],
  ["doi_ngoai", { name: "Khen thưởng đối ngoại", nameEn: "Foreign contributors", countsTowardMerit: false, simplifiedProcedure: true }],
];
const kindEntries = KINDS.flatMap(([code, value]) => [
  entry("commendation_kind", code, OLD, value, OLD_LAW, { unconfirmed: true, note: OLD_NOTE }),
  entry("commendation_kind", code, D98, value, "Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 98/2023/NĐ-CP", {
    note: "Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.",
  }),
  entry("commendation_kind", code, D152, value, "Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 152/2025/NĐ-CP", {
    note: "Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.",
  }),
]);

const criterionEntries = [D98, D152].flatMap((period) => [
  entry("criterion", "LDTT", period, { text: "Hoàn thành tốt nhiệm vụ trở lên; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.", minRating: "good" }, "Điều 24 khoản 1 Luật Thi đua, khen thưởng 2022"),
  entry(
    "criterion",
    "CSTDCS",
    period,
    { text: "Đạt tiêu chuẩn danh hiệu Lao động tiên tiến; hoàn thành xuất sắc nhiệm vụ; có sáng kiến được công nhận hoặc đề tài khoa học được nghiệm thu, áp dụng.", minRating: "excellent", includesTitle: "LDTT", initiative: "and", initiativeScope: "unit" },
    "Điều 23 Luật Thi đua, khen thưởng 2022",
    { unconfirmed: true, note: "Chưa rõ \"hoàn thành xuất sắc nhiệm vụ\" và \"có sáng kiến\" là cùng lúc (và) hay một trong hai (hoặc); dự thảo sửa Luật yêu cầu cả hai. Tỉnh có thể đặt \"hoặc\"." },
  ),
  entry(
    "criterion",
    "TTLDTT",
    period,
    { text: "Hoàn thành tốt nhiệm vụ và kế hoạch được giao; có phong trào thi đua thường xuyên, thiết thực, hiệu quả; có từ 70% cá nhân đạt danh hiệu Lao động tiên tiến; không có cá nhân bị kỷ luật từ khiển trách trở lên; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật.", memberTitle: "LDTT", memberShare: 0.7, memberDisciplineFrom: "reprimand" },
    "Điều 28 khoản 1 Luật Thi đua, khen thưởng 2022",
    { unconfirmed: true, note: "Mức kỷ luật có hai cách đọc: \"khiển trách trở lên\" (Luật 2022 theo lawnet.vn) và \"cảnh cáo trở lên\" (Luật 2003 Điều 28; Bắc Ninh QĐ 86/2025 Điều 4 khoản 2). Chưa đối chiếu văn bản gốc." },
  ),
  entry("criterion", "GK_XA", period, { text: "Tiêu chuẩn chi tiết do bộ, ngành, tỉnh quy định; mặc định: hoàn thành tốt nhiệm vụ trở lên và không bị kỷ luật trong năm.", minRating: "good", disciplineFrom: "reprimand" }, "Điều 75 khoản 2 Luật Thi đua, khen thưởng 2022", {
    unconfirmed: true,
    note: "Mặc định của sản phẩm; tỉnh thay bằng quy định của mình (ví dụ Đắk Lắk QĐ 17/2024/QĐ-UBND).",
  }),
  entry("criterion", "TDPVH", period, { text: "Đời sống kinh tế ổn định và từng bước phát triển; đời sống văn hóa, tinh thần lành mạnh, phong phú; môi trường cảnh quan sạch, đẹp; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần đoàn kết, tương trợ, giúp đỡ nhau trong cộng đồng." }, "Nghị định 86/2023/NĐ-CP", {
    unconfirmed: true,
    note: "Tóm tắt các tiêu chuẩn theo Nghị định 86/2023; điều khoản chưa đối chiếu văn bản gốc.",
  }),
  entry("criterion", "GDVH", period, { text: "Gương mẫu chấp hành chủ trương, chính sách, pháp luật; tích cực tham gia phong trào thi đua của địa phương; gia đình no ấm, tiến bộ, hạnh phúc, văn minh." }, "Nghị định 86/2023/NĐ-CP"),
  entry("criterion", "CSTD_TINH", period, { text: "Có thành tích tiêu biểu xuất sắc trong số những cá nhân có 3 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở; có sáng kiến, đề tài khoa học có phạm vi ảnh hưởng cấp bộ, ngành, tỉnh.", initiative: "and" }, "Điều 22 Luật Thi đua, khen thưởng 2022"),
]);

const chainEntries = [D98, D152].flatMap((period) => [
  entry("chain", "CSTD_TINH", period, { requires: "CSTDCS", consecutiveYears: 3 }, "Điều 22 Luật Thi đua, khen thưởng 2022"),
  entry("chain", "CSTD_TQ", period, { requires: "CSTD_TINH", consecutiveYears: 2 }, "Điều 21 Luật Thi đua, khen thưởng 2022"),
]);

const doc = (code: string, name: string, nameEn: string, generated: boolean) => ({ code, name, nameEn, generated });
const TO_TRINH = doc("to_trinh", "Tờ trình đề nghị khen thưởng", "Proposal (tờ trình)", true);
const DANH_SACH = doc("danh_sach", "Danh sách đề nghị khen thưởng", "List of candidates", true);
const BAO_CAO = doc("bao_cao_thanh_tich", "Báo cáo thành tích", "Achievement report", true);
const BIEN_BAN_THI_DUA = doc("bien_ban_binh_xet", "Biên bản bình xét thi đua", "Minutes of the emulation review", true);
const BIEN_BAN_KHEN = doc("bien_ban_xet", "Biên bản xét khen thưởng", "Minutes of the commendation review", true);
const SANG_KIEN = doc("xac_nhan_sang_kien", "Văn bản công nhận sáng kiến, đề tài khoa học", "Recognition of the initiative or research", false);
const TOM_TAT = doc("tom_tat_thanh_tich", "Tóm tắt thành tích", "Summary of the achievement", true);
const dossierEntries = [D98, D152].flatMap((period) => [
  entry("dossier", "*", period, { items: [TO_TRINH, DANH_SACH, BAO_CAO, BIEN_BAN_KHEN] }, "Điều 84 Luật Thi đua, khen thưởng 2022"),
  ...["LDTT", "TTLDTT", "TDPVH", "TTLDXS", "CO_TINH"].map((code) => entry("dossier", code, period, { items: [TO_TRINH, DANH_SACH, BAO_CAO, BIEN_BAN_THI_DUA] }, "Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022")),
  ...["CSTDCS", "CSTD_TINH", "CSTD_TQ"].map((code) => entry("dossier", code, period, { items: [TO_TRINH, DANH_SACH, BAO_CAO, BIEN_BAN_THI_DUA, SANG_KIEN] }, "Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022")),
  entry("dossier", "GDVH", period, { items: [TO_TRINH, doc("danh_sach_y_kien", "Danh sách kèm kết quả lấy ý kiến", "List with the results of the consultation", true), BIEN_BAN_THI_DUA] }, "Điều 7, 8 Nghị định 86/2023/NĐ-CP"),
  entry("dossier", "simplified", period, { items: [TO_TRINH, TOM_TAT] }, period === D98 ? "Điều 85 Luật Thi đua, khen thưởng 2022; Điều 40 khoản 1 Nghị định 98/2023/NĐ-CP" : "Điều 85 Luật Thi đua, khen thưởng 2022", {
    ...(period === D152 ? { unconfirmed: true, note: "Điều tương ứng của Nghị định 152/2025 chưa xác định." } : {}),
  }),
]);

/** Coefficients × base salary by form and recipient: [code, D98, D152]; null where the law is not known. */
const D98_TITLES = "Điều 54 Nghị định 98/2023/NĐ-CP";
const D152_TITLES = "Điều 50 Nghị định 152/2025/NĐ-CP";
const bonus = (code: string, period: Period, value: EntryValues["bonus"], citation: string, extra?: { unconfirmed?: boolean; note?: string }) => entry("bonus", code, period, value, citation, extra);
const bonusEntries = [
  ...(
    [
      ["CSTD_TQ.person", 4.5],
      ["CSTD_TINH.person", 3.0],
      ["CSTDCS.person", 1.0],
      ["LDTT.person", 0.3],
      ["TTLDXS.collective", 1.5],
      ["TTLDXS.unit", 1.5],
      ["TTLDTT.collective", 0.8],
      ["TTLDTT.unit", 0.8],
      ["XA_TIEU_BIEU.unit", 2.0],
      ["TDPVH.unit", 1.5],
      ["CO_CP.collective", 12.0],
      ["CO_CP.unit", 12.0],
      ["CO_TINH.collective", 8.0],
      ["CO_TINH.unit", 8.0],
    ] as const
  ).flatMap(([code, coefficient]) => [bonus(code, D98, { coefficient }, D98_TITLES), bonus(code, D152, { coefficient }, D152_TITLES)]),
  bonus("BK_TTG.person", D98, { coefficient: null }, "Nghị định 98/2023/NĐ-CP", { unconfirmed: true, note: "Hệ số theo Nghị định 98 chưa xác định." }),
  bonus("BK_TTG.person", D152, { coefficient: 3.5 }, "Điều 54 khoản 1 điểm a Nghị định 152/2025/NĐ-CP", { note: "Một bản dịch ghi 3,0; bản tiếng Việt ghi 3,5." }),
  bonus("BK_TINH.person", D98, { coefficient: 1.0 }, "Nghị định 98/2023/NĐ-CP (Chương IV)"),
  bonus("BK_TINH.person", D152, { coefficient: 1.5 }, "Điều 54 khoản 1 điểm b Nghị định 152/2025/NĐ-CP"),
  bonus("GK_HUYEN.person", D98, { coefficient: 0.15 }, "Điều 58 khoản 1 điểm g Nghị định 98/2023/NĐ-CP", { unconfirmed: true, note: "Giả định cùng hệ số với Giấy khen cấp xã." }),
  bonus("GK_XA.person", D98, { coefficient: 0.15 }, "Điều 58 khoản 1 điểm g Nghị định 98/2023/NĐ-CP"),
  bonus("GK_XA.person", D152, { coefficient: 0.3 }, "Điều 54 khoản 1 điểm e Nghị định 152/2025/NĐ-CP"),
  bonus("GK_XA.household", D98, { ofPersonAmount: null }, "Nghị định 98/2023/NĐ-CP", { unconfirmed: true, note: "Mức cho hộ gia đình theo Nghị định 98 chưa xác định." }),
  bonus("GK_XA.household", D152, { ofPersonAmount: 1.5 }, "Nghị định 152/2025/NĐ-CP (tài liệu tập huấn của Bộ Nội vụ)", { note: "Bằng 1,5 lần mức của cá nhân." }),
  ...[D98, D152].map((p) =>
    bonus("GK_XA.collective", p, { ofPersonAmount: 2 }, "Nghị định 91/2017/NĐ-CP (đã hết hiệu lực)", { unconfirmed: true, note: "Mặc định bằng 2 lần mức của cá nhân như Nghị định 91/2017; mức hiện hành chưa xác định." }),
  ),
  ...[D98, D152].map((p) => bonus("GDVH.household", p, { coefficient: null }, "Nghị định 86/2023/NĐ-CP", { unconfirmed: true, note: "Mức thưởng \"Gia đình văn hóa\" chưa xác định." })),
];

const ROUNDING_NOTE = "Trích qua nguồn thứ cấp; có nơi chi không làm tròn. Tỉnh có thể tắt làm tròn.";
const bonusRuleEntries = [
  entry("bonus_rule", "calculation", D98, { baseSalaryOn: "issue_date", roundUpTo: 10_000 }, "Điều 53 Nghị định 98/2023/NĐ-CP", { unconfirmed: true, note: ROUNDING_NOTE }),
  entry("bonus_rule", "calculation", D152, { baseSalaryOn: "issue_date", roundUpTo: 10_000 }, "Điều 49 Nghị định 152/2025/NĐ-CP", { unconfirmed: true, note: ROUNDING_NOTE }),
];

const baseSalaryEntries = [
  entry("base_salary", "base_salary", { validFrom: "2019-07-01", validTo: "2023-06-30" }, { amount: 1_490_000 }, "Nghị định 38/2019/NĐ-CP"),
  entry("base_salary", "base_salary", { validFrom: "2023-07-01", validTo: "2024-06-30" }, { amount: 1_800_000 }, "Nghị định 24/2023/NĐ-CP"),
  entry("base_salary", "base_salary", { validFrom: "2024-07-01", validTo: "2026-06-30" }, { amount: 2_340_000 }, "Điều 3 Nghị định 73/2024/NĐ-CP"),
  entry("base_salary", "base_salary", { validFrom: "2026-07-01", validTo: null }, { amount: 2_530_000 }, "Điều 3 Nghị định 161/2026/NĐ-CP"),
];

const disclosureEntries = [
  entry("disclosure", "*", SINCE_2024, { workingDays: 10 }, "Điều 5 Luật Thi đua, khen thưởng 2022 (nguyên tắc công khai)", { unconfirmed: true, note: "Không thấy quy định chung cho danh hiệu cấp xã; mặc định 10 ngày làm việc như khen thưởng cấp Nhà nước." }),
  entry("disclosure", "GDVH", SINCE_2024, { workingDays: 10 }, "Điều 7 Nghị định 86/2023/NĐ-CP", { unconfirmed: true, note: "Nghị định ghi 10 ngày; ngày làm việc hay ngày lịch chưa đối chiếu." }),
  ...["BK_TTG", "CSTD_TQ", "CO_CP"].flatMap((code) => [
    entry("disclosure", code, D98, { workingDays: 10 }, "Điều 46 khoản 2 Nghị định 98/2023/NĐ-CP"),
    entry("disclosure", code, D152, { workingDays: 10 }, "Điều 44 khoản 2 Nghị định 152/2025/NĐ-CP"),
  ]),
];

const QUORUM_NOTE = "Chưa có quy định cho hội đồng cấp xã; mặc định như Hội đồng Trung ương. Đơn vị tự đặt trong quy chế hội đồng.";
const quorumEntries = [
  entry("quorum", "quorum", D98, { numerator: 2, denominator: 3 }, "Điều 47 khoản 4 Nghị định 98/2023/NĐ-CP", { unconfirmed: true, note: QUORUM_NOTE }),
  entry("quorum", "quorum", D152, { numerator: 2, denominator: 3 }, "Nghị định 152/2025/NĐ-CP", { unconfirmed: true, note: QUORUM_NOTE }),
];

const threshold = (numerator: number, denominator: number, over: "all" | "present", secret: boolean, strict = false) => ({ numerator, denominator, over, strict, secret });
const AFTER_NOTE = "Nghị định 152/2025 chưa thấy tỷ lệ; giữ mức của Nghị định 98 làm mặc định.";
const thresholdEntries = [
  ...(
    [
      ["CSTDCS", 80],
      ["CO_TINH", 80],
      ["CO_CP", 80],
      ["CSTD_TINH", 90],
      ["CSTD_TQ", 90],
    ] as const
  ).flatMap(([code, share]) => [
    entry("ballot_threshold", code, D98, threshold(share, 100, "all", true), "Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP", { note: "Văn bản ghi \"bỏ phiếu\"; thành viên vắng mặt gửi phiếu lấy ý kiến." }),
    entry("ballot_threshold", code, D152, threshold(share, 100, "all", true), "Nghị định 152/2025/NĐ-CP", { unconfirmed: true, note: AFTER_NOTE }),
  ]),
  entry("ballot_threshold", "*", SINCE_2024, threshold(1, 2, "all", false, true), "Quy chế hội đồng của đơn vị", { unconfirmed: true, note: "Quá bán tổng số thành viên (thực tiễn các tỉnh, ví dụ Bắc Ninh QĐ 86/2025 Điều 9); đơn vị đặt theo quy chế của mình." }),
];

const quotaEntries = [
  entry("quota", "CSTDCS", SINCE_2024, { of: "LDTT", maxShare: null }, "Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP (đã hết hiệu lực)", {
    unconfirmed: true,
    note: "Nghị định 91/2017 giới hạn 15% số Lao động tiên tiến; hiện không thấy giới hạn chung. Tỉnh, ngành có thể đặt (ví dụ Quốc phòng 10%).",
  }),
];

const processingEntries = [
  entry("processing", "*", SINCE_2024, { workingDays: 20 }, "Quy định của tỉnh về thủ tục hành chính", { unconfirmed: true, note: "Thời hạn hiện hành cho Giấy khen, Lao động tiên tiến cấp xã chưa xác định (trước 2024: 10–12 ngày ở một số tỉnh)." }),
  entry("processing", "CSTDCS", D152, { workingDays: 20 }, "Quyết định 638/QĐ-BNV năm 2025 (thủ tục hành chính)"),
];

/** Rules the law leaves to each council's own rules (quy chế hoạt động của Hội đồng), added by migration 0017. */
export const councilRuleEntries = [
  entry(
    "council_rule",
    "council",
    SINCE_2024,
    { recuseOwnOrganisation: false, recusedCount: "excluded", writtenOpinions: "count", receipts: "codes" },
    "Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng của đơn vị",
    {
      unconfirmed: true,
      note: "Không thấy quy định chung về việc thành viên không tham gia biểu quyết hồ sơ của chính mình, người thân hay tổ chức mình; mặc định: không tính vào mẫu số, phiếu lấy ý kiến của thành viên vắng mặt được tính (Điều 30 khoản 7 Nghị định 98/2023). Đơn vị đặt theo quy chế của mình.",
    },
  ),
];

const LAW_2022 = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";
const BASIS_NOTE = "Các dòng căn cứ theo mẫu quyết định khen thưởng thường gặp (docs/legal.md, mục mẫu quyết định); tỉnh, đơn vị thêm quy chế thi đua, khen thưởng của mình.";
const D98_BASES = [
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
  LAW_2022,
  "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
];
const D152_BASES = [
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
  LAW_2022,
  "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
];
const REVOCATION = "Căn cứ Điều 93 Luật Thi đua, khen thưởng về hủy quyết định khen thưởng, thu hồi hiện vật và tiền thưởng;";

/** The căn cứ lines of decisions, added by migration 0018. */
export const decisionBasisEntries = [
  entry("decision_basis", "award", D98, { lines: D98_BASES }, "Nghị định 30/2020/NĐ-CP (thể thức); Luật TĐKT 2022; Nghị định 98/2023/NĐ-CP", { unconfirmed: true, note: BASIS_NOTE }),
  entry("decision_basis", "award", D152, { lines: D152_BASES }, "Nghị định 30/2020/NĐ-CP (thể thức); Luật TĐKT 2022; Nghị định 152/2025/NĐ-CP", { unconfirmed: true, note: BASIS_NOTE }),
  entry("decision_basis", "revocation", D98, { lines: [...D98_BASES, REVOCATION] }, "Điều 93 Luật TĐKT 2022; Nghị định 98/2023/NĐ-CP", { unconfirmed: true, note: BASIS_NOTE }),
  entry("decision_basis", "revocation", D152, { lines: [...D152_BASES, REVOCATION] }, "Điều 93 Luật TĐKT 2022; Nghị định 152/2025/NĐ-CP", { unconfirmed: true, note: BASIS_NOTE }),
];

export const NATIONAL_CATALOGUE: readonly CatalogueEntry[] = [
  ...formEntries,
  ...authorityEntries,
  ...kindEntries,
  ...criterionEntries,
  ...chainEntries,
  ...dossierEntries,
  ...bonusEntries,
  ...bonusRuleEntries,
  ...baseSalaryEntries,
  ...disclosureEntries,
  ...quorumEntries,
  ...thresholdEntries,
  ...quotaEntries,
  ...processingEntries,
  ...councilRuleEntries,
  ...decisionBasisEntries,
];
