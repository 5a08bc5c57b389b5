// Interface text in Bulgarian and English, and locale-aware dates. The
// language comes from localStorage (the reader's last choice), else from
// navigator.language; dates use the reader's own locale for that language.

const STORE_KEY = "clustergraph.lang";

const TEXT = {
  en: {
    tagline: "Bulgarian business clusters: who works with whom",
    searchPlaceholder: "Search a cluster, project, person… (Cyrillic or Latin)",
    search: "Search",
    playground: "GraphQL playground",
    switchTo: "Български",
    switchToTitle: "Превключи на български",
    results: "Results",
    resultsFor: "Results for “{q}”",
    noResults: "Nothing found for “{q}”.",
    typeToSearch: "Type a name to search.",
    loading: "Loading…",
    error: "Could not load: {msg}",
    retry: "Try again",
    notFound: "Nothing has the id “{id}”.",
    overview: "Overview",
    entities: "Entities",
    documents: "Documents",
    relationships: "Relationships",
    mostConnected: "Most connected",
    strongestPairs: "Partners sharing the most",
    links: "{n} links",
    eventsTimeline: "Timeline of events",
    aliases: "Also written",
    latin: "Latin",
    acronym: "Acronym",
    code: "Code",
    country: "Country",
    dates: "Dates",
    mentionedIn: "Mentioned in",
    nDocuments: "{n} documents",
    oneDocument: "1 document",
    partners: "Partners",
    partnersOf: "Partners of {name}",
    partnersHint: "Who worked with it, through what and when.",
    partner: "Partner",
    role: "Role",
    basedIn: "Based in",
    evidence: "Evidence",
    through: "Through",
    when: "When",
    connections: "Connections",
    connectTo: "How is it connected to…?",
    connectPlaceholder: "Another entity (Cyrillic or Latin)",
    noPath: "No connection within four links.",
    someLinks: "Showing the first {n} of {total} links.",
    timeline: "Timeline",
    noTimeline: "No dated events.",
    moreEvidence: "{n} more",
    source: "Source",
    graph: "Graph",
    depth: "Depth",
    fit: "Fit",
    reset: "Reset",
    graphHint: "Drag to pan, scroll to zoom. Click a node to expand it; double-click to open it; click a line to see why it is there.",
    whyEdge: "Why this link",
    noEvidence: "No evidence sentence stored for this link.",
    open: "Open",
    expand: "Expand",
    expanded: "expanded",
    truncated: "Only the first {n} nodes are shown.",
    nodesEdges: "{n} nodes, {e} edges",
    export: "Export",
    exportGraphml: "GraphML",
    exportNodes: "CSV nodes",
    exportEdges: "CSV edges",
    exportPng: "PNG",
    exportTitleServer: "The graph as shown: {n} nodes and the links among them, with evidence",
    exportTitlePng: "A picture of the graph as shown",
    legend: "Legend",
    document: "Source document",
    published: "Published",
    original: "Original page",
    inDocument: "Mentioned in this document",
    highlightHint: "Highlighted: the sentence and the names it links.",
    mentionsHint: "Highlighted: where {name} is mentioned.",
    back: "Back",
    untitled: "(untitled)",
    viaPROJECT: "project",
    viaEVENT: "event",
    viaASSOCIATION: "membership",
  },
  bg: {
    tagline: "Българските бизнес клъстери: кой с кого работи",
    searchPlaceholder: "Търсете клъстер, проект, човек… (кирилица или латиница)",
    search: "Търси",
    playground: "GraphQL конзола",
    switchTo: "English",
    switchToTitle: "Switch to English",
    results: "Резултати",
    resultsFor: "Резултати за „{q}“",
    noResults: "Няма резултати за „{q}“.",
    typeToSearch: "Въведете име, за да търсите.",
    loading: "Зареждане…",
    error: "Грешка при зареждане: {msg}",
    retry: "Опитай отново",
    notFound: "Няма обект с идентификатор „{id}“.",
    overview: "Общ преглед",
    entities: "Обекти",
    documents: "Документи",
    relationships: "Връзки",
    mostConnected: "Най-свързани",
    strongestPairs: "Партньори с най-много общи неща",
    links: "{n} връзки",
    eventsTimeline: "Хронология на събитията",
    aliases: "Други изписвания",
    latin: "Латиница",
    acronym: "Абревиатура",
    code: "Код",
    country: "Държава",
    dates: "Дати",
    mentionedIn: "Споменава се в",
    nDocuments: "{n} документа",
    oneDocument: "1 документ",
    partners: "Партньори",
    partnersOf: "Партньори на {name}",
    partnersHint: "Кой е работил с него, чрез какво и кога.",
    partner: "Партньор",
    role: "Роля",
    basedIn: "Седалище",
    evidence: "Доказателство",
    through: "Чрез",
    when: "Кога",
    connections: "Връзки",
    connectTo: "Как е свързан с…?",
    connectPlaceholder: "Друг обект (кирилица или латиница)",
    noPath: "Няма връзка в рамките на четири стъпки.",
    someLinks: "Показани са първите {n} от {total} връзки.",
    timeline: "Хронология",
    noTimeline: "Няма събития с дата.",
    moreEvidence: "още {n}",
    source: "Източник",
    graph: "Граф",
    depth: "Дълбочина",
    fit: "Побери",
    reset: "Начало",
    graphHint: "Влачете за преместване, колелцето мащабира. Щракнете върху възел, за да го разгънете; двойно щракване го отваря; щракнете върху линия, за да видите защо я има.",
    whyEdge: "Защо има тази връзка",
    noEvidence: "Няма запазено изречение за тази връзка.",
    open: "Отвори",
    expand: "Разгъни",
    expanded: "разгънат",
    truncated: "Показани са само първите {n} възела.",
    nodesEdges: "{n} възела, {e} връзки",
    export: "Експорт",
    exportGraphml: "GraphML",
    exportNodes: "CSV възли",
    exportEdges: "CSV връзки",
    exportPng: "PNG",
    exportTitleServer: "Графът, както е показан: {n} възела и връзките между тях, с доказателствата",
    exportTitlePng: "Изображение на графа, както е показан",
    legend: "Легенда",
    document: "Изходен документ",
    published: "Публикуван",
    original: "Оригинална страница",
    inDocument: "Споменати в документа",
    highlightHint: "Оцветени са изречението и имената, които то свързва.",
    mentionsHint: "Оцветени са споменаванията на {name}.",
    back: "Назад",
    untitled: "(без заглавие)",
    viaPROJECT: "проект",
    viaEVENT: "събитие",
    viaASSOCIATION: "членство",
  },
};

const TYPES = {
  en: {
    Association: ["Association", "Associations"],
    Cluster: ["Cluster", "Clusters"],
    Organization: ["Organisation", "Organisations"],
    Project: ["Project", "Projects"],
    Programme: ["Programme", "Programmes"],
    Event: ["Event", "Events"],
    Person: ["Person", "People"],
    Place: ["Place", "Places"],
  },
  bg: {
    Association: ["Асоциация", "Асоциации"],
    Cluster: ["Клъстер", "Клъстери"],
    Organization: ["Организация", "Организации"],
    Project: ["Проект", "Проекти"],
    Programme: ["Програма", "Програми"],
    Event: ["Събитие", "Събития"],
    Person: ["Лице", "Лица"],
    Place: ["Място", "Места"],
  },
};

// Relationship labels seen from the entity on the page: [outgoing, incoming].
const RELS = {
  en: {
    MEMBER_OF: ["Member of", "Members"],
    PARTNER_IN: ["Partner in", "Partners"],
    FUNDED_BY: ["Funded by", "Funds"],
    ORGANIZED: ["Organised", "Organisers"],
    PARTICIPATED_IN: ["Took part in", "Participants"],
    PRESENTED_AT: ["Presented at", "Presented here"],
    HELD_IN: ["Held in", "Events held here"],
    BASED_IN: ["Based in", "Based here"],
    HOLDS_ROLE: ["Roles", "People"],
    PART_OF: ["Part of", "Includes"],
  },
  bg: {
    MEMBER_OF: ["Член на", "Членове"],
    PARTNER_IN: ["Партньор в", "Партньори"],
    FUNDED_BY: ["Финансиран от", "Финансира"],
    ORGANIZED: ["Организира", "Организатори"],
    PARTICIPATED_IN: ["Участва в", "Участници"],
    PRESENTED_AT: ["Представен на", "Представени тук"],
    HELD_IN: ["Място на провеждане", "Събития тук"],
    BASED_IN: ["Седалище", "Със седалище тук"],
    HOLDS_ROLE: ["Длъжности", "Хора"],
    PART_OF: ["Част от", "Включва"],
  },
};

// Short edge labels for the graph (the relationship's own direction).
const EDGE = {
  en: {
    MEMBER_OF: "member of", PARTNER_IN: "partner in", FUNDED_BY: "funded by", ORGANIZED: "organised",
    PARTICIPATED_IN: "took part in", PRESENTED_AT: "presented at", HELD_IN: "held in", BASED_IN: "based in",
    HOLDS_ROLE: "role in", PART_OF: "part of",
  },
  bg: {
    MEMBER_OF: "член на", PARTNER_IN: "партньор в", FUNDED_BY: "финансиран от", ORGANIZED: "организира",
    PARTICIPATED_IN: "участва в", PRESENTED_AT: "представен на", HELD_IN: "провежда се в", BASED_IN: "седалище в",
    HOLDS_ROLE: "длъжност в", PART_OF: "част от",
  },
};

// Roles the extractor writes in English; anything else is shown as written.
const ROLES = {
  bg: {
    coordinator: "координатор",
    partner: "партньор",
    "lead partner": "водещ партньор",
    organizer: "организатор",
    "co-organizer": "съорганизатор",
    host: "домакин",
    participant: "участник",
    member: "член",
    presenter: "представящ",
    speaker: "лектор",
  },
  en: { organizer: "organiser", "co-organizer": "co-organiser" },
};

export const LANGS = ["bg", "en"];

function initialLang() {
  try {
    const saved = localStorage.getItem(STORE_KEY);
    if (LANGS.includes(saved)) return saved;
  } catch {
    // Storage may be disabled; the browser's language decides then.
  }
  const nav = (navigator.languages && navigator.languages[0]) || navigator.language || "bg";
  return nav.toLowerCase().startsWith("en") ? "en" : nav.toLowerCase().startsWith("bg") ? "bg" : "en";
}

let current = initialLang();

export function lang() {
  return current;
}

export function setLang(l) {
  if (!LANGS.includes(l)) return;
  current = l;
  try {
    localStorage.setItem(STORE_KEY, l);
  } catch {
    // Not remembered; still switched for this page.
  }
  document.documentElement.lang = l;
}

// t returns the text for key with {name} placeholders filled in.
export function t(key, vars = {}) {
  const s = TEXT[current][key] ?? TEXT.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}

export function typeName(type, plural = false) {
  const p = TYPES[current][type];
  return p ? p[plural ? 1 : 0] : type;
}

export function relLabel(type, direction) {
  const p = RELS[current][type];
  if (!p) return type;
  return direction === "IN" ? p[1] : p[0];
}

export function edgeLabel(type) {
  return EDGE[current][type] || type;
}

export function roleName(role) {
  if (!role) return "";
  return ROLES[current][role] || role;
}

export function docCount(n) {
  return n === 1 ? t("oneDocument") : t("nDocuments", { n: formatNumber(n) });
}

// locale is the reader's locale for the interface language: their own
// regional variant when the browser names one (en-US, en-GB), else the language.
export function locale() {
  const navs = navigator.languages || [navigator.language];
  for (const n of navs) {
    if (n && n.toLowerCase().split("-")[0] === current) return n;
  }
  return current === "bg" ? "bg-BG" : "en";
}

export function formatNumber(n) {
  return new Intl.NumberFormat(locale()).format(n);
}

// formatDate shows an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in the reader's
// locale, with only the parts the date has. Dates are calendar dates, so
// they are formatted in UTC and never shift a day with the time zone.
export function formatDate(iso) {
  if (!iso) return "";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const opts = { timeZone: "UTC", year: "numeric" };
  if (m[2]) opts.month = m[3] ? "short" : "long";
  if (m[3]) opts.day = "numeric";
  return new Intl.DateTimeFormat(locale(), opts).format(date);
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatRange(start, end) {
  if (!start && !end) return "";
  if (!end || end === start) return formatDate(start);
  if (!start) return formatDate(end);
  const a = FULL_DATE.exec(start);
  const b = FULL_DATE.exec(end);
  if (a && b) {
    // The locale's own range form, e.g. "13–14.12.2017 г." or "Dec 13 – 14, 2017".
    const d = (m) => new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    const f = new Intl.DateTimeFormat(locale(), { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" });
    if (typeof f.formatRange === "function") return f.formatRange(d(a), d(b));
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}
