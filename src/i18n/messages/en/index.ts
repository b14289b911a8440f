/**
 * The English catalogue: every string a person reads, by key, as ICU messages. One file per area of
 * the app; each area's Welsh file in `../cy/` must have exactly the same keys (the type checker and
 * `test/i18n/catalogues.test.ts` both insist).
 */
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

export const en = {
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

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
