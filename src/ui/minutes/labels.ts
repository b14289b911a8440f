import { useCallback } from 'react';

import { useServices } from '../../app/ServicesProvider';
import type { PlanPillar } from '../../core/minutes/planPillars';
import type { SectionId } from '../../core/minutes/sections';
import type { Message } from '../../i18n/message';
import type { Translator } from '../../i18n/translator';
import { useT } from '../i18n/I18nProvider';

/**
 * A section's name in the reader's language; an area's own name for it (`sectionLabels` in its
 * settings) is the area's text and is shown as it is.
 */
export function useSectionLabel(): (id: SectionId) => string {
  const t = useT();
  const { settings } = useServices();
  return useCallback((id: SectionId) => settings.sectionLabels[id] ?? t(`sections.label.${id}`), [t, settings]);
}

/** A pillar of the risk management plan (or the contingency plan) in the reader's language. */
export const pillarName = (t: Translator, pillar: PlanPillar | 'contingency'): string => t(`sections.pillar.${pillar}`);

/** Text a use case returned: a `Message` said in the reader's language, or text it already holds (an error's). */
export const say = (t: Translator, text: string | Message): string => (typeof text === 'string' ? text : t(text));
