import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ZOHOCRMSDK from '@zohocrm/typescript-sdk-8.0';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from './test/sim-client';
import { readZip } from './zip/read-zip';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

/** Zoho's own TypeScript SDK, pointed at the simulator, must work without an exception: the protocol agrees. */
describe('the official Zoho CRM TypeScript SDK against the simulator', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator();
    const dir = mkdtempSync(path.join(tmpdir(), 'fieldmap-sdk-'));
    const environment = new ZOHOCRMSDK.Environment(sim.sim.url, `${sim.sim.url}/oauth/v2/token`, sim.sim.url);
    const token = new ZOHOCRMSDK.OAuthBuilder()
      .clientId('1000.SIMULATOR')
      .clientSecret('simulator-secret')
      .refreshToken('1000.simulator.refresh')
      .build();
    const logger = new ZOHOCRMSDK.LogBuilder().level(ZOHOCRMSDK.Levels.OFF).build();
    await (await new ZOHOCRMSDK.InitializeBuilder())
      .environment(environment)
      .token(token)
      .store(new ZOHOCRMSDK.FileStore(path.join(dir, 'tokens.txt')))
      .SDKConfig(new ZOHOCRMSDK.SDKConfigBuilder().pickListValidation(false).autoRefreshFields(false).build())
      .resourcePath(dir)
      .logger(logger)
      .initialize();
  });
  afterAll(() => sim.close());

  it('reads field metadata', async () => {
    const params = new ZOHOCRMSDK.ParameterMap();
    await params.add(ZOHOCRMSDK.Fields.GetFieldsParam.MODULE, 'Leads');
    const response = await new ZOHOCRMSDK.Fields.FieldsOperations().getFields(params);
    expect(response.getStatusCode()).toBe(200);
    const wrapper = response.getObject();
    expect(wrapper).toBeInstanceOf(ZOHOCRMSDK.Fields.ResponseWrapper);
    const names = (wrapper as InstanceType<typeof ZOHOCRMSDK.Fields.ResponseWrapper>)
      .getFields()
      .map((field) => field.getAPIName());
    expect(names).toContain('Last_Name');
    const paths = ((await sim.call('GET', '/__sim/requests')).json.requests as { path: string }[]).map(
      (entry) => entry.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining(['/oauth/v2/token', '/crm/v8/users', '/crm/v8/org', '/crm/v8/settings/fields']),
    );
  });

  it('creates a bulk write job on an uploaded file, reads its details and downloads the result', async () => {
    const fileId = await sim.upload('Last_Name,Email\nSDK,sdk@example.com\n');
    const module = new ZOHOCRMSDK.Modules.MinifiedModule();
    module.setAPIName('Contacts');
    const mapping = (apiName: string, index: number) => {
      const field = new ZOHOCRMSDK.BulkWrite.FieldMapping();
      field.setAPIName(apiName);
      field.setIndex(index);
      return field;
    };
    const resource = new ZOHOCRMSDK.BulkWrite.Resource();
    resource.setType(new ZOHOCRMSDK.Choice('data'));
    resource.setModule(module);
    resource.setFileId(fileId);
    resource.setFieldMappings([
      mapping('Last_Name', 0),
      mapping('Email', 1),
      (() => {
        const owner = new ZOHOCRMSDK.BulkWrite.FieldMapping();
        owner.setAPIName('Owner');
        const value = new ZOHOCRMSDK.BulkWrite.DefaultValue();
        value.setValue('5725767000000225013');
        owner.setDefaultValue(value);
        return owner;
      })(),
    ]);
    const request = new ZOHOCRMSDK.BulkWrite.RequestWrapper();
    request.setOperation(new ZOHOCRMSDK.Choice('insert'));
    request.setResource([resource]);
    const operations = new ZOHOCRMSDK.BulkWrite.BulkWriteOperations();
    const created = await operations.createBulkWriteJob(request);
    expect(created.getStatusCode()).toBe(201);
    const success = created.getObject() as InstanceType<typeof ZOHOCRMSDK.BulkWrite.SuccessResponse>;
    expect(success).toBeInstanceOf(ZOHOCRMSDK.BulkWrite.SuccessResponse);
    const jobId = String(success.getDetails().get('id'));

    const details = await sim.waitFor(
      async () =>
        (await operations.getBulkWriteJobDetails(jobId)).getObject() as InstanceType<
          typeof ZOHOCRMSDK.BulkWrite.BulkWriteResponse
        >,
      (job) => String(job.getStatus?.()) === 'COMPLETED',
    );
    expect(details.getResource()[0]?.getFile().getAddedCount()).toBe(1);
    const downloadUrl = details.getResult().getDownloadUrl();
    const download = await operations.downloadBulkWriteResult(downloadUrl);
    expect(download.getObject()).toBeInstanceOf(ZOHOCRMSDK.BulkWrite.FileBodyWrapper);
  });

  const bulkRead = new ZOHOCRMSDK.BulkRead.BulkReadOperations();
  type JobDetail = InstanceType<typeof ZOHOCRMSDK.BulkRead.JobDetail>;

  /** Creates a bulk read job through the SDK and polls it through the SDK until COMPLETED. */
  async function readJob(
    setUp: (query: InstanceType<typeof ZOHOCRMSDK.BulkRead.Query>) => void,
    moduleName = 'Contacts',
    fileType?: string,
  ) {
    const module = new ZOHOCRMSDK.Modules.MinifiedModule();
    module.setAPIName(moduleName);
    const query = new ZOHOCRMSDK.BulkRead.Query();
    query.setModule(module);
    setUp(query);
    const body = new ZOHOCRMSDK.BulkRead.BodyWrapper();
    body.setQuery(query);
    if (fileType) body.setFileType(fileType);
    const created = await bulkRead.createBulkReadJob(body);
    expect(created.getStatusCode()).toBe(201);
    const action = created.getObject() as InstanceType<typeof ZOHOCRMSDK.BulkRead.ActionWrapper>;
    const response = action.getData()[0] as InstanceType<typeof ZOHOCRMSDK.BulkRead.SuccessResponse>;
    expect(response).toBeInstanceOf(ZOHOCRMSDK.BulkRead.SuccessResponse);
    const jobId = BigInt(String(response.getDetails().get('id')));
    const job = await sim.waitFor(
      async () =>
        (
          (await bulkRead.getBulkReadJobDetails(jobId)).getObject() as InstanceType<
            typeof ZOHOCRMSDK.BulkRead.ResponseWrapper
          >
        ).getData()[0] as JobDetail,
      (detail) => String(detail?.getState().getValue()) === 'COMPLETED',
    );
    return { jobId, job };
  }

  it('runs a bulk read with criteria and lookup fields to its download, which holds the record the SDK wrote', async () => {
    const { jobId, job } = await readJob((query) => {
      query.setFields(['Last_Name', 'Email', 'Owner.last_name']);
      const field = new ZOHOCRMSDK.Fields.MinifiedField();
      field.setAPIName('Email');
      const criteria = new ZOHOCRMSDK.BulkRead.Criteria();
      criteria.setField(field);
      criteria.setComparator(new ZOHOCRMSDK.Choice('equal'));
      criteria.setValue('sdk@example.com');
      query.setCriteria(criteria);
    });
    expect(job.getResult().getCount()).toBe(1);
    const download = await bulkRead.downloadResult(jobId);
    const file = download.getObject() as InstanceType<typeof ZOHOCRMSDK.BulkRead.FileBodyWrapper>;
    expect(file).toBeInstanceOf(ZOHOCRMSDK.BulkRead.FileBodyWrapper);
    const stream = file.getFile();
    expect(stream.getName()).toBe(`${jobId}.zip`);
    // The SDK types it as a ReadStream, but hands over the response body as a Buffer.
    const body: unknown = stream.getStream();
    if (!Buffer.isBuffer(body)) throw new Error('the SDK gave no file body');
    const [entry] = await readZip(body);
    expect(entry?.content.toString('utf8').split(/\r?\n/)).toEqual([
      'id,Last_Name,Email,Owner.last_name',
      expect.stringMatching(/^\d{19},SDK,sdk@example\.com,Boyle$/),
    ]);
  });

  it('pages a bulk read with the next_page_token the SDK reads from the job', async () => {
    await sim.call('POST', '/__sim/settings', { readPageSize: 1 });
    const first = await readJob((query) => query.setFields(['Last_Name']));
    expect(first.job.getResult().getMoreRecords()).toBe(true);
    const token = first.job.getResult().getNextPageToken();
    expect(token).toEqual(expect.any(String));
    const second = await readJob((query) => {
      query.setFields(['Last_Name']);
      query.setPageToken(token);
    });
    expect(second.job.getResult().getPage()).toBe(2);
    expect(second.job.getResult().getCount()).toBe(1);
  });

  it('exports Events as ICS through the SDK', async () => {
    const { jobId, job } = await readJob(() => undefined, 'Events', 'ics');
    expect(String(job.getFileType())).toBe('ics');
    const file = (await bulkRead.downloadResult(jobId)).getObject() as InstanceType<
      typeof ZOHOCRMSDK.BulkRead.FileBodyWrapper
    >;
    const body: unknown = file.getFile().getStream();
    if (!Buffer.isBuffer(body)) throw new Error('the SDK gave no file body');
    const [entry] = await readZip(body);
    expect(entry?.name).toBe(`${jobId}.ics`);
    expect(entry?.content.toString('utf8')).toContain('BEGIN:VEVENT');
  });
});
