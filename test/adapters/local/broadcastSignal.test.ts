import { broadcastSignal } from '../../../src/adapters/local/broadcastSignal';

/** Messages arrive on a later turn of the event loop; waits until `done` or gives up after two seconds. */
async function eventually(done: () => boolean): Promise<void> {
  for (let i = 0; i < 40 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('broadcastSignal', () => {
  it('tells the other subscribers of the same topic, and no one else', async () => {
    const stage = broadcastSignal();
    const sidePanel = broadcastSignal();
    const heard: string[] = [];
    const meeting = stage.subscribe('mtg_1', () => heard.push('mtg_1'));
    const other = stage.subscribe('mtg_2', () => heard.push('mtg_2'));
    await expect(meeting.live).resolves.toBe(true);
    sidePanel.announce('mtg_1');
    await eventually(() => heard.length > 0);
    expect(heard).toEqual(['mtg_1']);
    meeting.close();
    other.close();
    sidePanel.announce('mtg_1');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual(['mtg_1']);
  });
});
