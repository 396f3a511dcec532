import * as z from 'zod/mini';

/** Verdict statuses: no credits, uses credits, check My Credits, not available yet. */
export const STATUSES = ['unlimited', 'credits', 'confirm', 'unsupported'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;
