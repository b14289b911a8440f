import { Button, Checkbox, Text } from '@fluentui/react-components';
import { memo, useState } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import type { Minutes, OnwardSharing as OnwardSharingItem } from '../../../core/minutes/minutes.schema';
import { editOnwardSharing, onwardSharingDecision, recordPermission } from '../../../core/minutes/onwardSharing';
import { agencies, type Agency } from '../../../core/people/agency';
import type { Message } from '../../../i18n/message';
import { sayInstant } from '../../actions/parts';
import { useT } from '../../i18n/I18nProvider';
import { Choice, TextArea, TextInput, type Edit } from '../fields';
import { useSectionStyles } from './parts';

const agencyIds = Object.keys(agencies) as Agency[];

/**
 * Onward sharing: who may pass what on beyond the panel, and to whom. Each item goes no further
 * until the chair's permission is recorded (the supplying agency's for victim information); a
 * change to what it says withdraws the permission.
 */
export const OnwardSharing = memo(function OnwardSharing({
  value,
  edit,
  disabled,
  isChair,
}: {
  value: Minutes['onwardSharing'];
  edit: Edit;
  disabled?: boolean;
  isChair: boolean;
}) {
  const s = useSectionStyles();
  const t = useT();
  const agencyOptions = agencyIds.map((a) => [a, t(`people.agency.${a}`)] as const);
  const { ids, me, clock, settings } = useServices();
  const [refused, setRefused] = useState<Record<string, Message | undefined>>({});
  const put = (id: string, change: (x: OnwardSharingItem) => OnwardSharingItem) =>
    edit((m) => ({ ...m, onwardSharing: m.onwardSharing.map((x) => (x.id === id ? change(x) : x)) }));
  const patch = (id: string, p: Parameters<typeof editOnwardSharing>[1]) => put(id, (x) => editOnwardSharing(x, p));
  const permit = (item: OnwardSharingItem) => {
    const r = recordPermission(item, me, { chair: isChair }, clock.now());
    if ('refused' in r) return setRefused((x) => ({ ...x, [item.id]: r.refused }));
    setRefused((x) => ({ ...x, [item.id]: undefined }));
    put(item.id, () => r);
  };
  return (
    <div className={s.stack}>
      <Text size={200}>{t('sections.onwardSharing.intro')}</Text>
      {value.map((item, i) => {
        const n = i + 1;
        const decision = onwardSharingDecision(item);
        const refusal = refused[item.id];
        return (
          <fieldset key={item.id} className={s.item} aria-label={t('sections.onwardSharing.name', { number: n })}>
            <TextArea
              label={t('sections.onwardSharing.what', { number: n })}
              field="onwardSharing.*.what"
              value={item.what}
              disabled={disabled}
              onChange={(v) => patch(item.id, { what: v })}
            />
            <Choice
              label={t('sections.onwardSharing.suppliedBy', { number: n })}
              value={item.suppliedBy ?? ''}
              options={agencyOptions}
              disabled={disabled}
              onChange={(v) => patch(item.id, { suppliedBy: v || undefined })}
            />
            <Checkbox
              label={t('sections.onwardSharing.aboutVictim')}
              checked={item.aboutVictim}
              disabled={disabled}
              onChange={(_, d) => patch(item.id, { aboutVictim: d.checked === true })}
            />
            <TextInput
              label={t('sections.onwardSharing.passedOnBy', { number: n })}
              field="onwardSharing.*.passedOnBy"
              value={item.passedOnBy}
              disabled={disabled}
              onChange={(v) => patch(item.id, { passedOnBy: v })}
            />
            <TextInput
              label={t('sections.onwardSharing.recipient', { number: n })}
              field="onwardSharing.*.recipient"
              value={item.recipient}
              disabled={disabled}
              onChange={(v) => patch(item.id, { recipient: v })}
            />
            <Text role="status" weight="semibold">
              {decision.allowed && item.permission
                ? t('sections.onwardSharing.permitted', {
                    name: item.permission.person.name,
                    by: item.permission.by,
                    at: sayInstant(t, item.permission.at, settings.timeZone),
                  })
                : decision.allowed
                  ? t('sections.onwardSharing.notYet')
                  : t('sections.onwardSharing.notYetBecause', { reason: decision.reason })}
            </Text>
            {!disabled && (
              <div className={s.row}>
                {!item.permission && (
                  <Button size="small" onClick={() => permit(item)}>
                    {item.aboutVictim
                      ? t('sections.onwardSharing.recordAgreement', { number: n })
                      : t('sections.onwardSharing.recordPermission', { number: n })}
                  </Button>
                )}
                <Button
                  size="small"
                  onClick={() =>
                    edit((m) => ({ ...m, onwardSharing: m.onwardSharing.filter((x) => x.id !== item.id) }))
                  }
                >
                  {t('sections.onwardSharing.remove', { number: n })}
                </Button>
              </div>
            )}
            {refusal && <Text role="alert">{t(refusal)}</Text>}
          </fieldset>
        );
      })}
      {!disabled && (
        <div>
          <Button
            onClick={() =>
              edit((m) => ({
                ...m,
                onwardSharing: [
                  ...m.onwardSharing,
                  { id: ids.newId('onw'), what: '', aboutVictim: false, passedOnBy: '', recipient: '' },
                ],
              }))
            }
          >
            {t('sections.onwardSharing.add')}
          </Button>
        </div>
      )}
    </div>
  );
});

export default OnwardSharing;
