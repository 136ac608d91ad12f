/**
 * A small graph whose text needs care in every format: a quote with `<`, `&`, `"`, German
 * quotation marks, umlauts and a line break; aliases with commas, `|`, brackets and quotes; a
 * backslash. Built with direct Cypher, shaped as the loader writes it (cypher/README.md).
 */
import type { Database } from '../../src/neo4j/Database.js';

export const TRICKY_QUOTE = 'Er sagte: „Das <Modell> & der "Code" gehören uns“ –\nüberall, ß, \\ Ende.';
export const TRICKY_ALIASES = ['Weißes Haus', 'Trump, Donald', 'a|b', '[x]', 'say "hi"', "it's"];

export async function buildTrickyGraph(db: Database): Promise<void> {
  await db.write(
    `CREATE (art:Article {id: 'tricky-article', title: 'Ärger um „KI“ & <Daten>', language: 'de', text: $quote})
     CREATE (a:Entity:GovernmentBody {id: 'white-house', name: 'White House', kind: 'GovernmentBody',
             aliases: $aliases, roles: ['spokesperson, deputy'], description: 'Office of the "President" & staff'})
     CREATE (b:Entity:Organization {id: 'acme', name: 'Acme <Ümlaut> & Co', kind: 'Organization', aliases: [], roles: []})
     CREATE (c:Entity:Person {id: 'lonely', name: 'Lonely Person', kind: 'Person', aliases: ['L.'], roles: []})
     CREATE (art)-[:MENTIONS]->(a), (art)-[:MENTIONS]->(b)
     CREATE (a)-[:ACCUSES {id: 'wh-accuses-acme', summary: 'The White House accuses Acme of <things> & "more".',
             about: 'data, models', modality: 'alleged', confidence: 0.75, cameo: '112',
             sourceArticleIds: ['tricky-article'], sourceQuotes: [$quote], sourceStarts: [0]}]->(b)
     CREATE (b)-[:DENIES {id: 'acme-denies', summary: 'Acme denies it.', modality: 'reported', confidence: 1.0,
             denies: ['wh-accuses-acme'], sourceArticleIds: ['tricky-article'], sourceQuotes: ['„Nein.“'], sourceStarts: [3]}]->(a)`,
    { quote: TRICKY_QUOTE, aliases: TRICKY_ALIASES },
  );
}
