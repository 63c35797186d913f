import { firstValue, type TFormValues } from '../../http/forms.ts';
import type { TMeetingForm } from './meetings.service.ts';

/** The one-step meeting form's fields as the service takes them (ticked languages may repeat the name). */
export function meetingFormOf(values: TFormValues): TMeetingForm {
  const v = (key: string) => firstValue(values, key);
  const languages = values.languages;
  return {
    title: v('title'),
    summary: v('summary'),
    timeZone: v('timeZone'),
    startDate: v('startDate'),
    startTime: v('startTime'),
    endDate: v('endDate'),
    endTime: v('endTime'),
    onlineUrl: v('onlineUrl'),
    isOnlineUrlPrivate: v('isOnlineUrlPrivate') === 'on',
    venue: v('venue'),
    address: v('address'),
    capacity: v('capacity'),
    languages: Array.isArray(languages) ? languages : languages ? [languages] : [],
  };
}
