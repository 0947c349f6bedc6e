import { AppFrame, type AppFrameProps } from '@klant-in-beeld/ui';
import { StoringBanner } from './StoringBanner';

/** The AppFrame with the app-wide banner, for the login page and every page behind it. */
export function Frame(props: Omit<AppFrameProps, 'statusbalk'>) {
  return <AppFrame {...props} statusbalk={<StoringBanner />} />;
}
