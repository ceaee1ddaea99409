// Messages of decisions (quyết định khen thưởng), revocations and payment lists, Vietnamese (source) and English.
export const vi = {
  "errors.decision_choose_items": "Chọn ít nhất một hồ sơ đã được Hội đồng biểu quyết đạt",
  "errors.decision_items_not_decidable": "Hồ sơ số {ids} không thể đưa vào quyết định: chưa được Hội đồng biểu quyết đạt, không thuộc thẩm quyền của đơn vị, hoặc đã có trong một quyết định khác",
  "errors.decision_empty": "Quyết định chưa có dòng nào",
  "errors.decision_lines_not_decidable": "Không ban hành được: hồ sơ của {names} không còn đủ điều kiện (đã rút, đã được khen thưởng hoặc kết quả biểu quyết đã thay đổi). Bỏ các dòng này khỏi dự thảo.",
  "errors.decision_bonus_unknown": "Không ban hành được: chưa có mức tiền thưởng theo quy định áp dụng ngày {date} cho {names}. Cập nhật căn cứ pháp lý trước khi ban hành.",
  "errors.revocation_already": "Khen thưởng số {ids} đã bị thu hồi trước đó",
} as const;

export const en: Record<keyof typeof vi, string> = {
  "errors.decision_choose_items": "Choose at least one nomination the council passed",
  "errors.decision_items_not_decidable": "Nomination no. {ids} cannot go into the decision: the council did not pass it, the unit does not decide it, or it is already in another decision",
  "errors.decision_empty": "The decision has no lines",
  "errors.decision_lines_not_decidable": "Cannot issue: the nominations of {names} are no longer decidable (withdrawn, already awarded or the vote changed). Remove these lines from the draft.",
  "errors.decision_bonus_unknown": "Cannot issue: the law in force on {date} gives no bonus amount for {names}. Update the legal catalogue first.",
  "errors.revocation_already": "Award no. {ids} has already been revoked",
};
