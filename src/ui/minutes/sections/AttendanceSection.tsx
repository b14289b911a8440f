import { Button, Text } from '@fluentui/react-components';
import { memo, useCallback, useMemo, useState } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import type { Acknowledgement } from '../../../core/confidentiality/acknowledgement.schema';
import type { Minutes } from '../../../core/minutes/minutes.schema';
import { stampAcknowledgements } from '../../../core/minutes/attendance';
import { agencyMessage, PersonSchema, type Agency } from '../../../core/people/agency';
import { schemaProblem } from '../../../core/shared/schemaProblems';
import { msg } from '../../../i18n/message';
import { AcknowledgementStatus } from '../../confidentiality/AcknowledgementStatus';
import { Choice, TextInput, useDraft, useListEdits, type ListLens } from '../fields';
import { useT } from '../../i18n/I18nProvider';
import { agencyOptions, useDateTime, useSectionStyles, type SectionProps } from './parts';

const attendanceKinds = ['present', 'apologies', 'writtenUpdate'] as const;

const attendanceList: ListLens<Minutes['attendance'][number]> = {
  get: (m) => m.attendance,
  put: (m, attendance) => ({ ...m, attendance }),
};

export const AttendanceSection = memo(function AttendanceSection({
  value,
  edit,
  disabled,
  meetingId,
}: SectionProps<'attendance'> & { meetingId: string }) {
  const s = useSectionStyles();
  const t = useT();
  const attendanceOptions = attendanceKinds.map((k) => [k, t(`sections.attendance.kind.${k}`)] as const);
  const { ids, me, clock, settings } = useServices();
  const attendance = useListEdits(edit, attendanceList);
  const { draft, bind, reset } = useDraft({ name: '', email: '', agency: '' as Agency | '', role: '' });
  const [error, setError] = useState<string>();
  const present = useMemo(() => value.filter((a) => a.attendance === 'present').map((a) => a.person), [value]);
  const when = useDateTime(settings.timeZone);
  // Who acknowledged, and when, is recorded in the attendance (a signed version keeps its own).
  const onLoaded = useCallback(
    (acks: Acknowledgement[]) => {
      if (acks.some((k) => value.some((a) => a.person.id === k.person.id && a.acknowledgedAt !== k.at))) {
        edit((m) => stampAcknowledgements(m, acks));
      }
    },
    [value, edit],
  );
  const add = () => {
    const parsed = PersonSchema.safeParse({
      id: ids.newId('person'),
      name: draft.name,
      email: draft.email,
      agency: draft.agency || undefined,
      role: draft.role || undefined,
    });
    if (!parsed.success) {
      setError(
        parsed.error.issues
          .map((i) =>
            i.path[0] === 'agency'
              ? t('sections.attendance.chooseAgencyError')
              : t(
                  i.path[0] === 'name'
                    ? msg('errors.person.name')
                    : i.path[0] === 'email'
                      ? msg('errors.person.email')
                      : schemaProblem(i),
                ),
          )
          .join('. '),
      );
      return;
    }
    setError(undefined);
    attendance.add({ id: ids.newId('att'), person: parsed.data, attendance: 'present' });
    reset();
  };
  return (
    <div className={s.stack}>
      <AcknowledgementStatus meetingId={meetingId} attendeesPresent={present} onLoaded={onLoaded} />
      {value.length === 0 && <Text>{t('sections.attendance.none')}</Text>}
      {value.map((a) => (
        <div key={a.id} className={s.item} role="group" aria-label={a.person.name}>
          <Text weight="semibold">{a.person.name}</Text>
          <Text size={200}>
            {t(agencyMessage(a.person.agency))}
            {a.person.role ? `, ${a.person.role}` : ''}
          </Text>
          <Text size={200}>
            {a.acknowledgedAt
              ? t('sections.attendance.acknowledged', { at: when.format(new Date(a.acknowledgedAt)) })
              : t('sections.attendance.notAcknowledged')}
          </Text>
          <Choice
            label={t('sections.attendance.of', { name: a.person.name })}
            value={a.attendance}
            options={attendanceOptions}
            disabled={disabled}
            onChange={(v) => v && attendance.update(a.id, { attendance: v })}
          />
          {a.attendance === 'present' && !a.acknowledgedAt && (
            <TextInput
              label={t('sections.attendance.waiver', { name: a.person.name })}
              field="attendance.*.acknowledgementWaiver.reason"
              hint={t('sections.attendance.waiverHint')}
              value={a.acknowledgementWaiver?.reason ?? ''}
              disabled={disabled}
              onChange={(reason) =>
                attendance.update(a.id, {
                  acknowledgementWaiver: reason
                    ? { reason, recordedBy: { id: me.id, name: me.name }, at: clock.now().toISOString() }
                    : undefined,
                })
              }
            />
          )}
        </div>
      ))}
      {!disabled && (
        <div className={s.item}>
          <Text weight="semibold">{t('sections.attendance.addHeading')}</Text>
          <TextInput label={t('sections.attendance.name')} field="attendance.*.person.name" {...bind('name')} />
          <TextInput
            label={t('sections.attendance.email')}
            type="email"
            field="attendance.*.person.email"
            {...bind('email')}
          />
          <Choice
            label={t('sections.attendance.agency')}
            options={agencyOptions}
            emptyLabel={t('sections.attendance.chooseAgency')}
            {...bind('agency')}
          />
          <TextInput label={t('sections.attendance.role')} field="attendance.*.person.role" {...bind('role')} />
          {error && <Text role="alert">{error}</Text>}
          <Button onClick={add}>{t('sections.attendance.add')}</Button>
        </div>
      )}
    </div>
  );
});
