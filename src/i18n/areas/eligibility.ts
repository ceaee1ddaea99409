// Messages of eligibility facts (assessments, discipline, holds, initiatives) and eligibility, Vietnamese (source) and English.
export const vi = {
} as const;

export const en: Record<keyof typeof vi, string> = {
};
