import { Button, Checkbox, Text } from '@fluentui/react-components';
import { memo, useState } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import type { Minutes, OnwardSharing as OnwardSharingItem } from '../../../core/minutes/minutes.schema';
import { editOnwardSharing, onwardSharingDecision, recordPermission } from '../../../core/minutes/onwardSharing';
import { agencies, type Agency } from '../../../core/people/agency';
import { formatInstant } from '../../actions/parts';
import { Choice, TextArea, TextInput, type Edit } from '../fields';
import { useSectionStyles } from './parts';

const agencyOptions = (Object.keys(agencies) as Agency[]).map((a) => [a, agencies[a]] as const);

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
  const { ids, me, clock, settings } = useServices();
  const [refused, setRefused] = useState<Record<string, string>>({});
  const put = (id: string, change: (x: OnwardSharingItem) => OnwardSharingItem) =>
    edit((m) => ({ ...m, onwardSharing: m.onwardSharing.map((x) => (x.id === id ? change(x) : x)) }));
  const patch = (id: string, p: Parameters<typeof editOnwardSharing>[1]) => put(id, (x) => editOnwardSharing(x, p));
  const permit = (item: OnwardSharingItem) => {
    const r = recordPermission(item, me, { chair: isChair }, clock.now());
    if ('refused' in r) return setRefused((x) => ({ ...x, [item.id]: r.refused }));
    setRefused((x) => ({ ...x, [item.id]: '' }));
    put(item.id, () => r);
  };
  return (
    <div className={s.stack}>
      <Text size={200}>
        Information shared at the panel goes no further without the chair’s permission; victim information needs the
        agreement of the agency that supplied it.
      </Text>
      {value.map((item, i) => {
        const n = i + 1;
        const decision = onwardSharingDecision(item);
        return (
          <fieldset key={item.id} className={s.item} aria-label={`Onward sharing ${n}`}>
            <TextArea
              label={`Onward sharing ${n}: what may be passed on`}
              field="onwardSharing.*.what"
              value={item.what}
              disabled={disabled}
              onChange={(v) => patch(item.id, { what: v })}
            />
            <Choice
              label={`Onward sharing ${n}: supplied by`}
              value={item.suppliedBy ?? ''}
              options={agencyOptions}
              disabled={disabled}
              onChange={(v) => patch(item.id, { suppliedBy: v || undefined })}
            />
            <Checkbox
              label="This is information about a victim"
              checked={item.aboutVictim}
              disabled={disabled}
              onChange={(_, d) => patch(item.id, { aboutVictim: d.checked === true })}
            />
            <TextInput
              label={`Onward sharing ${n}: who may pass it on`}
              field="onwardSharing.*.passedOnBy"
              value={item.passedOnBy}
              disabled={disabled}
              onChange={(v) => patch(item.id, { passedOnBy: v })}
            />
            <TextInput
              label={`Onward sharing ${n}: to whom, and why`}
              field="onwardSharing.*.recipient"
              value={item.recipient}
              disabled={disabled}
              onChange={(v) => patch(item.id, { recipient: v })}
            />
            <Text role="status" weight="semibold">
              {decision.allowed && item.permission
                ? `May be passed on: permitted by ${item.permission.person.name} (${item.permission.by === 'chair' ? 'chair' : 'supplying agency'}) on ${formatInstant(item.permission.at, settings.timeZone)}.`
                : `Not to be passed on yet. ${decision.allowed ? '' : decision.reason}`}
            </Text>
            {!disabled && (
              <div className={s.row}>
                {!item.permission && (
                  <Button size="small" onClick={() => permit(item)}>
                    {item.aboutVictim
                      ? `Record the supplying agency’s agreement to onward sharing ${n}`
                      : `Record the chair’s permission for onward sharing ${n}`}
                  </Button>
                )}
                <Button
                  size="small"
                  onClick={() =>
                    edit((m) => ({ ...m, onwardSharing: m.onwardSharing.filter((x) => x.id !== item.id) }))
                  }
                >
                  Remove onward sharing {n}
                </Button>
              </div>
            )}
            {refused[item.id] && <Text role="alert">{refused[item.id]}</Text>}
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
            Record who may pass information on
          </Button>
        </div>
      )}
    </div>
  );
});

export default OnwardSharing;
