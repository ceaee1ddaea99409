// The place-and-date line of an official document (Decree 30/2020/NĐ-CP, Appendix I):
// "Cam Phú, ngày 21 tháng 3 năm 2024"; days 1–9 and months 1–2 take a leading zero
// ("ngày 05 tháng 01 năm 2025"), so that nothing can be written in front of them.
export function placeDateLine(place: string, isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`not an ISO date: ${isoDate}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dd = String(day).padStart(2, "0");
  const mm = month <= 2 ? String(month).padStart(2, "0") : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** A draft's date line keeps the blanks the signer's office fills in. */
export function draftDateLine(place: string, year: number): string {
  return `${place}, ngày     tháng     năm ${year}`;
}
