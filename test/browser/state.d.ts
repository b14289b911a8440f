export const STATE_FILE: string;
