import { useCallback, useMemo, type ReactNode } from 'react';

import type { MinutesSession } from '../../app/minutes/minutesSession';
import { useServices } from '../../app/ServicesProvider';
import type { Minutes } from '../../core/minutes/minutes.schema';
import type { SectionId } from '../../core/minutes/sections';
import type { Person } from '../../core/people/agency';
import { ActionList } from './ActionList';
import { AddActionForm } from './AddActionForm';
import { protectedIndexFor } from '../../core/minutes/protectedPeople';
import { ProtectedPeopleContext, type Edit } from './fields';
import { FinalisePanel } from './FinalisePanel';
import { ReviewActions } from './ReviewActions';
import { Adjournments } from './sections/Adjournments';
import { AgencyInformation } from './sections/AgencyInformation';
import { AttendanceSection } from './sections/AttendanceSection';
import { Decisions } from './sections/Decisions';
import { Disclosure } from './sections/Disclosure';
import { Distribution } from './sections/Distribution';
import { Equality } from './sections/Equality';
import { ExecutiveSummaryForm } from './sections/ExecutiveSummaryForm';
import { InformationRequests } from './sections/InformationRequests';
import { Media } from './sections/Media';
import { MeetingDetails } from './sections/MeetingDetails';
import { NextReview } from './sections/NextReview';
import { NominalSection } from './sections/NominalSection';
import { OffenderInvolvement } from './sections/OffenderInvolvement';
import { Plan } from './sections/Plan';
import { Purpose } from './sections/Purpose';
import { RiskAssessment } from './sections/RiskAssessment';
import { Safeguarding } from './sections/Safeguarding';
import { Statements } from './sections/Statements';
import { VictimIssues } from './sections/VictimIssues';

/** People who can own an action or chair: those in the attendance list. */
export function usePeople(doc: Minutes): Person[] {
  const { attendance, meetingDetails } = doc;
  return useMemo(() => {
    const all = [...attendance.map((a) => a.person), ...(meetingDetails.chair ? [meetingDetails.chair] : [])];
    return all.filter((p, i) => all.findIndex((q) => q.id === p.id) === i);
  }, [attendance, meetingDetails.chair]);
}

/**
 * One section of the minutes as a form; shared by the side panel's steps and the full editor. Its
 * fields warn as someone types a protected person into text that is shown or summarised.
 */
export function SectionForm(props: {
  section: SectionId;
  doc: Minutes;
  edit: Edit;
  session?: MinutesSession;
  disabled?: boolean;
}): ReactNode {
  const { doc, session } = props;
  const casePeople = session?.protectedPeople;
  const { victimIssues, nominal, attendance } = doc;
  const index = useMemo(
    () => protectedIndexFor({ victimIssues, nominal, attendance }, casePeople),
    [victimIssues, nominal, attendance, casePeople],
  );
  return (
    <ProtectedPeopleContext.Provider value={index}>
      <SectionBody {...props} />
    </ProtectedPeopleContext.Provider>
  );
}

function SectionBody({
  section,
  doc,
  edit,
  session,
  disabled,
}: {
  section: SectionId;
  doc: Minutes;
  edit: Edit;
  session?: MinutesSession;
  disabled?: boolean;
}): ReactNode {
  const { settings, clock } = useServices();
  const people = usePeople(doc);
  const now = useCallback(() => clock.now().toISOString(), [clock]);
  const common = { edit, disabled };
  switch (section) {
    case 'meetingDetails':
      return <MeetingDetails value={doc.meetingDetails} {...common} people={people} timeZone={settings.timeZone} />;
    case 'statements':
      return <Statements value={doc.statements} {...common} now={now} />;
    case 'attendance':
      return <AttendanceSection value={doc.attendance} {...common} meetingId={doc.id} />;
    case 'nominal':
      return <NominalSection value={doc.nominal} {...common} />;
    case 'purpose':
      return <Purpose value={doc.purpose} {...common} />;
    case 'previousActions':
      return <ReviewActions value={doc.previousActions} {...common} session={session} />;
    case 'agencyInformation':
      return <AgencyInformation value={doc.agencyInformation} {...common} />;
    case 'informationRequests':
      return <InformationRequests value={doc.informationRequests} {...common} />;
    case 'riskAssessment':
      return <RiskAssessment value={doc.riskAssessment} {...common} />;
    case 'safeguarding':
      return <Safeguarding value={doc.safeguarding} {...common} />;
    case 'victimIssues':
      return <VictimIssues value={doc.victimIssues} {...common} session={session} />;
    case 'equality':
      return <Equality value={doc.equality} {...common} />;
    case 'disclosure':
      return (
        <Disclosure
          value={doc.disclosure}
          {...common}
          session={session}
          caseId={doc.caseId}
          caseReference={doc.caseReference}
          nominal={doc.nominal}
          meetingDetails={doc.meetingDetails}
          attendance={doc.attendance}
        />
      );
    case 'plan':
      return <Plan value={doc.plan} actions={doc.actions} {...common} people={people} />;
    case 'actions':
      return (
        <>
          <ActionList actions={doc.actions} people={people} {...common} />
          {!disabled && <AddActionForm people={people} edit={edit} />}
        </>
      );
    case 'decisions':
      return <Decisions value={doc.decisions} {...common} />;
    case 'offenderInvolvement':
      return <OffenderInvolvement value={doc.offenderInvolvement} {...common} />;
    case 'media':
      return <Media value={doc.media} {...common} />;
    case 'nextReview':
      return (
        <>
          <Adjournments value={doc.adjournments} {...common} />
          <NextReview value={doc.nextReview} {...common} />
        </>
      );
    case 'executiveSummary':
      return <ExecutiveSummaryForm value={doc.executiveSummary} {...common} />;
    case 'distribution':
      return <Distribution value={doc.distribution} {...common} victimIssues={doc.victimIssues} />;
    case 'signOff':
      return session ? <FinalisePanel doc={doc} session={session} /> : null;
  }
}

export default SectionForm;
