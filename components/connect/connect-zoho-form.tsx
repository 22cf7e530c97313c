'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { type DataCentreOption, DataCentreSelect } from './data-centre-select';

const schema = z.object({ dc: z.string().min(1, 'Pick the data centre your org lives in.') });

/** Starts the OAuth flow: the browser goes to our connect route, which sends it on to Zoho's consent page. */
export function ConnectZohoForm({
  dataCentres,
  defaultDc,
}: {
  dataCentres: DataCentreOption[];
  defaultDc: string;
}) {
  const { register, handleSubmit, formState } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { dc: defaultDc },
  });
  const onSubmit = handleSubmit(({ dc }) =>
    window.location.assign(`/api/zoho/connect?dc=${encodeURIComponent(dc)}`),
  );
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" aria-label="Connect a Zoho org">
      <DataCentreSelect dataCentres={dataCentres} error={formState.errors.dc?.message} {...register('dc')} />
      <Button type="submit">Connect Zoho CRM</Button>
    </form>
  );
}
