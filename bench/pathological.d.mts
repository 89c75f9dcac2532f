export declare const STORY: { title: string; paragraphs: string[] };
export declare function storyHtml(): string;
export interface PathologicalPage {
  name: string;
  about: string;
  build(): string;
}
export declare const PATHOLOGICAL_PAGES: PathologicalPage[];
export declare function buildPathological(name: string): string;
