import { foldLatin, normaliseText } from './normalise.ts';

/**
 * Compact stop-word lists, written for this project: articles, pronouns, prepositions, conjunctions
 * and auxiliaries that carry no meaning in a search. Words are compared after normalisation and Latin
 * folding, so "más" and "mas", "أن" and "ان" are the same entry.
 */
const LISTS: Record<string, string> = {
  en: `a an the and or but nor not no of to in on at by for with from into onto over under about as than
    then so if is are was were be been being am do does did done have has had having it its this that these
    those there here which who whom whose what when where why how i me my we our you your he him his she her
    they them their our ours all any some such each both own same too very can could will would shall should
    may might must also just only other more most out up down off again further once s t`,
  es: `a al ante bajo con contra de del desde durante en entre hacia hasta mediante para por segun sin sobre
    tras el la lo los las un una unos unas y e o u ni pero sino que quien quienes cual cuales cuyo como cuando
    donde este esta estos estas ese esa esos esas aquel aquella se su sus le les me mi mis te tu tus nos os
    yo el ella ellos ellas nosotros vosotros usted ustedes es son era eran fue fueron ser sido siendo esta
    estan estaba ha han habia hay haber muy mas menos tambien ya no si otro otra otros otras todo toda todos
    todas`,
  fr: `a au aux avec ce ces cet cette dans de des du en entre et ou ni mais donc or car le la les l un une
    par pour sur sous sans vers chez que qui quoi dont ou il ils elle elles on nous vous je tu me te se lui
    leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos est sont etait etaient ete etre a ont
    avait avoir fait ne pas plus moins tres aussi comme si y d qu c s n j m t tout tous toute toutes`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
    вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был была были будет него до вас
    нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем сам
    чтобы без будто чего раз тоже себе под ж тогда кто этот того потому этого какой совсем ним здесь этом
    один почти мой тем чтоб нее сейчас куда зачем всех никогда можно при наконец два об другой хоть после
    над больше тот через эти нас про всего них какая много разве три эту моя впрочем свою этой перед иногда
    лучше чуть том нельзя такой им более всегда конечно всю между это эта также`,
  ar: `في من على الى إلى عن مع هذا هذه ذلك تلك هو هي هم هن انا انت نحن التي الذي الذين اللتي او أو ام ثم
    لا لم لن ما ماذا متى اين كيف كل بعض غير قد كان كانت يكون تكون ان إن أن كما لكن بين عند حتى منذ خلال
    ضمن حول نحو لدى لها له لهم به بها فيها فيه منها منه عليها عليه وهو وهي وفي ومن وعلى والى و ف ب ل ك`,
  pl: `a aby ale albo ani bez bo by byc byl byla byli bylo czy dla do gdy gdzie i ich im jak jaki jako je
    jego jej jest jestem juz ktora ktore ktory ktorych ku lub ma mi mnie na nad nie niz o od oraz po pod
    przed przez przy sa sie so ta tak takze tam te tego tej ten to tu ty u w we wiec z za ze zas czyli ktorzy
    jednak takze swoj swoje swojej`,
  de: `der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine zu im in am
    an auf aus bei mit nach von vor fur uber unter durch als wie ist sind war waren sein wird werden hat
    haben es er sie wir ihr ich du sich auch nur noch so dass wenn`,
  it: `il lo la i gli le un uno una di a da in con su per tra fra e o ma non che chi cui come del della dei
    delle dello degli al alla ai alle nel nella nei nelle sul sulla si ci vi mi ti ne e sono era essere ha
    hanno anche piu`,
  pt: `o a os as um uma uns umas de do da dos das em no na nos nas por para com sem sob sobre e ou mas nao
    que quem qual como quando onde se seu sua seus suas ao aos ele ela eles elas eu nos voce e sao era foi
    ser ter tem mais tambem`,
};

const SETS = new Map<string, Set<string>>(
  Object.entries(LISTS).map(([language, list]) => [
    language,
    new Set(
      list
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => foldLatin(normaliseText(w))),
    ),
  ]),
);

/** The lists as written, by language (what the analyser's fingerprint reads, ADR 0126). */
export function stopWordLists(): Readonly<Record<string, string>> {
  return LISTS;
}

/** Is this normalised, folded word a stop word in that language? Unknown languages have none. */
export function isStopWord(language: string, foldedWord: string): boolean {
  return SETS.get(language)?.has(foldedWord) ?? false;
}
