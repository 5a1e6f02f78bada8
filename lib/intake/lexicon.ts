import type { Indicator, PopulationGroup, Qualifier } from "@/lib/model";

/**
 * The words the extractor reads, in English, Arabic and Kurmanji, written as
 * they appear once text is folded (lib/intake/fold.ts: lower case, one alef,
 * ى as ي). Longer phrases are tried before the shorter ones they contain, so
 * "more than" is not read as "than". Every list is data for rules a reader
 * can check by eye; lib/intake/README.md says how they are applied.
 */

/** Words before a number that say how exact it is. */
export const qualifiersBefore: Record<Exclude<Qualifier, "exact">, string[]> = {
  about: [
    "about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated", "estimated", "estimated at", "close to", "~", "an approximate",
    "نحو", "حوالي", "حوالى", "قرابه", "ما يقارب", "يقارب", "زهاء", "تقريبا",
    "bi qasî", "nêzîkî", "nêzî", "qasî", "derdora", "texmînen",
  ],
  "at-least": ["at least", "no fewer than", "no less than", "a minimum of", "ما لا يقل عن", "لا يقل عن", "على الاقل", "herî kêm", "qet nebe"],
  "more-than": [
    "more than", "over", "upwards of", "in excess of", "above", "exceeding",
    "اكثر من", "ازيد من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "ما يربو على", "يربو على", "يتجاوز", "تجاوز",
    "zêdetirî", "zêdetir ji", "zêdeyî", "bêtirî", "bêtir ji",
  ],
  "up-to": ["up to", "as many as", "ما يصل الي", "يصل الي", "حتي", "heta"],
};

/** Words after a number that say how exact it is ("155,000 or more", "155 ألفاً تقريباً"). */
export const qualifiersAfter: Record<Exclude<Qualifier, "exact">, string[]> = {
  about: ["or so", "approximately", "تقريبا", "texmînî"],
  "at-least": ["at least", "or more", "على الاقل", "kêmtirîn"],
  "more-than": ["zêdetir", "bêtir"],
  "up-to": ["at most", "على الاكثر"],
};

/** Words that say what a number counts; the nearest one in the sentence wins. */
export const indicatorWords: Record<Indicator, string[]> = {
  displaced: [
    "displaced", "displacement", "displacing", "fled", "flee", "fleeing", "uprooted", "forced to leave", "left their homes",
    "نزوح", "نازح", "نزح", "نزحوا", "مهجر", "تهجير", "هجر",
    "koçber", "koç kirin", "koç kir", "penaber", "bêwar", "warê xwe",
  ],
  still_displaced: ["remain displaced", "still displaced", "remain in displacement", "لا يزالون نازحين", "ما زالوا نازحين", "hîn koçber"],
  returned: ["returned", "return", "returning", "went back", "عاد", "عادوا", "عوده", "عائد", "vegeriyan", "vegerîn", "vegera"],
  killed: [
    "killed", "dead", "deaths", "death toll", "died", "lost their lives", "fatalities", "killing", "drowned",
    "قتل", "قتلي", "قتيل", "مقتل", "شهيد", "شهداء", "وفاه", "وفيات", "لقي حتفه", "لقوا حتفهم", "غرق",
    "kuştin", "hatin kuştin", "hat kuştin", "mirin", "jiyana xwe ji dest", "şehîd", "xeniqîn",
  ],
  injured: ["injured", "wounded", "injuries", "injuring", "hurt", "جريح", "جرحي", "اصابه", "اصابات", "مصاب", "مصابين", "اصيب", "birîndar"],
  missing: ["missing", "disappeared", "unaccounted", "مفقود", "مفقودين", "فقد", "winda"],
  evacuated: ["evacuated", "evacuation", "evacuating", "transferred", "اجلاء", "اجلاو", "اجلي", "تم اجلاء", "نقل", "vala kirin", "valakirin", "derxistin"],
  // Not "received" nor "reached": a governor who "received 155,000 displaced" counts the displaced, a toll that "reached 116" the dead.
  arrived: ["arrived", "arriving", "وصل", "وصول", "gihîştin"],
  // Not "residents": "the displacement of 165,000 residents" counts the displaced.
  population: ["population", "inhabitants", "home to", "عدد سكان", "يقطنها", "niştecih"],
};

/** Words right after a number that say who it counts. */
export const groupWords: { group: PopulationGroup; words: string[] }[] = [
  { group: "civilians", words: ["civilian", "مدني", "مدنيين", "مدنيون", "sivîl"] },
  { group: "children", words: ["children", "child", "minors", "اطفال", "طفل", "zarok"] },
  { group: "asayish", words: ["asayish", "asayîş", "اسايش", "الاسايش"] },
  { group: "security-personnel", words: ["security personnel", "security forces", "police", "عناصر الامن", "الامن العام", "ewlehî"] },
  { group: "wounded", words: ["wounded people", "wounded persons", "patients", "جرحي", "المرضي", "birîndar"] },
  { group: "all", words: ["people", "persons", "individuals", "residents", "others", "displaced people", "displaced persons", "نازح", "نازحين", "شخص", "اشخاص", "فرد", "افراد", "مواطن", "اخرين", "kes", "kesan", "mirov", "welatî", "yên din"] },
];

/** Fighters are a group only with the side they fight for; the side is read from the whole sentence. */
export const fighterWords = ["fighters", "soldiers", "troops", "members", "personnel", "عناصر", "عنصر", "مقاتل", "مقاتلين", "جندي", "جنود", "şervan", "çekdar", "endam"];
export const governmentSideWords = ["government", "damascus", "syrian army", "army", "الحكومه", "الحكوميه", "دمشق", "الجيش", "hikûmet", "şam", "artêş"];

/** A count of families is a count of households. */
export const householdWords = ["families", "family", "households", "household", "عائله", "عائلات", "عوائل", "اسره", "اسر", "malbat", "malbatan", "malbatên"];

/** Words that hand a figure to whoever is named next ("according to SOHR") or just before ("SOHR said"). */
export const attributionBefore = ["according to", "citing", "figures from", "data from", "وفق", "وفقا ل", "بحسب", "حسب", "نقلا عن", "افاد", "قال", "اعلن", "اعلنت", "ذكر", "اكد", "واضاف", "واضافت", "صرح", "وثق", "رصد", "li gorî", "bi gotina"];
export const attributionAfter = ["said", "says", "reported", "reports", "told", "announced", "documented", "stated", "confirmed", "estimated", "estimates", "recorded", "added", "ragihand", "got", "diyar kir"];

/** Words that open a breakdown of the count before ("82 killed, including 43 civilians"): its items count what it counts. */
export const breakdownWords = ["including", "among them", "of whom", "منهم", "بينهم", "من بينهم", "bi taybetî", "di nav wan de"];

/** Words that end a list whose items share a qualifier ("at least 38 fighters, one Asayish member and 43 civilians"). */
export const listBreakers = [...breakdownWords, "among", "while", "whereas", "فيما", "بينما"];

/** Nouns a number spelled in words must count for it to be a figure ("two others", "one Asayish member"), beside the group and household words. */
export const countedNouns = ["others", "women", "men", "employees", "workers", "staff", "members", "member", "aid workers", "journalists", "اخرين", "نساء", "yên din", "jin", "mêr"];

/** Large-number words after digits: "155 thousand", "155 ألف", "155 hezar". */
export const scaleWords: { words: string[]; factor: number }[] = [
  { words: ["thousand", "الف", "الفا", "الاف", "hezar", "hezarî"], factor: 1_000 },
  { words: ["million", "مليون", "ملايين", "milyon"], factor: 1_000_000 },
];

/** Words that count without a number: kept as text and flagged, never turned into one. */
export const vagueCounts = [
  "tens of thousands", "hundreds of thousands", "dozens", "scores", "hundreds", "thousands",
  "عشرات الالاف", "مئات الالاف", "عشرات", "مئات", "الاف",
  "bi dehhezaran", "bi dehan", "bi sedan", "bi hezaran",
];

/** After a number, these make it something other than a count of people. */
export const notPeopleAfter = [
  "%", "percent", "per cent", "بالمئه", "بالمائه", "في المئه", "في المائه",
  "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes", "km", "kilometres", "kilometers", "metres", "meters",
  "ساعه", "ساعات", "يوم", "ايام", "اسبوع", "اسابيع", "شهر", "اشهر", "سنه", "سنوات", "عام", "اعوام", "دقيقه", "كم", "كيلومتر",
  "saet", "saetan", "roj", "rojan", "hefte", "meh", "sal", "salan", "kîlometre",
  "hospitals", "hospital", "buildings", "houses", "homes", "buses", "vehicles", "trucks", "tunnels", "neighbourhoods", "neighborhoods", "districts", "schools", "shelters", "centres", "centers", "drones", "shells", "rockets",
  "مستشفي", "مستشفيات", "مباني", "منازل", "حافلات", "حافله", "سيارات", "انفاق", "احياء", "مدارس", "مراكز", "مسيرات", "قذائف",
  "tents", "tent", "شاحنه", "شاحنات", "خيمه", "خيام",
  "nexweşxane", "avahî", "xanî", "otobês", "tûnel", "tax", "kamyon", "stargeh", "kon",
  "st", "nd", "rd", "th", "a.m.", "p.m.", "am", "pm",
];

/** Before a number, these make it a label, a share or a rank rather than a count. */
export const notPeopleBefore = ["street", "no.", "number", "resolution", "building", "route", "road", "highway", "شارع", "رقم", "القرار", "طريق", "kolan", "hejmar", "ji sedî", "%"];

export const monthNames = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
  "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
  "كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين الاول", "تشرين الثاني", "كانون الاول",
  "kanûna paşîn", "kanûna paşin", "sibat", "adar", "nîsan", "gulan", "hezîran", "tîrmeh", "tebax", "îlon", "cotmeh", "mijdar", "kanûn", "çile",
];

/** English number words up to the thousands, for "one Asayish member" and "one hundred fifty-five thousand". */
export const englishUnits: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const englishTens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
export const englishScales: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

/** Arabic and Kurmanji numbers in words up to ten, read like the English ones: only before whom they count. */
export const otherSmallNumbers: Record<string, number> = {
  "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10,
  yek: 1, du: 2, "sê": 3, "çar": 4, "pênc": 5, "şeş": 6, heft: 7, "heşt": 8, neh: 9, deh: 10,
};
