import type { Activity, ActivityType, InputKind, ReadResult } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import type { Columns } from './csv-source.js';
import type { YearWindow } from './plausible-years.js';

export interface ReadOptions {
  /** Extra activity label mappings from the config, keyed by lower-case label. */
  readonly activityLabels: Readonly<Record<string, ActivityType>>;
  /**
   * When given, each activity read is passed here and not kept in `records`, so a log of millions of rows is
   * read in bounded memory (the metrics aggregate as records stream in). The result's `urnLines` still lists
   * every URN with its first line, for the checks across files.
   */
  readonly onActivity?: ((activity: Activity) => void) | undefined;
  /** The KS4 cohort of each destination file with no year column, by absolute path (from the config). */
  readonly fileCohorts?: ReadonlyMap<string, AcademicYear>;
  /** The years a record's period or date may fall in; a record outside is an error at its row. */
  readonly years?: YearWindow;
}

/** One input kind: recognises its files by their header and reads them into typed records. */
export interface Reader<T> {
  readonly kind: InputKind;
  /** True when the header looks like a file of this kind (used when no --kind is given). */
  detect(columns: Columns): boolean;
  read(file: string, options: ReadOptions): Promise<ReadResult<T>>;
}
