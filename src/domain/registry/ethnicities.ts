// The 54 ethnic groups of Vietnam with the General Statistics Office codes
// (Quyết định 121-TCTK/PPCĐ, 1979), in that official order.
export const ETHNICITIES = [
  "Kinh", "Tày", "Thái", "Hoa", "Khơ-me", "Mường", "Nùng", "HMông", "Dao", "Gia-rai",
  "Ngái", "Ê-đê", "Ba na", "Xơ-Đăng", "Sán Chay", "Cơ-ho", "Chăm", "Sán Dìu", "Hrê", "Mnông",
  "Ra-glai", "Xtiêng", "Bru-Vân Kiều", "Thổ", "Giáy", "Cơ-tu", "Gié Triêng", "Mạ", "Khơ-mú", "Co",
  "Tà-ôi", "Chơ-ro", "Kháng", "Xinh-mun", "Hà Nhì", "Chu ru", "Lào", "La Chí", "La Ha", "Phù Lá",
  "La Hủ", "Lự", "Lô Lô", "Chứt", "Mảng", "Pà Thẻn", "Co Lao", "Cống", "Bố Y", "Si La",
  "Pu Péo", "Brâu", "Ơ Đu", "Rơ măm",
] as const;

export type Ethnicity = (typeof ETHNICITIES)[number];

/** "01" for Kinh … "54" for Rơ măm. */
export const ethnicityCode = (name: string) => {
  const i = (ETHNICITIES as readonly string[]).indexOf(name);
  return i < 0 ? null : String(i + 1).padStart(2, "0");
};

/** Accepts the official name in any case, with or without hyphens, or its two-digit code. */
export function findEthnicity(text: string): Ethnicity | null {
  const t = text.normalize("NFC").trim();
  if (/^\d{1,2}$/.test(t)) return ETHNICITIES[Number(t) - 1] ?? null;
  const simple = (s: string) => s.toLocaleLowerCase("vi").replace(/[-\s]+/g, " ");
  return ETHNICITIES.find((e) => simple(e) === simple(t)) ?? null;
}
