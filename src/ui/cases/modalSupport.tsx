import { createContext, useCallback, useContext, useState, type ComponentType, type ReactNode } from 'react';

type Hold = (holder: ComponentType) => void;

const HoldContext = createContext<Hold>(() => undefined);

/**
 * Holds tabster's modal support, from the first lifecycle dialog shown for as long as the scope lives.
 * The dialogs come and go; were each dialog the only holder, unmounting it would dispose tabster
 * before its 250 ms update had taken `aria-hidden` off the rest of the page, leaving the page hidden
 * from screen readers (microsoft/tabster#530, microsoft/fluentui#35139). The holder comes with the
 * first dialog's code (`useModalSupportHold`), so a page that shows no dialog never loads tabster.
 */
export function ModalSupportScope({ children }: { children: ReactNode }) {
  const [Holder, setHolder] = useState<ComponentType>();
  // The updater's form: a component passed to a state setter on its own would be called as an updater.
  const hold = useCallback<Hold>((holder) => setHolder((held: ComponentType | undefined) => held ?? holder), []);
  return (
    <HoldContext.Provider value={hold}>
      {children}
      {Holder && <Holder />}
    </HoldContext.Provider>
  );
}

/** What a dialog calls when shown: the scope around it renders `holder` from then on. Outside a scope, nothing. */
export const useModalSupportHold = (): Hold => useContext(HoldContext);
