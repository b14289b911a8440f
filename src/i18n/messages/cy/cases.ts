import type { cases as en } from '../en/cases';
import type { Translations } from '../../message';

export const cases: Translations<typeof en> = {
  'cases.category.1': 'Categori 1: troseddwr rhyw cofrestredig',
  'cases.category.2': 'Categori 2: troseddwr treisgar neu droseddwr rhyw arall',
  'cases.category.3': 'Categori 3: troseddwr peryglus arall',
  'cases.category.4': 'Categori 4: terfysgaeth',
  'cases.clock.overdue': 'Yn hwyr',
  'cases.clock.overdueBy':
    'Yn hwyr o {days, plural, zero {# diwrnod gwaith} one {# diwrnod gwaith} two {# ddiwrnod gwaith} few {# diwrnod gwaith} many {# diwrnod gwaith} other {# diwrnod gwaith}}',
  'cases.clock.dueToday': 'Penderfyniad yn ddyledus heddiw',
  'cases.clock.left':
    '{days, plural, zero {Dim diwrnod gwaith} one {# diwrnod gwaith} two {# ddiwrnod gwaith} few {# diwrnod gwaith} many {# diwrnod gwaith} other {# diwrnod gwaith}} ar ôl',
};
