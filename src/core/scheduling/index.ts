export * from './cadence';
export * from './dates';
export * from './freeBusy';
export * from './schedulingPort';
export * from './meetings';
