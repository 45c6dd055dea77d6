/**
 * The checker every end-to-end suite runs through (test/support/openapi-conformance.ts) catches
 * each kind of break, so a green suite means the exchanges matched the document.
 */
import express from 'express';
import request from 'supertest';
import { OpenApiConformance } from './support/openapi-conformance';

const problem = {
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const document = {
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'revision'],
        properties: {
          id: { type: 'string' },
          revision: { type: 'number' },
          note: { type: 'string', nullable: true },
        },
      },
      Problem: { type: 'object', required: ['status'], properties: { status: { type: 'number' } } },
    },
  },
  paths: {
    '/api/things': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', properties: { sdgs: { type: 'array', items: { type: 'string' } } } },
            },
          },
        },
        responses: {
          '201': {
            headers: { Location: { required: true } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '400': problem,
        },
      },
    },
    '/api/things/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        },
      },
    },
  },
};

function appAnswering(handler: express.RequestHandler) {
  const conformance = new OpenApiConformance();
  conformance.use(document);
  const app = express();
  app.use(express.json());
  app.use(conformance.middleware);
  app.all('/{*rest}', handler);
  return { conformance, http: request(app) };
}

describe('the OpenAPI conformance check', () => {
  it('passes an exchange that matches the document', async () => {
    const { conformance, http } = appAnswering((_, res) => {
      res.status(201).setHeader('Location', '/api/things/a');
      res.json({ id: 'a', revision: 0, note: null });
    });
    await http
      .post('/api/things')
      .send({ sdgs: ['3'] })
      .expect(201);
    expect(conformance.violations).toEqual([]);
    expect(conformance.exchanges).toBe(1);
  });

  it('catches a status the operation does not declare', async () => {
    const { conformance, http } = appAnswering((_, res) => {
      res.status(200).json({ id: 'a', revision: 0 });
    });
    await http.get('/api/things/a?x=1').expect(200);
    await http.post('/api/things').send({}).expect(200);
    expect(conformance.violations).toEqual([
      expect.stringContaining('query parameter x not declared'),
      expect.stringContaining('status not declared'),
    ]);
  });

  it('catches a body that breaks its schema and a missing Location', async () => {
    const { conformance, http } = appAnswering((_, res) => {
      res.status(201).json({ id: 'a', revision: 'zero' });
    });
    await http.post('/api/things').send({}).expect(201);
    expect(conformance.violations).toEqual([
      expect.stringContaining('required header Location missing'),
      expect.stringContaining('response body: data/revision must be number'),
    ]);
  });

  it('catches an accepted request the document says is wrong', async () => {
    const { conformance, http } = appAnswering((_, res) => {
      res.status(201).setHeader('Location', '/api/things/a');
      res.json({ id: 'a', revision: 0 });
    });
    await http
      .post('/api/things')
      .send({ sdgs: [3] })
      .expect(201);
    expect(conformance.violations).toEqual([
      expect.stringContaining('request body: data/sdgs/0 must be string'),
    ]);
  });

  it('catches an undocumented route and a problem that is not declared', async () => {
    const { conformance, http } = appAnswering((_, res) => {
      res.status(409).type('application/problem+json').json({ status: 409 });
    });
    await http.delete('/api/things/a').expect(409);
    await http.post('/api/things').send({}).expect(409);
    expect(conformance.violations).toEqual([
      expect.stringContaining('no documented operation'),
      expect.stringContaining('status not declared'),
    ]);
  });
});
