import { timestamp } from 'drizzle-orm/pg-core';

/** The columns every table that records when it was made or changed shares. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
