// Messages of the council area (council-minutes): the minutes of a session (biên bản họp Hội
// đồng, biên bản kiểm phiếu), Vietnamese (source) and English. The documents themselves are
// Vietnamese official papers (Decree 30/2020) and are written in documents/compose-council-minutes.ts.
export const vi = {
  "council_minutes.meeting": "Biên bản họp Hội đồng Thi đua – Khen thưởng",
  "council_minutes.count": "Biên bản kiểm phiếu",
  "council_minutes.download_docx": "Tải biên bản (.docx)",
  "council_minutes.download_pdf": "Tải biên bản (.pdf)",
  "council_minutes.hint": "Biên bản lập từ kết quả phiên họp; in, ký (Chủ tọa và Thư ký) và vào số văn bản trước khi lưu hồ sơ.",
  "errors.council_minutes_not_closed": "Chưa kết thúc biểu quyết: chưa lập được biên bản",
  "errors.council_minutes_kind": "Chọn loại biên bản: biên bản họp (meeting) hoặc biên bản kiểm phiếu (count).",
  "errors.council_minutes_format": "Chọn định dạng .docx hoặc .pdf.",
  "errors.council_minutes_render_failed": "Không tạo được tệp biên bản. Hãy thử lại hoặc báo quản trị hệ thống.",
} as const;

export const en: Record<keyof typeof vi, string> = {
  "council_minutes.meeting": "Minutes of the Emulation–Commendation Council's meeting",
  "council_minutes.count": "Minutes of the ballot count",
  "council_minutes.download_docx": "Download the minutes (.docx)",
  "council_minutes.download_pdf": "Download the minutes (.pdf)",
  "council_minutes.hint": "Minutes drawn up from the session's results; print them, have the chair and the secretary sign, and register their number before filing.",
  "errors.council_minutes_not_closed": "The vote is not closed yet: the minutes cannot be drawn up",
  "errors.council_minutes_kind": "Choose the minutes: the meeting's (meeting) or the ballot count's (count).",
  "errors.council_minutes_format": "Choose .docx or .pdf.",
  "errors.council_minutes_render_failed": "The minutes' file could not be made. Try again or tell the administrator.",
};
