import { fieldName, fieldPathIn } from '../../../src/core/minutes/fieldNames';
import { english } from '../../../src/i18n/translator';

const say = english();
const doc = {
  media: { plan: 'No media interest' },
  actions: [
    { id: 'act_a', text: 'Arrange a joint visit' },
    { id: 'act_b', text: 'Review the licence conditions' },
  ],
};

describe('a merge conflict named as the comparison of versions names it', () => {
  it('names a field outside any list by its label', () => {
    expect(fieldPathIn(doc, 'media.plan')).toEqual(['media', 'plan']);
    expect(say(fieldName(fieldPathIn(doc, 'media.plan')))).toBe('Media plan');
  });

  it('names an item in a list by its position in the document, not its id', () => {
    expect(fieldPathIn(doc, 'actions.act_b.text')).toEqual(['actions', 2, 'text']);
    expect(say(fieldName(fieldPathIn(doc, 'actions.act_b.text')))).toBe('Action 2: what is to be done');
  });

  it('says an item no longer in the document by its raw path rather than guessing a position', () => {
    expect(fieldPathIn(doc, 'actions.act_gone.text')).toEqual(['actions', 'act_gone', 'text']);
    expect(say(fieldName(fieldPathIn(doc, 'actions.act_gone.text')))).toBe('Field actions.act_gone.text');
  });
});
