/**
 * A case's first steps, in real Chromium through the host harness, on local mode's store:
 * - a referral (MAPPA A) sent by a police officer, accepted by the area's coordinator: the level
 *   set, a chair allocated, the first panel and its series scheduled, and all of it on the register;
 * - a screening (MAPPA Q) to each of its four outcomes: Level 1 (identified on the spot), Level 2
 *   and Level 3 (each leading to a referral at that level), and not a MAPPA nominal, after which
 *   nothing of the person is kept but the screening record.
 */
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';

import { demoPeople } from '../../src/adapters/local/demoData';
import { harnessUrl, launchChromium, runAxe, surfaceFrame, waitForReady } from './support';

// Generous: a cold production bundle in a shared, busy container. Not a performance assertion.
jest.setTimeout(300_000);

const COORDINATOR = demoPeople.joWhitfield;
const REFERRER = demoPeople.danOkoro;

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => {
  await context?.close();
});

async function openRegister(page: Page, user: string): Promise<Frame> {
  await page.goto(harnessUrl({ surface: 'personal', host: 'teams', theme: 'default', page: 'panels', user }));
  const frame = await surfaceFrame(page, 'personal');
  await waitForReady(frame);
  await frame.getByRole('heading', { name: 'Case register' }).waitFor();
  return frame;
}

const cases = (frame: Frame) => frame.getByRole('table', { name: 'Cases' });

/** The register's row for a nominal, found by the search box (the register pages its rows). */
async function rowFor(frame: Frame, name: string): Promise<Locator> {
  await frame.getByRole('searchbox', { name: 'Search' }).fill(name);
  const row = cases(frame).locator('tbody tr').filter({ hasText: name });
  await row.waitFor();
  return row;
}

const cellsOf = (row: Locator) => row.locator('td').allTextContents();

/** The columns of the register, in order (see RegisterPage). */
const COLUMN = { name: 1, category: 2, level: 3, chair: 5, nextReviewDue: 7, series: 9 } as const;

const dialog = (frame: Frame) => frame.getByRole('dialog');

/**
 * Everywhere this page's origin keeps anything that mentions `text`: each IndexedDB database's
 * object stores (as `database/store:collection`), local and session storage.
 */
const keptMentioning = (frame: Frame, text: string): Promise<string[]> =>
  frame.evaluate(async (needle) => {
    const found: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const storeName of [...db.objectStoreNames]) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(storeName).objectStore(storeName).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
        for (const row of rows) {
          if (JSON.stringify(row).includes(needle)) {
            found.push(`${info.name}/${storeName}:${(row as { collection?: string }).collection ?? ''}`);
          }
        }
      }
      db.close();
    }
    for (const [label, area] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < area.length; i++) {
        if (area.getItem(area.key(i)!)?.includes(needle)) found.push(label);
      }
    }
    return found;
  }, text);

describe('a referral to its first panel', () => {
  it('is sent by any agency, accepted by the coordinator and shown on the register with its chair and series', async () => {
    const page = await context.newPage();
    const name = 'Rowan Testfield';

    // A police officer refers a new nominal for Level 3.
    let frame = await openRegister(page, REFERRER.email);
    await frame.getByRole('button', { name: 'Refer a case (MAPPA A)' }).click();
    const form = dialog(frame);
    await form.getByRole('combobox', { name: 'Referral to level' }).selectOption('3');
    await form.getByRole('textbox', { name: 'Name' }).first().fill(name);
    await form.getByLabel('Date of birth').fill('1985-04-12');
    await form.getByRole('textbox', { name: 'Reasons for the referral' }).fill('Release on licence within weeks.');
    await form.getByRole('textbox', { name: /^The risk of serious harm/ }).fill('A known adult; greatest on release.');
    await form
      .getByRole('textbox', { name: 'What active multi-agency management would add' })
      .fill('Police, probation and housing need one plan.');
    await form.getByRole('button', { name: 'Send the referral' }).click();
    await form.getByText(/The referral is with the MAPPA coordinator, who decides by/).waitFor();
    await form.getByRole('button', { name: 'Close' }).click();

    // The coordinator decides it from the register's referrals queue.
    frame = await openRegister(page, COORDINATOR.email);
    await frame.getByRole('button', { name: /^Referrals awaiting decision: \d+/ }).click();
    const queue = frame.getByRole('region', { name: /^Referrals awaiting a decision/ });
    // The newest referral has the most time left, so it comes last in the queue.
    await queue
      .getByRole('listitem')
      .filter({ hasText: 'from Police' })
      .getByRole('button', { name: 'Decide' })
      .click();
    const decision = dialog(frame);
    await decision.getByText(`${name}, born`).waitFor();
    expect(await decision.getByRole('combobox', { name: 'Level' }).inputValue()).toBe('3');
    const firstPanel = await decision.getByLabel('First panel').inputValue();
    expect(firstPanel).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await decision.getByRole('textbox', { name: 'Rationale for accepting' }).fill('Meets the Level 3 threshold.');
    expect(await runAxe(frame, '[role="dialog"]')).toEqual([]);
    await decision.getByRole('button', { name: 'Accept and schedule' }).click();
    const done = decision.getByRole('status').filter({ hasText: 'is accepted at Level 3' });
    await done.waitFor();
    // Level 3's one eligible chair in the demo area.
    expect(await done.textContent()).toMatch(
      /chaired by Helen Marsh\. The first panel is on .+ and the series is scheduled\./,
    );
    const reference = (await done.textContent())!.split(' ')[0]!;
    await decision.getByRole('button', { name: 'Close' }).click();
    // Back from the referrals queue to the active cases.
    await frame.getByRole('button', { name: /^Referrals awaiting decision: \d+/ }).click();

    // On the register: Level 3, the chair, the first panel as the next review, the series scheduled.
    const row = await rowFor(frame, name);
    const cells = await cellsOf(row);
    expect(cells[0]).toBe(reference);
    expect(cells[COLUMN.level]).toBe('3');
    expect(cells[COLUMN.chair]).toBe('Helen Marsh');
    expect(cells[COLUMN.series]).toBe('Scheduled');
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    expect(cells[COLUMN.nextReviewDue]).toBe(day.format(new Date(`${firstPanel}T00:00:00Z`)));

    // Its panels show the series from the first panel.
    await row.getByRole('link', { name: `${reference}: open its panels` }).click();
    await frame.getByText(/^Current series from /).waitFor();
    expect(await frame.getByText(/^Current series from /).textContent()).toContain('every 6 weeks');
  });
});

type Outcome = 'level1' | 'level2' | 'level3' | 'notMappa';

/** Fills in a screening of `name` for the outcome, up to the line manager's endorsement. */
async function screen(frame: Frame, name: string, outcome: Outcome) {
  await frame.getByRole('button', { name: 'Screen a person (MAPPA Q)' }).click();
  const form = dialog(frame);
  await form.getByRole('textbox', { name: 'Name' }).first().fill(name);
  await form.getByLabel('Date of birth').fill('1979-09-30');
  await form.getByRole('textbox', { name: 'Agency reference' }).fill('PR-55102');
  const step1 = form.getByRole('radiogroup', { name: /^Step 1/ });
  if (outcome === 'notMappa') {
    await step1.getByRole('radio', { name: 'None of these: not a MAPPA nominal' }).check();
  } else {
    await step1.getByRole('radio', { name: /^Category 2/ }).check();
    await form
      .getByRole('spinbutton', { name: 'Agencies that need to meet and collaborate' })
      .fill(outcome === 'level1' ? '1' : '3');
    await form
      .getByRole('radiogroup', { name: 'Are police and probation both involved?' })
      .getByRole('radio', { name: 'Yes' })
      .check();
    if (outcome !== 'level1') {
      await form
        .getByRole('radiogroup', { name: /^Step 3/ })
        .getByRole('radio', { name: outcome === 'level3' ? 'Yes' : 'No' })
        .check();
    }
  }
  await form.getByRole('textbox', { name: 'Rationale for the outcome' }).fill('As the answers show.');
  const manager = form.getByRole('group', { name: 'Line manager', exact: true });
  await manager.getByRole('textbox', { name: 'Name' }).fill('Morgan Fictional');
  await manager
    .getByRole('textbox', { name: 'Secure e-mail address' })
    .fill('morgan.fictional@probation.example.gov.uk');
  await form.getByRole('radio', { name: 'Endorsed' }).check();
  return form;
}

const outcomeText: Record<Outcome, string> = {
  level1: 'Level 1: ordinary agency management (no MAPPA meetings)',
  level2: 'Level 2: refer to a MAPPA panel',
  level3: 'Level 3: refer to a MAPPA panel with senior oversight',
  notMappa: 'Not a MAPPA nominal',
};

describe('a screening to each outcome', () => {
  it('Level 1: identified at Level 1 from the screening, with no panels', async () => {
    const page = await context.newPage();
    const frame = await openRegister(page, COORDINATOR.email);
    const name = 'Ellis Levelone';
    const form = await screen(frame, name, 'level1');
    await form.getByText(`Outcome: ${outcomeText.level1}`).waitFor();
    await form.getByRole('button', { name: 'Record the screening' }).click();
    await form.getByText(`Screening recorded: ${outcomeText.level1}.`).waitFor();
    await form.getByRole('button', { name: 'Identify at Level 1' }).click();

    // Identification starts from what the screening recorded.
    const identify = dialog(frame);
    await identify.getByRole('heading', { name: 'Identify a new nominal' }).waitFor();
    expect(await identify.getByRole('textbox', { name: 'Name' }).first().inputValue()).toBe(name);
    expect(await identify.getByRole('textbox', { name: 'Agency reference' }).inputValue()).toBe('PR-55102');
    expect(await identify.getByRole('combobox', { name: 'Level' }).inputValue()).toBe('1');
    await identify.getByRole('checkbox', { name: /^Murder or a Schedule 15 offence/ }).check();
    await identify.getByRole('combobox', { name: 'Kind' }).selectOption('community');
    await identify.getByRole('textbox', { name: 'Rationale for the category and level' }).fill('Screened at Level 1.');
    await identify.getByRole('button', { name: 'Record the case' }).click();
    await identify.getByText(/is recorded: Category 2: violent or other sexual offender, Level 1\./).waitFor();
    await identify.getByRole('button', { name: 'Close' }).click();

    const cells = await cellsOf(await rowFor(frame, name));
    expect(cells[COLUMN.level]).toBe('1');
    expect(cells[COLUMN.series]).toBe('No panels (Level 1)');
  });

  for (const level of [2, 3] as const) {
    it(`Level ${level}: leads to a referral for Level ${level}, which joins the coordinator's queue`, async () => {
      const page = await context.newPage();
      const frame = await openRegister(page, COORDINATOR.email);
      const name = `Jordan Level${level === 2 ? 'two' : 'three'}`;
      const outcome: Outcome = level === 2 ? 'level2' : 'level3';
      const before = await frame.getByRole('button', { name: /^Referrals awaiting decision: \d+/ }).textContent();
      const form = await screen(frame, name, outcome);
      await form.getByText(`Outcome: ${outcomeText[outcome]}`).waitFor();
      await form.getByRole('button', { name: 'Record the screening' }).click();
      await form.getByText(`Screening recorded: ${outcomeText[outcome]}.`).waitFor();
      await form.getByRole('button', { name: `Refer for Level ${level} (MAPPA A)` }).click();

      // The referral starts from the screening: the person, the level and the category.
      const referral = dialog(frame);
      await referral.getByRole('heading', { name: 'Refer to MAPPA Level 2 or 3 (MAPPA A)' }).waitFor();
      expect(await referral.getByRole('textbox', { name: 'Name' }).first().inputValue()).toBe(name);
      expect(await referral.getByRole('combobox', { name: 'Referral to level' }).inputValue()).toBe(String(level));
      expect(await referral.getByRole('combobox', { name: /^Category/ }).inputValue()).toBe('2');
      await referral.getByRole('textbox', { name: 'Reasons for the referral' }).fill('The screening says so.');
      await referral.getByRole('textbox', { name: /^The risk of serious harm/ }).fill('To a known adult.');
      await referral
        .getByRole('textbox', { name: 'What active multi-agency management would add' })
        .fill('A joint plan.');
      await referral.getByRole('button', { name: 'Send the referral' }).click();
      await referral.getByText(/The referral is with the MAPPA coordinator/).waitFor();
      await referral.getByRole('button', { name: 'Close' }).click();

      const count = (text: string | null) => Number(/: (\d+)/.exec(text ?? '')?.[1]);
      const queueButton = frame.getByRole('button', { name: /^Referrals awaiting decision: \d+/ });
      await frame.waitForFunction(
        ([expected]) =>
          [...document.querySelectorAll('button')].some(
            (b) => b.textContent === `Referrals awaiting decision: ${expected}`,
          ),
        [count(before) + 1] as const,
      );
      expect(count(await queueButton.textContent())).toBe(count(before) + 1);
    });
  }

  it('not a MAPPA nominal: nothing of the person is kept beyond the screening record', async () => {
    const page = await context.newPage();
    const frame = await openRegister(page, COORDINATOR.email);
    const name = 'Quinn Notmappa';
    const form = await screen(frame, name, 'notMappa');
    // No further question is asked once the person is not a MAPPA offender.
    expect(await form.getByRole('spinbutton', { name: 'Agencies that need to meet and collaborate' }).count()).toBe(0);
    await form.getByText(`Outcome: ${outcomeText.notMappa}`).waitFor();
    await form.getByRole('button', { name: 'Record the screening' }).click();
    await form.getByText(`Screening recorded: ${outcomeText.notMappa}.`).waitFor();
    await form
      .getByText('Nothing more is kept about this person beyond the screening record the guidance requires.')
      .waitFor();
    // No next step is offered.
    expect(await form.getByRole('button', { name: /^(Identify|Refer)/ }).count()).toBe(0);
    await form.getByRole('button', { name: 'Close' }).click();

    // The screening record alone names the person: no case, no referral, no audit line, no mail.
    expect(await keptMentioning(frame, name)).toEqual(['mappa-panel/documents:screenings']);
    await frame.getByRole('searchbox', { name: 'Search' }).fill(name);
    await frame.getByText('No cases match these filters.').waitFor();
  });
});
