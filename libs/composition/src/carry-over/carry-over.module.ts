import { Module } from '@nestjs/common';
import { CaseCarrier } from './case-carrier';
import { CarryOverController } from './carry-over.controller';

/** Issue 18.3: a predecessor's open cases continued by its successor (hearings and follow-ups). */
@Module({ controllers: [CarryOverController], providers: [CaseCarrier] })
export class CarryOverModule {}
