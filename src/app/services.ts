import type { AreaSettings } from '../core/area/areaSettings';
import type { HostPort } from '../core/host';
import type { Person } from '../core/people/agency';
import type {
  BankHolidaysPort,
  ChangeSignalPort,
  ClockPort,
  DirectoryPort,
  DraftStore,
  IdPort,
  MailOutboxPort,
  MailPort,
  StoragePort,
  TabPort,
  WordPort,
} from '../core/ports';
import type { RecordsPort } from '../core/records/records';
import type { SchedulingPort } from '../core/scheduling/schedulingPort';

/** Everything a surface reaches through React context; built once by the composition root. */
export type Services = {
  /** `local`: the embedded IndexedDB store with fictional demo data; `graph`: the area's Microsoft 365 tenant. */
  mode: 'local' | 'graph';
  storage: StoragePort;
  clock: ClockPort;
  ids: IdPort;
  mail: MailPort;
  directory: DirectoryPort;
  host: HostPort;
  settings: AreaSettings;
  /** The signed-in person. */
  me: Person;
  /** Graph mode schedules on the coordinator's calendar; local mode records series in the store. */
  scheduling: SchedulingPort;
  /** Where signed minutes are filed: the area site's minutes library, or the embedded store locally. */
  records: RecordsPort;
  /** Unsaved edits kept on this device until the store accepts them. */
  drafts: DraftStore;
  /** This browser tab: its drafts are its own, and drafts of closed tabs are offered back. */
  tab: TabPort;
  /** Word documents of the minutes and the executive summary. */
  word: WordPort;
  /** England and Wales bank holidays, for scheduling. */
  bankHolidays: BankHolidaysPort;
  /**
   * Tells the frames following a meeting (its stage, the other side panels) that the minutes changed:
   * cross-tab messaging locally, Live Share in a Teams meeting. Absent: readers poll with back-off.
   */
  meetingSignal?: ChangeSignalPort;
  /** Local mode only: the messages that would have been sent. */
  mailOutbox?: MailOutboxPort;
  /** Graph mode only: first-run setup of the area's site (lists, columns, indexes); safe to run again. */
  setUpSite?(): Promise<{ created: string[] }>;
  /** Local mode only: wipes the embedded store and seeds the fictional demo data again. */
  demo?: DemoControls;
};

export type DemoControls = { reset(): Promise<void> };
