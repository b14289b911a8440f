import { useCallback, useState, type ReactNode } from 'react';

import type { Minutes } from '../../../../src/core/minutes/minutes.schema';
import type { Edit } from '../../../../src/ui/minutes/fields';

/** Holds a minutes document in state, so a section form can be driven as the editor drives it. */
export function SectionHarness({
  initial,
  onChange,
  children,
}: {
  initial: Minutes;
  onChange: (m: Minutes) => void;
  children: (doc: Minutes, edit: Edit) => ReactNode;
}) {
  const [doc, setDoc] = useState(initial);
  const edit = useCallback<Edit>(
    (change) =>
      setDoc((m) => {
        const next = change(m);
        onChange(next);
        return next;
      }),
    [onChange],
  );
  return children(doc, edit);
}
