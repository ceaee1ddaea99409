// Amounts in Vietnamese words, as decisions and payment lists write them under the figures:
// 760000 → "Bảy trăm sáu mươi nghìn đồng" (read-vietnamese-number reads the number).
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";

const config = new ReadingConfig();
config.unit = ["đồng"];

export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`not an amount in đồng: ${amount}`);
  const text = doReadNumber(String(amount), config).trim();
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
