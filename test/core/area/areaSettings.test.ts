import { AreaSettingsSchema, defaultAreaSettings } from '../../../src/core/area/areaSettings';

describe('area settings', () => {
  it('default to the national cadence and a confidentiality statement', () => {
    const s = defaultAreaSettings();
    expect(s.cadenceWeeks).toEqual({ level2: 10, level3: 6 });
    expect(s.statements.confidentiality).toMatch(/private space/);
    expect(s.formName).toBe('MAPPA B');
  });

  it('name the setting that is wrong', () => {
    const r = AreaSettingsSchema.safeParse({ cadenceWeeks: { level2: 0 } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['cadenceWeeks', 'level2']);
  });
});
