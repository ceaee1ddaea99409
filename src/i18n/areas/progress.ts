// Messages of the progress area, Vietnamese (source) and English.
export const vi = {} as const;

export const en: Record<keyof typeof vi, string> = {};
