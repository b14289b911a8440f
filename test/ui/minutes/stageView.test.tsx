/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';

import { ServicesProvider } from '../../../src/app/ServicesProvider';
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
      await services.storage.collection(minutesKind).create(doc);
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
