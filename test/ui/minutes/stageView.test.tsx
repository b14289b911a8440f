/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';

import { ServicesProvider } from '../../../src/app/ServicesProvider';
import { StageRecordWriter } from '../../../src/app/minutes/stageRecord';
import { minutesKind } from '../../../src/core/minutes/minutes.schema';
import { sectionIds } from '../../../src/core/minutes/sections';
import StageView from '../../../src/ui/minutes/StageView';
import { MARKER, markedMinutes } from '../../core/minutes/restricted';
import { demoServices } from '../../support/demoServices';

describe('StageView', () => {
  it.each(['victimIssues', 'plan', 'riskAssessment'] as const)(
    'renders the stage at step %s with no restricted content in the DOM',
    async (step) => {
      const services = await demoServices();
      const doc = { ...markedMinutes(), currentStep: step };
      expect(JSON.stringify(doc)).toContain(MARKER);
      // Saved as the minutes session saves: the minutes, then the stage's record of them.
      await services.storage.collection(minutesKind).create(doc);
      await new StageRecordWriter(services).write(doc);
      const { container } = render(
        <ServicesProvider services={services}>
          <StageView meetingId={doc.id} />
        </ServicesProvider>,
      );
      await screen.findByText(/^Now:/);
      expect(screen.getByText(`Step ${sectionIds.indexOf(step) + 1} of ${sectionIds.length}`)).toBeInTheDocument();
      expect(screen.getByText('Weekly office visits')).toBeInTheDocument();
      expect(screen.getByText(/Supervision: Home visit/)).toBeInTheDocument();
      expect(
        screen.getByText(/Victim Safety Planning: Victim safety action \(details are restricted\)/),
      ).toBeInTheDocument();
      expect(container.innerHTML).not.toContain(MARKER);
      expect(document.body.innerHTML).not.toContain(MARKER);
    },
  );

  it('reads only the stage record, never the minutes', async () => {
    const services = await demoServices();
    const doc = markedMinutes();
    await services.storage.collection(minutesKind).create(doc);
    await new StageRecordWriter(services).write(doc);
    const read: string[] = [];
    const storage = services.storage;
    const watched = {
      ...services,
      storage: {
        collection: ((kind) => {
          read.push(kind.name);
          return storage.collection(kind);
        }) as typeof storage.collection,
      },
    };
    render(
      <ServicesProvider services={watched}>
        <StageView meetingId={doc.id} />
      </ServicesProvider>,
    );
    await screen.findByText(/^Now:/);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((name) => name === 'stageProjections')).toBe(true);
  });

  it('says when the minutes have not been started', async () => {
    const services = await demoServices();
    render(
      <ServicesProvider services={services}>
        <StageView meetingId="mtg_none" />
      </ServicesProvider>,
    );
    expect(await screen.findByText('The minutes for this meeting have not been started.')).toBeInTheDocument();
  });
});
