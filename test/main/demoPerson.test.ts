import { demoMe, demoPeople } from '../../src/adapters/local/demoData';
import { demoPersonFor } from '../../src/main/createLocalServices';

describe('who is signed in, in local mode', () => {
  it('is the chair of the Level 3 demo case when the host names no one', () => {
    expect(demoPersonFor(undefined)).toEqual(demoMe);
  });

  it('is the demo person the host signs in, matched by address', () => {
    expect(demoPersonFor({ loginHint: 'Dan.Okoro@police.example.gov.uk' })).toEqual(demoPeople.danOkoro);
  });

  it('is a person of their own for another address, with the agency read from the domain', () => {
    expect(demoPersonFor({ id: 'u-1', loginHint: 'jordan.clarke@mentalhealth.example.nhs.uk' })).toEqual({
      id: 'u-1',
      name: 'Jordan Clarke',
      email: 'jordan.clarke@mentalhealth.example.nhs.uk',
      agency: 'health',
    });
    expect(demoPersonFor({ loginHint: 'sam.okafor@council.example.gov.uk' }).agency).toBe('other');
    expect(
      demoPersonFor({ name: 'sam.okafor@council.example.gov.uk', loginHint: 'sam.okafor@council.example.gov.uk' }).name,
    ).toBe('Sam Okafor');
  });

  it('falls back to the demo chair when the host user is not a valid address', () => {
    expect(demoPersonFor({ loginHint: 'not an address' })).toEqual(demoMe);
  });
});
