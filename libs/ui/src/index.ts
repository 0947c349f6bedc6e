export { AppFrame, type AppFrameProps } from './componenten/AppFrame';
export { Veld, type VeldProps, type VeldInvoerProps } from './componenten/Veld';
export { Melding, type MeldingProps } from './componenten/Melding';
export { Statusregel, type StatusregelProps } from './componenten/Statusregel';
export { InBeeldBadge, UrgentieBadge, Label, type InBeeldStatusCode, type UrgentieCode } from './componenten/Badges';
export { Paginering, type PagineringProps } from './componenten/Paginering';
export { Dialoog, type DialoogProps } from './componenten/Dialoog';
export { Knoppenrij } from './componenten/Knoppenrij';
export { Opties } from './componenten/Opties';
export { FormulierKnoppen } from './componenten/FormulierKnoppen';
export { Tabbladen, type TabbladenProps } from './componenten/Tabbladen';
export { SkeletBalk, SkeletRegels, SkeletTabel, SkeletVak, type SkeletKolom } from './componenten/Skelet';

// The NL Design System building blocks the app uses, from one place.
export {
  Button,
  ButtonGroup,
  ButtonLink,
  Heading1,
  Heading2,
  Heading3,
  Checkbox,
  Link,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
