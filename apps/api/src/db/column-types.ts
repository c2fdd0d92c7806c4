import type { ColumnType } from 'kysely'

/** Column shapes shared by the table types: what is read, what an insert takes, what an update takes. */
export type CreatedAt = ColumnType<Date, never, never>
export type UpdatedAt = ColumnType<Date, never, Date>
export type Json<T> = ColumnType<T, string, string>
export type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>
/** `timestamp` (no zone) columns hold wall-clock times; they are read and written as 'YYYY-MM-DDTHH:mm' text. */
export type WallClock = ColumnType<string, string, string>
