/** The shape of a `newsgraph/facts@1` file as the generator writes it (src/ingest/README.md). */
import type { QualifierKey } from '../../src/domain/qualifierKeys.js';
import type { RelationType } from '../../src/domain/relationTypes.js';
import type { SynEntity } from './entities.js';

export interface SynFact {
  id: string;
  subject: string;
  type: RelationType;
  object: string;
  summary: string;
  quote: string;
  qualifiers?: Partial<Record<QualifierKey, string>>;
  statedBy?: string;
  modality: 'alleged' | 'reported' | 'confirmed';
  confidence: number;
  denies?: string[];
}

export interface SynFactFile {
  format: 'newsgraph/facts@1';
  article: {
    id: string;
    title: string;
    language: 'de';
    outlet: string;
    author: null;
    publishedAt: string;
    url: null;
    text: string;
  };
  entities: SynEntity[];
  facts: SynFact[];
}
