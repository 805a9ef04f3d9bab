/** Where a record came from, so any figure can be traced to its source row. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}
