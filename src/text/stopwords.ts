/**
 * Words that carry no content of their own — articles, prepositions,
 * pronouns, auxiliary verbs, question words — in German and English,
 * folded (`fold`). `search` ignores them in queries of several words (so
 * "Wann wurde der Pakt gekündigt?" looks for „Pakt“ and „gekündigt“);
 * `ask` reads them as function words of its grammar.
 */
export const STOPWORDS: Readonly<Record<'de' | 'en', readonly string[]>> = {
  en: 'he she him his her hers they we i the a an of on in at to by with about regarding concerning did does do done was were is are be been being has have had it its they them their there this that these those s ever still then also any some please tell me us know you can could would one ones exactly precisely actually really already yet all both other whether if get got make made give gave into upon over under against so than not no who whom whose when where which what how why and or for from'.split(' '),
  de: 'beim ihm ihn ihnen ich wir der die das den dem des ein eine einen einem einer eines am im in an auf aus zu zum zur vom mit bei uber ueber bezug bezuglich bezueglich hinsichtlich hat haben hatte hatten habe ist sind war waren wurde wurden worden werden wird sein seine seiner seinem seinen ihr ihre ihren ihrem es sich er sie noch schon denn eigentlich genau ungefahr ungefaehr bitte mir uns gab gibt nicht kein keine dann auch alle beide ob wenn je jemals mal so da dort hier dass ins ab gegen unter vor nach lang wer wen wem wessen wann wo wie was warum welche welcher welches welchen und oder fur fuer von'.split(' '),
};

/** Whether a folded word is a stopword in either language. */
export function isStopword(word: string): boolean {
  return STOPWORDS.en.includes(word) || STOPWORDS.de.includes(word);
}
