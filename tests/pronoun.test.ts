// speakers[].pronoun: the pronoun the article itself uses for a person, from
// made-up sentences. Never from a first name: "Jane", "Tom" or "Priya" alone
// give nothing.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analyze';

function pronouns(text: string): Record<string, string | null | undefined> {
  return Object.fromEntries(analyze({ text }).speakers.map((s) => [s.name, s.pronoun]));
}

describe('speakers[].pronoun', () => {
  it.each([
    ['attribution by pronoun', `Jane Marsh, a hydrologist at Westmere University, said the river was rising. "We have never seen this," she said.`, 'Jane Marsh', 'she'],
    ['the next sentence opens with the pronoun', `"The bridge is safe," said Tom Hale, the city engineer. He added that repairs would start in May.`, 'Tom Hale', 'he'],
    ['an honorific (Ms)', `Ms Okafor, the council leader, said the vote was close. "It was a long night," Ms Okafor said.`, 'Okafor', 'she'],
    ['an honorific (Mr)', `"We are ready," Mr Lindqvist said on Monday.`, 'Lindqvist', 'he'],
    ['a declaration beside the name', `Sam Reyes (they/them), a nurse at the clinic, said the queues were long. "We are tired," Reyes said.`, 'Sam Reyes', 'they'],
    ['the neutral honorific Mx', `"Nobody told us," said Mx Reyes, a tenant.`, 'Reyes', 'they'],
    ['a possessive in the same sentence', `Marco Bianchi said his team had checked the data. "It holds," Bianchi said.`, 'Marco Bianchi', 'he'],
    ['a reflexive in the same sentence', `Ines Duarte said she had seen the flood herself. "It came fast," Duarte said.`, 'Ines Duarte', 'she'],
  ])('%s', (_why, text, name, want) => {
    expect(pronouns(text)[name]).toBe(want);
  });

  it.each([
    ['no pronoun anywhere, whatever the first name', `"We will appeal," said Dana Cole, a lawyer for the tenants.`, 'Dana Cole'],
    ['a first name that "sounds" female gives nothing', `"The figures are clear," said Priya Patel, an economist.`, 'Priya Patel'],
    ['an object pronoun in the person\'s own sentence is someone else', `"The plan is sound," said Priya Patel, an economist. Patel thanked him for the question.`, 'Priya Patel'],
    ['"her" as an object is someone else', `"We listened," said Anna Berg, the head teacher. Berg told her that the school would stay open.`, 'Anna Berg'],
    ['a pronoun after another person is named belongs to that person', `Jane Marsh said the council met Tom Hale and his deputy. "We agreed," Marsh said.`, 'Jane Marsh'],
    ['words inside quotation marks are never read', `"She was wrong, and he knew it," said Lee Park, a planner.`, 'Lee Park'],
  ])('null: %s', (_why, text, name) => {
    expect(pronouns(text)[name]).toBeNull();
  });

  it('two people, each with their own pronoun', () => {
    const got = pronouns(`Jane Marsh, an engineer, said the piers were cracked. "We found it on Friday," she said. "It is serious," said Tom Hale, the mayor. He said the bridge would close.`);
    expect(got).toMatchObject({ 'Jane Marsh': 'she', 'Tom Hale': 'he' });
  });

  it('conflicting evidence gives null rather than a guess', () => {
    // Half the evidence says "he", half "she": the article does not settle it.
    const got = pronouns(`Robin Ashe, a councillor, said her ward was flooded. "It is bad," Ashe said. Ashe said his office was closed.`);
    expect(got['Robin Ashe']).toBeNull();
  });

  it('organisations never get one', () => {
    expect(pronouns(`"Prices will rise," the Harbour Authority said in a statement. It said fees would double.`)['Harbour Authority']).toBeNull();
  });

  it.each([
    ['es, attribution', `Lucía Gómez, economista de la universidad, habló con la prensa. «Los precios subirán», dijo ella.`, 'Lucía Gómez'],
    ['es, honorific', `«Los precios subirán», dijo la Sra. Gómez, economista.`, 'Gómez'],
    ['fr, honorific', `« Les prix vont monter », a déclaré Mme Dubois, économiste.`, 'Dubois'],
  ])('Spanish and French: %s', (_why, text, name) => {
    expect(pronouns(text)[name]).toBe('she');
  });
});
