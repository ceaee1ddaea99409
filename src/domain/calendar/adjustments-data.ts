// The Government's announced changes to the days off (hoán đổi, làm bù), shipped as the
// default, editable data. Only deviations from the rules in holidays.ts are listed: where
// the announcement matches the default (the last day of the lunar year and mùng 1–4 Tết,
// Quốc khánh's adjacent day on 1/9, compensatory days after a weekend), nothing is needed.
//
// Document numbers and dates come from government sites and press reports quoting the
// documents (the documents themselves were not read); what could not be found is marked
// UNCONFIRMED.
import type { CalendarAdjustment } from "./holidays";

export const OFFICIAL_ADJUSTMENTS: readonly CalendarAdjustment[] = [
  // 2024. Tết: 8/2 (29 tháng Chạp) to 14/2 (mùng 5): the five Tết days were 29 and 30 tháng
  // Chạp and mùng 1–3, with 2 compensatory days for mùng 1–2 on the weekend. The default
  // (30 tháng Chạp and mùng 1–4) would run 9/2 to 15/2.
  {
    date: "2024-02-08",
    kind: "day_off",
    name: "Tết Âm lịch (29 tháng Chạp)",
    nameEn: "Lunar New Year (29th day of the 12th month)",
    source: "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023",
  },
  {
    date: "2024-02-15",
    kind: "working_day",
    name: "Làm việc: Tết Giáp Thìn nghỉ từ 8/2 đến 14/2",
    nameEn: "Working day: the 2024 Lunar New Year break ran 8–14 February",
    source: "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023",
  },
  // 2024. 30/4–1/5: off Saturday 27/4 to Wednesday 1/5 by swapping Monday 29/4 with
  // Saturday 4/5 (the make-up date is as widely reported; the letter's text was not read).
  // Quốc khánh 2024 (31/8–3/9) needs nothing: 1/9 was a Sunday, so the default adjacent day
  // is compensated on Tuesday 3/9, the day the Government chose.
  {
    date: "2024-04-29",
    kind: "day_off",
    name: "Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)",
    nameEn: "Swapped day off (worked on Saturday 4 May 2024)",
    source: "Công văn 2450/VPCP-KGVX ngày 12/4/2024",
  },
  {
    date: "2024-05-04",
    kind: "working_day",
    name: "Làm bù cho ngày nghỉ 29/4/2024",
    nameEn: "Make-up working day for 29 April 2024",
    source: "Công văn 2450/VPCP-KGVX ngày 12/4/2024",
  },

  // 2025. Tết: off 25/1 to 2/2 (9 days): the five Tết days were Monday 27/1 (28 tháng Chạp)
  // to Friday 31/1 (mùng 3), between two weekends; back to work Monday 3/2. No make-up
  // Saturday. The default (29 tháng Chạp and mùng 1–4, mùng 4 a Saturday) would give 28/1
  // to 1/2 and a compensatory Monday 3/2. The notice of the Ministry of Labour that
  // followed the Prime Minister's letter: number UNCONFIRMED.
  {
    date: "2025-01-27",
    kind: "day_off",
    name: "Tết Âm lịch (28 tháng Chạp)",
    nameEn: "Lunar New Year (28th day of the 12th month)",
    source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024",
  },
  {
    date: "2025-02-03",
    kind: "working_day",
    name: "Làm việc: Tết Ất Tỵ nghỉ từ 25/1 đến 2/2",
    nameEn: "Working day: the 2025 Lunar New Year break ran 25 January – 2 February",
    source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024",
  },
  // 2025. 30/4–1/5: off Wednesday 30/4 to Sunday 4/5 by swapping Friday 2/5 with Saturday
  // 26/4. Quốc khánh 2025 (30/8–2/9, Monday 1/9 the adjacent day) is the default.
  {
    date: "2025-04-26",
    kind: "working_day",
    name: "Làm bù cho ngày nghỉ 2/5/2025",
    nameEn: "Make-up working day for 2 May 2025",
    source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024",
  },
  {
    date: "2025-05-02",
    kind: "day_off",
    name: "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)",
    nameEn: "Swapped day off (worked on Saturday 26 April 2025)",
    source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024",
  },

  // 2026. Tết Dương lịch: Thursday 1/1 to Sunday 4/1 by swapping Friday 2/1 with Saturday 10/1.
  {
    date: "2026-01-02",
    kind: "day_off",
    name: "Nghỉ hoán đổi (làm bù thứ Bảy 10/1/2026)",
    nameEn: "Swapped day off (worked on Saturday 10 January 2026)",
    source: "Công văn 12729/VPCP-KGVX ngày 25/12/2025",
  },
  {
    date: "2026-01-10",
    kind: "working_day",
    name: "Làm bù cho ngày nghỉ 2/1/2026",
    nameEn: "Make-up working day for 2 January 2026",
    source: "Công văn 12729/VPCP-KGVX ngày 25/12/2025",
  },
  // 2026, nothing else to list. Tết Bính Ngọ (14/2 to 22/2, agreed by the Prime Minister in
  // October 2025, letter number UNCONFIRMED) is the default: Monday 16/2 is 29 tháng Chạp,
  // the last day of Ất Tỵ, and mùng 1–4 are 17/2–20/2. Giỗ Tổ (Sunday 26/4) is compensated
  // on Monday 27/4 and 30/4–1/5 fall on Thursday–Friday, both by the rules.
  // Quốc khánh 2026 (2/9 a Wednesday): which adjacent day, and any swap, UNCONFIRMED; the
  // default (Tuesday 1/9) stands until the announcement is added here.
];
