// The host harness (local development and browser tests only): frames a surface and answers teams-js.
export {};
