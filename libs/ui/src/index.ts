export { AppFrame, type AppFrameProps } from './componenten/AppFrame';
export { Veld, type VeldProps, type VeldInvoerProps } from './componenten/Veld';
export { Melding, type MeldingProps } from './componenten/Melding';

// The NL Design System building blocks the app uses, from one place.
export {
  Button,
  ButtonGroup,
  Heading1,
  Heading2,
  Heading3,
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
