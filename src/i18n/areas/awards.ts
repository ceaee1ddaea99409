// Messages of the award registry and award imports, Vietnamese (source) and English.
export const vi = {
} as const;

export const en: Record<keyof typeof vi, string> = {
};
