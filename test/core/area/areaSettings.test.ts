import { AreaSettingsSchema, defaultAreaSettings, statementsIn } from '../../../src/core/area/areaSettings';

describe('area settings', () => {
  it('default to the national cadence and a confidentiality statement', () => {
    const s = defaultAreaSettings();
    expect(s.cadenceWeeks).toEqual({ level2: 10, level3: 6 });
    expect(s.statements.confidentiality).toMatch(/private space/);
    expect(s.formName).toBe('MAPPA B');
  });

  it('keep the statements in Welsh too, with Welsh defaults an area can replace with its own', () => {
    const s = defaultAreaSettings();
    expect(s.statements.cy.confidentiality).toMatch(/man preifat/);
    expect(s.statements.cy.equality).toMatch(/nodweddion gwarchodedig/);
    expect(statementsIn(s, 'cy-GB')).toEqual({ language: 'cy-GB', ...s.statements.cy });
    expect(statementsIn(s, 'en-GB').confidentiality).toBe(s.statements.confidentiality);
    // The pseudo-locale and anything else read the English.
    expect(statementsIn(s, 'qps-ploc').language).toBe('en-GB');
    const own = AreaSettingsSchema.parse({ statements: { cy: { confidentiality: 'Ein datganiad ni' } } });
    expect(own.statements.cy.confidentiality).toBe('Ein datganiad ni');
    expect(own.statements.confidentiality).toMatch(/private space/);
  });

  it('at their national defaults are what the schema gives for an empty setting, built without it', () => {
    expect(defaultAreaSettings()).toStrictEqual(AreaSettingsSchema.parse({}));
    // Each call is a fresh value: a caller changing its copy changes nobody else's.
    const first = defaultAreaSettings();
    first.leadAgencies.push('health');
    first.cadenceWeeks.level2 = 8;
    expect(defaultAreaSettings().leadAgencies).toEqual(['police', 'probation', 'prison']);
    expect(defaultAreaSettings().cadenceWeeks.level2).toBe(10);
    expect(AreaSettingsSchema.parse({}).leadAgencies).toEqual(['police', 'probation', 'prison']);
  });

  it('name the setting that is wrong', () => {
    const r = AreaSettingsSchema.safeParse({ cadenceWeeks: { level2: 0 } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['cadenceWeeks', 'level2']);
  });
});
