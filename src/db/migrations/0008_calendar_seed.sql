-- The Government's adjustments to days off for 2024–2026, as shipped in
-- src/domain/calendar/adjustments-data.ts: the editable table starts from them.
-- A date already present (edited by hand before this ran) is left as it is.
INSERT INTO "calendar_adjustments" ("date", "kind", "name", "name_en", "source") VALUES
  ('2024-02-08', 'day_off', 'Tết Âm lịch (29 tháng Chạp)', 'Lunar New Year (29th day of the 12th month)', 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023'),
  ('2024-02-15', 'working_day', 'Làm việc: Tết Giáp Thìn nghỉ từ 8/2 đến 14/2', 'Working day: the 2024 Lunar New Year break ran 8–14 February', 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023'),
  ('2024-04-29', 'day_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)', 'Swapped day off (worked on Saturday 4 May 2024)', 'Công văn 2450/VPCP-KGVX ngày 12/4/2024'),
  ('2024-05-04', 'working_day', 'Làm bù cho ngày nghỉ 29/4/2024', 'Make-up working day for 29 April 2024', 'Công văn 2450/VPCP-KGVX ngày 12/4/2024'),
  ('2025-01-27', 'day_off', 'Tết Âm lịch (28 tháng Chạp)', 'Lunar New Year (28th day of the 12th month)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024'),
  ('2025-02-03', 'working_day', 'Làm việc: Tết Ất Tỵ nghỉ từ 25/1 đến 2/2', 'Working day: the 2025 Lunar New Year break ran 25 January – 2 February', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024'),
  ('2025-04-26', 'working_day', 'Làm bù cho ngày nghỉ 2/5/2025', 'Make-up working day for 2 May 2025', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024'),
  ('2025-05-02', 'day_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'Swapped day off (worked on Saturday 26 April 2025)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024'),
  ('2026-01-02', 'day_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1/2026)', 'Swapped day off (worked on Saturday 10 January 2026)', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025'),
  ('2026-01-10', 'working_day', 'Làm bù cho ngày nghỉ 2/1/2026', 'Make-up working day for 2 January 2026', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025')
ON CONFLICT ("date") DO NOTHING;
