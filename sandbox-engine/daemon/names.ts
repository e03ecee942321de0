/**
 * Container names: validation and generated `adjective_surname` names, as moby's daemon/names.go and
 * pkg/namesgenerator do it (a short selection of its words; draws come from the engine's seeded
 * Random, so names repeat with the seed).
 */
import type { Random } from '../util/random.ts';

export const RESTRICTED_NAME_CHARS = '[a-zA-Z0-9][a-zA-Z0-9_.-]';
const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function isValidName(name: string): boolean {
  return NAME_PATTERN.test(name.startsWith('/') ? name.slice(1) : name);
}

const LEFT = [
  'admiring', 'adoring', 'affectionate', 'agitated', 'amazing', 'angry', 'awesome', 'beautiful', 'blissful', 'bold',
  'boring', 'brave', 'busy', 'charming', 'clever', 'compassionate', 'competent', 'condescending', 'confident', 'cool',
  'cranky', 'crazy', 'dazzling', 'determined', 'distracted', 'dreamy', 'eager', 'ecstatic', 'elastic', 'elated',
  'elegant', 'eloquent', 'epic', 'exciting', 'fervent', 'festive', 'flamboyant', 'focused', 'friendly', 'frosty',
  'funny', 'gallant', 'gifted', 'goofy', 'gracious', 'great', 'happy', 'hardcore', 'heuristic', 'hopeful',
  'hungry', 'infallible', 'inspiring', 'intelligent', 'interesting', 'jolly', 'jovial', 'keen', 'kind', 'laughing',
  'loving', 'lucid', 'magical', 'modest', 'musing', 'mystifying', 'naughty', 'nervous', 'nice', 'nifty',
  'nostalgic', 'objective', 'optimistic', 'peaceful', 'pedantic', 'pensive', 'practical', 'priceless', 'quirky', 'quizzical',
  'recursing', 'relaxed', 'reverent', 'romantic', 'sad', 'serene', 'sharp', 'silly', 'sleepy', 'stoic',
  'strange', 'stupefied', 'suspicious', 'sweet', 'tender', 'thirsty', 'trusting', 'unruffled', 'upbeat', 'vibrant',
  'vigilant', 'vigorous', 'wizardly', 'wonderful', 'xenodochial', 'youthful', 'zealous', 'zen',
];

const RIGHT = [
  'agnesi', 'albattani', 'allen', 'archimedes', 'babbage', 'banach', 'bardeen', 'bartik', 'bell', 'bhabha',
  'black', 'bohr', 'booth', 'borg', 'bose', 'brahmagupta', 'brattain', 'brown', 'carson', 'cerf',
  'chandrasekhar', 'chaplygin', 'clarke', 'colden', 'cori', 'curie', 'darwin', 'davinci', 'diffie', 'dijkstra',
  'dirac', 'driscoll', 'einstein', 'elion', 'engelbart', 'euclid', 'euler', 'faraday', 'fermat', 'fermi',
  'feynman', 'franklin', 'galileo', 'gauss', 'goldberg', 'goldstine', 'goodall', 'hamilton', 'hawking', 'heisenberg',
  'hellman', 'hertz', 'hodgkin', 'hofstadter', 'hopper', 'hypatia', 'jackson', 'jennings', 'johnson', 'kalam',
  'kepler', 'knuth', 'kowalevski', 'lalande', 'lamarr', 'lamport', 'leakey', 'lovelace', 'lumiere', 'mayer',
  'mccarthy', 'mcclintock', 'meitner', 'mendel', 'mirzakhani', 'montalcini', 'morse', 'newton', 'nobel', 'noether',
  'pascal', 'pasteur', 'payne', 'perlman', 'pike', 'poincare', 'ptolemy', 'raman', 'ramanujan', 'ride',
  'ritchie', 'rosalind', 'sammet', 'shamir', 'shannon', 'shaw', 'sinoussi', 'stonebraker', 'swartz', 'tesla',
  'thompson', 'torvalds', 'turing', 'varahamihira', 'visvesvaraya', 'volhard', 'wescoff', 'wiles', 'williams', 'wilson',
  'wing', 'wozniak', 'wright', 'yalow', 'yonath', 'zhukovsky',
];

/** `adjective_surname`, with a digit appended on retries (namesgenerator.GetRandomName). */
export function randomName(random: Random, retry: number): string {
  let name: string;
  do {
    name = `${LEFT[random.below(LEFT.length)]}_${RIGHT[random.below(RIGHT.length)]}`;
  } while (name === 'boring_wozniak'); // "Steve Wozniak is not boring", as upstream insists
  return retry > 0 ? name + String(random.below(10)) : name;
}
