import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EventStoreModule } from '../nest/event-store.module';
import { EventStore } from '../port/event-store.port';
import { ReadModelSql } from '../sql/sql-client';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '../testing/postgres-test-schema';
import { testEvents, uniqueStream } from '../testing/test-events';
import { Projections, ProjectionsModule } from './projections.module';
import { StreamCategoryCountProjection } from './stream-category-count.projection';

@Module({ imports: [ProjectionsModule.forFeature([StreamCategoryCountProjection])] })
class FeatureModule {}

describe('ProjectionsModule', () => {
  it('runs the projections features register from bootstrap to shutdown', async () => {
    const schema = testSchemaName('es_projections_module');
    try {
      const moduleRef = await Test.createTestingModule({
        imports: [
          EventStoreModule.forRoot({ kind: 'postgres', databaseUrl: TEST_DATABASE_URL, schema }),
          ProjectionsModule,
          FeatureModule,
        ],
      }).compile();
      const app = moduleRef.createNestApplication({ logger: false });
      await app.init();

      const { position } = await app
        .get(EventStore)
        .append(uniqueStream('hearing'), testEvents(3), 'no_stream');
      await app.get(Projections).waitFor(position, 5000);
      expect(await StreamCategoryCountProjection.read(app.get(ReadModelSql))).toEqual({ hearing: 3 });
      expect(app.get(Projections).status()).toEqual({ stream_category_count: { position } });

      await app.close();
    } finally {
      await dropSchema(schema);
    }
  });
});
