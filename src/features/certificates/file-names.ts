/** "12/QĐ-UBND" → "12-QĐ-UBND": a decision's number in a file name. */
export const fileSafe = (s: string) => s.normalize("NFC").replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").trim();
