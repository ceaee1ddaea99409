// Messages of the council area (council-members), Vietnamese (source) and English.
export const vi = {} as const;

export const en: Record<keyof typeof vi, string> = {};
