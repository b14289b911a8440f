/**
 * The Welsh catalogue, loaded only when Welsh is chosen. Translations await review by the area's
 * Welsh language officer (`reviewStatus`); domain terms follow `docs/welsh-glossary.md`.
 */
import type { Catalogue } from '../en';
import { common } from './common';
import { shell } from './shell';
import { minutes } from './minutes';
import { sections } from './sections';
import { meeting } from './meeting';
import { confidentiality } from './confidentiality';
import { disclosure } from './disclosure';
import { documents } from './documents';
import { actions } from './actions';
import { scheduling } from './scheduling';
import { audit } from './audit';
import { register } from './register';
import { cases } from './cases';
import { mail } from './mail';
import { surfaces } from './surfaces';
import { errors } from './errors';
import { people } from './people';
import { statement } from './statement';
import { caseTeam } from './caseTeam';

export const reviewStatus = 'awaiting review by the area’s Welsh language officer' as const;

export const cy: Catalogue = {
  ...common,
  ...shell,
  ...minutes,
  ...sections,
  ...meeting,
  ...confidentiality,
  ...disclosure,
  ...documents,
  ...actions,
  ...scheduling,
  ...audit,
  ...register,
  ...cases,
  ...mail,
  ...surfaces,
  ...errors,
  ...people,
  ...statement,
  ...caseTeam,
};
