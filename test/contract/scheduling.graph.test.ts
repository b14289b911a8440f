import { graphWorld } from '../fakes/graph/scenario';
import { schedulingPortContract } from './schedulingPort.contract';

schedulingPortContract('Graph over the fake Graph', async () => {
  const w = await graphWorld();
  return {
    port: w.scheduling,
    eventsFor: (key) => w.fake.seriesFor(key).length,
    invitedTo: (key) =>
      ((w.fake.seriesFor(key)[0]?.attendees ?? []) as { emailAddress: { address: string } }[]).map((a) =>
        a.emailAddress.address.toLowerCase(),
      ),
  };
});
