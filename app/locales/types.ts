/** A locale module's shape: the same keys as the English source, any strings. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
