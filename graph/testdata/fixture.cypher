// A small ClusterGraph in the shape of schema/MODEL.md, for the API tests.
// Offsets are code point offsets into each document's text. Statements end with ';' on its own line.

CREATE (:Document {id: "doc:trace-kei", path: "news/2016/trace-kei.txt", title: "Зелена синергия в нов европейски проект", published: "2016-12-20", hash: "h-doc:trace-kei", extractor: 'rules/1', text: "Клъстер Зелена синергия е партньор в проекта TRACE-KEI. Координатор на TRACE-KEI е италианският клъстер DARE. Партньори са още INNOSKART от Унгария и BIOMASTEC от Германия. Проектът TRACE-KEI се финансира по програмата Cluster Excellence. Програмата Cluster Excellence е част от COSME. TRACE-KEI беше представен на TCI European conference в София.", factsHash: "f-doc:trace-kei", loadedAt: '2026-11-23T08:00:00Z'})
;
CREATE (:Document {id: "doc:ga-2018", path: "news/2018/abk-sabranie.txt", title: "Общо събрание на АБК в Пловдив", published: "2018-05-15", hash: "h-doc:ga-2018", extractor: 'rules/1', text: "На 11.05.2018 г. в Пловдив се проведе общо събрание на АБК. Асоциацията на бизнес клъстерите организира събранието. Клъстер Зелена синергия участва в общото събрание. Морски клъстер България също участва. Изпълнителният директор на АБК Светлин Рангелов представи отчета.", factsHash: "f-doc:ga-2018", loadedAt: '2026-11-23T08:00:00Z'})
;
CREATE (:Document {id: "doc:varna-2018", path: "news/2018/varna-sreshta.txt", title: "Регионална клъстерна среща във Варна", published: "2018-07-12", hash: "h-doc:varna-2018", extractor: 'rules/1', text: "На 5 юли 2018 г. във Варна се проведе регионална клъстерна среща. Срещата беше организирана от Морски клъстер България съвместно с Клъстер Зелена синергия и АБК. Морски клъстер България и Зелена синергия са членове на АБК. Двата клъстера са партньори и в проекта BLUE-BIO.", factsHash: "f-doc:varna-2018", loadedAt: '2026-11-23T08:00:00Z'})
;
CREATE (:Document {id: "doc:conf-2020", path: "news/2020/konferentsiya.txt", title: "Българо-румънска клъстерна конференция", published: "2020-09-30", hash: "h-doc:conf-2020", extractor: 'rules/1', text: "На 28 и 29 септември 2020 г. ИАНМСП проведе българо-румънска клъстерна конференция във Варна. Конференцията е финансирана по програма Interreg V-A Румъния-България. Програмата се съфинансира от Европейския фонд за регионално развитие. В конференцията участва и АБК.", factsHash: "f-doc:conf-2020", loadedAt: '2026-11-23T08:00:00Z'})
;
CREATE (:Document {id: "doc:abk-2015", path: "news/2015/abk-kzr.txt", title: "Среща на АБК в Клъстер на здравните региони", published: "2015-02-16", hash: "h-doc:abk-2015", extractor: 'rules/1', text: "Председателят на УС на АБК Венцислав Славков откри срещата. Клъстер на здравните региони е член на АБК.", factsHash: "f-doc:abk-2015", loadedAt: '2026-11-23T08:00:00Z'})
;
CREATE (:Entity:Cluster {id: "cluster:zelena-sinergiya", type: "Cluster", name: "Зелена синергия", aliases: ["Клъстер Зелена синергия"], latin: "zelena sinergiya", latinAliases: ["klastar zelena sinergiya"], search: "Зелена синергия Клъстер Зелена синергия zelena sinergiya klastar zelena sinergiya", docCount: 3, country: "Bulgaria"})
;
CREATE (:Entity:Cluster {id: "cluster:morski-klaster", type: "Cluster", name: "Морски клъстер България", aliases: [], latin: "morski klastar balgariya", latinAliases: [], search: "Морски клъстер България morski klastar balgariya", docCount: 2, country: "Bulgaria"})
;
CREATE (:Entity:Cluster {id: "cluster:zdravni-regioni", type: "Cluster", name: "Клъстер на здравните региони", aliases: [], latin: "klastar na zdravnite regioni", latinAliases: [], search: "Клъстер на здравните региони klastar na zdravnite regioni", docCount: 1, country: "Bulgaria"})
;
CREATE (:Entity:Cluster {id: "cluster:dare", type: "Cluster", name: "DARE", aliases: [], latin: "dare", latinAliases: [], search: "DARE dare", docCount: 1, country: "Italy"})
;
CREATE (:Entity:Cluster {id: "cluster:innoskart", type: "Cluster", name: "INNOSKART", aliases: [], latin: "innoskart", latinAliases: [], search: "INNOSKART innoskart", docCount: 1, country: "Hungary"})
;
CREATE (:Entity:Cluster {id: "cluster:biomastec", type: "Cluster", name: "BIOMASTEC", aliases: [], latin: "biomastec", latinAliases: [], search: "BIOMASTEC biomastec", docCount: 1, country: "Germany"})
;
CREATE (:Entity:Association {id: "association:abk", type: "Association", name: "Асоциация на бизнес клъстерите", aliases: ["АБК", "Асоциацията на бизнес клъстерите"], latin: "asotsiatsiya na biznes klasterite", latinAliases: ["abk", "asotsiatsiyata na biznes klasterite"], search: "Асоциация на бизнес клъстерите АБК Асоциацията на бизнес клъстерите asotsiatsiya na biznes klasterite abk asotsiatsiyata na biznes klasterite", docCount: 4, acronym: "АБК", country: "Bulgaria"})
;
CREATE (:Entity:Organization {id: "organization:iansmp", type: "Organization", name: "Изпълнителна агенция за насърчаване на малките и средните предприятия", aliases: ["ИАНМСП"], latin: "izpalnitelna agentsiya za nasarchavane na malkite i srednite predpriyatiya", latinAliases: ["iansmp"], search: "Изпълнителна агенция за насърчаване на малките и средните предприятия ИАНМСП izpalnitelna agentsiya za nasarchavane na malkite i srednite predpriyatiya iansmp", docCount: 1, acronym: "ИАНМСП", country: "Bulgaria"})
;
CREATE (:Entity:Project {id: "project:trace-kei", type: "Project", name: "TRACE-KEI", aliases: [], latin: "trace-kei", latinAliases: [], search: "TRACE-KEI trace-kei", docCount: 1, acronym: "TRACE-KEI", start: "2016-11-01"})
;
CREATE (:Entity:Project {id: "project:blue-bio", type: "Project", name: "BLUE-BIO", aliases: [], latin: "blue-bio", latinAliases: [], search: "BLUE-BIO blue-bio", docCount: 1})
;
CREATE (:Entity:Programme {id: "programme:cluster-excellence", type: "Programme", name: "Cluster Excellence", aliases: [], latin: "cluster excellence", latinAliases: [], search: "Cluster Excellence cluster excellence", docCount: 1})
;
CREATE (:Entity:Programme {id: "programme:cosme", type: "Programme", name: "COSME", aliases: [], latin: "cosme", latinAliases: [], search: "COSME cosme", docCount: 1, acronym: "COSME"})
;
CREATE (:Entity:Programme {id: "programme:interreg-ro-bg", type: "Programme", name: "Interreg V-A Румъния-България", aliases: [], latin: "interreg v-a rumaniya-balgariya", latinAliases: [], search: "Interreg V-A Румъния-България interreg v-a rumaniya-balgariya", docCount: 1})
;
CREATE (:Entity:Programme {id: "programme:erdf", type: "Programme", name: "Европейски фонд за регионално развитие", aliases: ["Европейския фонд за регионално развитие"], latin: "evropeyski fond za regionalno razvitie", latinAliases: ["evropeyskiya fond za regionalno razvitie"], search: "Европейски фонд за регионално развитие Европейския фонд за регионално развитие evropeyski fond za regionalno razvitie evropeyskiya fond za regionalno razvitie", docCount: 1})
;
CREATE (:Entity:Event {id: "event:abk-ga-2018", type: "Event", name: "Общо събрание на АБК", aliases: ["общото събрание"], latin: "obshto sabranie na abk", latinAliases: ["obshtoto sabranie"], search: "Общо събрание на АБК общото събрание obshto sabranie na abk obshtoto sabranie", docCount: 1, start: "2018-05-11", end: "2018-05-11"})
;
CREATE (:Entity:Event {id: "event:varna-meeting-2018", type: "Event", name: "Регионална клъстерна среща", aliases: [], latin: "regionalna klasterna sreshta", latinAliases: [], search: "Регионална клъстерна среща regionalna klasterna sreshta", docCount: 1, start: "2018-07-05", end: "2018-07-05"})
;
CREATE (:Entity:Event {id: "event:bg-ro-conference-2020", type: "Event", name: "Българо-румънска клъстерна конференция", aliases: ["Конференцията"], latin: "balgaro-rumanska klasterna konferentsiya", latinAliases: ["konferentsiyata"], search: "Българо-румънска клъстерна конференция Конференцията balgaro-rumanska klasterna konferentsiya konferentsiyata", docCount: 1, start: "2020-09-28", end: "2020-09-29"})
;
CREATE (:Entity:Event {id: "event:tci-2018", type: "Event", name: "TCI European conference", aliases: [], latin: "tci european conference", latinAliases: [], search: "TCI European conference tci european conference", docCount: 1, start: "2018-03-28"})
;
CREATE (:Entity:Event {id: "event:abk-meeting-2015", type: "Event", name: "Среща на АБК", aliases: ["срещата"], latin: "sreshta na abk", latinAliases: ["sreshtata"], search: "Среща на АБК срещата sreshta na abk sreshtata", docCount: 1, start: "2015-02-16", end: "2015-02-16"})
;
CREATE (:Entity:Person {id: "person:svetlin-rangelov", type: "Person", name: "Светлин Рангелов", aliases: [], latin: "svetlin rangelov", latinAliases: [], search: "Светлин Рангелов svetlin rangelov", docCount: 1})
;
CREATE (:Entity:Person {id: "person:ventsislav-slavkov", type: "Person", name: "Венцислав Славков", aliases: [], latin: "ventsislav slavkov", latinAliases: [], search: "Венцислав Славков ventsislav slavkov", docCount: 1})
;
CREATE (:Entity:Place {id: "place:plovdiv", type: "Place", name: "Пловдив", aliases: [], latin: "plovdiv", latinAliases: [], search: "Пловдив plovdiv", docCount: 1, country: "Bulgaria"})
;
CREATE (:Entity:Place {id: "place:varna", type: "Place", name: "Варна", aliases: ["Варна"], latin: "varna", latinAliases: [], search: "Варна Варна varna", docCount: 2, country: "Bulgaria"})
;
CREATE (:Entity:Place {id: "place:sofia", type: "Place", name: "София", aliases: [], latin: "sofiya", latinAliases: [], search: "София sofiya", docCount: 1, country: "Bulgaria"})
;
CREATE (:Entity:Place {id: "place:bulgaria", type: "Place", name: "България", aliases: [], latin: "balgariya", latinAliases: [], search: "България balgariya", docCount: 1, country: "Bulgaria"})
;
MATCH (e:Entity {id: "cluster:zelena-sinergiya"}), (d:Document {id: "doc:trace-kei"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [8], ends: [23]}]->(d)
;
MATCH (e:Entity {id: "cluster:zelena-sinergiya"}), (d:Document {id: "doc:ga-2018"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [124], ends: [139]}]->(d)
;
MATCH (e:Entity {id: "cluster:zelena-sinergiya"}), (d:Document {id: "doc:varna-2018"}) CREATE (e)-[:MENTIONED_IN {count: 2, starts: [139, 188], ends: [154, 203]}]->(d)
;
MATCH (e:Entity {id: "cluster:morski-klaster"}), (d:Document {id: "doc:ga-2018"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [167], ends: [190]}]->(d)
;
MATCH (e:Entity {id: "cluster:morski-klaster"}), (d:Document {id: "doc:varna-2018"}) CREATE (e)-[:MENTIONED_IN {count: 2, starts: [95, 162], ends: [118, 185]}]->(d)
;
MATCH (e:Entity {id: "cluster:zdravni-regioni"}), (d:Document {id: "doc:abk-2015"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [60], ends: [88]}]->(d)
;
MATCH (e:Entity {id: "cluster:dare"}), (d:Document {id: "doc:trace-kei"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [104], ends: [108]}]->(d)
;
MATCH (e:Entity {id: "cluster:innoskart"}), (d:Document {id: "doc:trace-kei"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [127], ends: [136]}]->(d)
;
MATCH (e:Entity {id: "cluster:biomastec"}), (d:Document {id: "doc:trace-kei"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [150], ends: [159]}]->(d)
;
MATCH (e:Entity {id: "association:abk"}), (d:Document {id: "doc:ga-2018"}) CREATE (e)-[:MENTIONED_IN {count: 3, starts: [55, 232, 60], ends: [58, 235, 92]}]->(d)
;
MATCH (e:Entity {id: "association:abk"}), (d:Document {id: "doc:varna-2018"}) CREATE (e)-[:MENTIONED_IN {count: 2, starts: [157, 218], ends: [160, 221]}]->(d)
;
MATCH (e:Entity {id: "association:abk"}), (d:Document {id: "doc:conf-2020"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [261], ends: [264]}]->(d)
;
MATCH (e:Entity {id: "association:abk"}), (d:Document {id: "doc:abk-2015"}) CREATE (e)-[:MENTIONED_IN {count: 2, starts: [23, 99], ends: [26, 102]}]->(d)
;
MATCH (e:Entity {id: "organization:iansmp"}), (d:Document {id: "doc:conf-2020"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [29], ends: [35]}]->(d)
;
MATCH (e:Entity {id: "project:trace-kei"}), (d:Document {id: "doc:trace-kei"}) CREATE (e)-[:MENTIONED_IN {count: 4, starts: [45, 71, 182, 286], ends: [54, 80, 191, 295]}]->(d)
;
MATCH (e:Entity {id: "project:blue-bio"}), (d:Document {id: "doc:varna-2018"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [263], ends: [271]}]->(d)
;
MATCH (e:Entity {id: "programme:cluster-excellence"}), (d:Document {id: "doc:trace-kei"}) CREATE (e)-[:MENTIONED_IN {count: 2, starts: [219, 250], ends: [237, 268]}]->(d)
;
MATCH (e:Entity {id: "programme:cosme"}), (d:Document {id: "doc:trace-kei"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [279], ends: [284]}]->(d)
;
MATCH (e:Entity {id: "programme:interreg-ro-bg"}), (d:Document {id: "doc:conf-2020"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [134], ends: [163]}]->(d)
;
MATCH (e:Entity {id: "programme:erdf"}), (d:Document {id: "doc:conf-2020"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [194], ends: [233]}]->(d)
;
MATCH (e:Entity {id: "event:abk-ga-2018"}), (d:Document {id: "doc:ga-2018"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [38], ends: [58]}]->(d)
;
MATCH (e:Entity {id: "event:varna-meeting-2018"}), (d:Document {id: "doc:varna-2018"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [38], ends: [64]}]->(d)
;
MATCH (e:Entity {id: "event:bg-ro-conference-2020"}), (d:Document {id: "doc:conf-2020"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [44], ends: [82]}]->(d)
;
MATCH (e:Entity {id: "event:tci-2018"}), (d:Document {id: "doc:trace-kei"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [315], ends: [338]}]->(d)
;
MATCH (e:Entity {id: "event:abk-meeting-2015"}), (d:Document {id: "doc:abk-2015"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [51], ends: [58]}]->(d)
;
MATCH (e:Entity {id: "person:svetlin-rangelov"}), (d:Document {id: "doc:ga-2018"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [236], ends: [252]}]->(d)
;
MATCH (e:Entity {id: "person:ventsislav-slavkov"}), (d:Document {id: "doc:abk-2015"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [27], ends: [44]}]->(d)
;
MATCH (e:Entity {id: "place:plovdiv"}), (d:Document {id: "doc:ga-2018"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [19], ends: [26]}]->(d)
;
MATCH (e:Entity {id: "place:varna"}), (d:Document {id: "doc:varna-2018"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [21], ends: [26]}]->(d)
;
MATCH (e:Entity {id: "place:varna"}), (d:Document {id: "doc:conf-2020"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [87], ends: [92]}]->(d)
;
MATCH (e:Entity {id: "place:sofia"}), (d:Document {id: "doc:trace-kei"}) CREATE (e)-[:MENTIONED_IN {count: 1, starts: [341], ends: [346]}]->(d)
;
MATCH (e:Entity {id: "place:bulgaria"}), (d:Document {id: "doc:varna-2018"}) CREATE (e)-[:MENTIONED_IN {count: 2, starts: [110, 177], ends: [118, 185]}]->(d)
;
MATCH (a:Entity {id: "cluster:zelena-sinergiya"}), (b:Entity {id: "project:trace-kei"}) CREATE (a)-[:PARTNER_IN {key: "partner", role: "partner", docs: ["doc:trace-kei"], evDocs: ["doc:trace-kei"], evStarts: [0], evEnds: [55], evTexts: ["Клъстер Зелена синергия е партньор в проекта TRACE-KEI."]}]->(b)
;
MATCH (a:Entity {id: "cluster:dare"}), (b:Entity {id: "project:trace-kei"}) CREATE (a)-[:PARTNER_IN {key: "coordinator", role: "coordinator", docs: ["doc:trace-kei"], evDocs: ["doc:trace-kei"], evStarts: [56], evEnds: [109], evTexts: ["Координатор на TRACE-KEI е италианският клъстер DARE."]}]->(b)
;
MATCH (a:Entity {id: "cluster:innoskart"}), (b:Entity {id: "project:trace-kei"}) CREATE (a)-[:PARTNER_IN {key: "partner", role: "partner", docs: ["doc:trace-kei"], evDocs: ["doc:trace-kei"], evStarts: [110], evEnds: [172], evTexts: ["Партньори са още INNOSKART от Унгария и BIOMASTEC от Германия."]}]->(b)
;
MATCH (a:Entity {id: "cluster:biomastec"}), (b:Entity {id: "project:trace-kei"}) CREATE (a)-[:PARTNER_IN {key: "partner", role: "partner", docs: ["doc:trace-kei"], evDocs: ["doc:trace-kei"], evStarts: [110], evEnds: [172], evTexts: ["Партньори са още INNOSKART от Унгария и BIOMASTEC от Германия."]}]->(b)
;
MATCH (a:Entity {id: "cluster:morski-klaster"}), (b:Entity {id: "project:blue-bio"}) CREATE (a)-[:PARTNER_IN {key: "partner", role: "partner", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [223], evEnds: [272], evTexts: ["Двата клъстера са партньори и в проекта BLUE-BIO."]}]->(b)
;
MATCH (a:Entity {id: "cluster:zelena-sinergiya"}), (b:Entity {id: "project:blue-bio"}) CREATE (a)-[:PARTNER_IN {key: "partner", role: "partner", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [223], evEnds: [272], evTexts: ["Двата клъстера са партньори и в проекта BLUE-BIO."]}]->(b)
;
MATCH (a:Entity {id: "project:trace-kei"}), (b:Entity {id: "programme:cluster-excellence"}) CREATE (a)-[:FUNDED_BY {key: "", docs: ["doc:trace-kei"], evDocs: ["doc:trace-kei"], evStarts: [173], evEnds: [238], evTexts: ["Проектът TRACE-KEI се финансира по програмата Cluster Excellence."]}]->(b)
;
MATCH (a:Entity {id: "programme:cluster-excellence"}), (b:Entity {id: "programme:cosme"}) CREATE (a)-[:PART_OF {key: "", docs: ["doc:trace-kei"], evDocs: ["doc:trace-kei"], evStarts: [239], evEnds: [285], evTexts: ["Програмата Cluster Excellence е част от COSME."]}]->(b)
;
MATCH (a:Entity {id: "event:bg-ro-conference-2020"}), (b:Entity {id: "programme:interreg-ro-bg"}) CREATE (a)-[:FUNDED_BY {key: "", docs: ["doc:conf-2020"], evDocs: ["doc:conf-2020"], evStarts: [94], evEnds: [164], evTexts: ["Конференцията е финансирана по програма Interreg V-A Румъния-България."]}]->(b)
;
MATCH (a:Entity {id: "programme:interreg-ro-bg"}), (b:Entity {id: "programme:erdf"}) CREATE (a)-[:FUNDED_BY {key: "", docs: ["doc:conf-2020"], evDocs: ["doc:conf-2020"], evStarts: [165], evEnds: [234], evTexts: ["Програмата се съфинансира от Европейския фонд за регионално развитие."]}]->(b)
;
MATCH (a:Entity {id: "project:trace-kei"}), (b:Entity {id: "event:tci-2018"}) CREATE (a)-[:PRESENTED_AT {key: "", docs: ["doc:trace-kei"], evDocs: ["doc:trace-kei"], evStarts: [286], evEnds: [347], evTexts: ["TRACE-KEI беше представен на TCI European conference в София."]}]->(b)
;
MATCH (a:Entity {id: "event:tci-2018"}), (b:Entity {id: "place:sofia"}) CREATE (a)-[:HELD_IN {key: "", docs: ["doc:trace-kei"], evDocs: ["doc:trace-kei"], evStarts: [286], evEnds: [347], evTexts: ["TRACE-KEI беше представен на TCI European conference в София."]}]->(b)
;
MATCH (a:Entity {id: "association:abk"}), (b:Entity {id: "event:abk-ga-2018"}) CREATE (a)-[:ORGANIZED {key: "organizer", role: "organizer", docs: ["doc:ga-2018"], evDocs: ["doc:ga-2018"], evStarts: [60], evEnds: [115], evTexts: ["Асоциацията на бизнес клъстерите организира събранието."]}]->(b)
;
MATCH (a:Entity {id: "cluster:zelena-sinergiya"}), (b:Entity {id: "event:abk-ga-2018"}) CREATE (a)-[:PARTICIPATED_IN {key: "", docs: ["doc:ga-2018"], evDocs: ["doc:ga-2018"], evStarts: [116], evEnds: [166], evTexts: ["Клъстер Зелена синергия участва в общото събрание."]}]->(b)
;
MATCH (a:Entity {id: "cluster:morski-klaster"}), (b:Entity {id: "event:abk-ga-2018"}) CREATE (a)-[:PARTICIPATED_IN {key: "", docs: ["doc:ga-2018"], evDocs: ["doc:ga-2018"], evStarts: [167], evEnds: [204], evTexts: ["Морски клъстер България също участва."]}]->(b)
;
MATCH (a:Entity {id: "event:abk-ga-2018"}), (b:Entity {id: "place:plovdiv"}) CREATE (a)-[:HELD_IN {key: "", docs: ["doc:ga-2018"], evDocs: ["doc:ga-2018"], evStarts: [0], evEnds: [59], evTexts: ["На 11.05.2018 г. в Пловдив се проведе общо събрание на АБК."]}]->(b)
;
MATCH (a:Entity {id: "person:svetlin-rangelov"}), (b:Entity {id: "association:abk"}) CREATE (a)-[:HOLDS_ROLE {key: "изпълнителен директор", title: "изпълнителен директор", docs: ["doc:ga-2018"], evDocs: ["doc:ga-2018"], evStarts: [205], evEnds: [270], evTexts: ["Изпълнителният директор на АБК Светлин Рангелов представи отчета."]}]->(b)
;
MATCH (a:Entity {id: "person:svetlin-rangelov"}), (b:Entity {id: "event:abk-ga-2018"}) CREATE (a)-[:PRESENTED_AT {key: "", docs: ["doc:ga-2018"], evDocs: ["doc:ga-2018"], evStarts: [205], evEnds: [270], evTexts: ["Изпълнителният директор на АБК Светлин Рангелов представи отчета."]}]->(b)
;
MATCH (a:Entity {id: "cluster:morski-klaster"}), (b:Entity {id: "event:varna-meeting-2018"}) CREATE (a)-[:ORGANIZED {key: "organizer", role: "organizer", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [66], evEnds: [161], evTexts: ["Срещата беше организирана от Морски клъстер България съвместно с Клъстер Зелена синергия и АБК."]}]->(b)
;
MATCH (a:Entity {id: "cluster:zelena-sinergiya"}), (b:Entity {id: "event:varna-meeting-2018"}) CREATE (a)-[:ORGANIZED {key: "co-organizer", role: "co-organizer", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [66], evEnds: [161], evTexts: ["Срещата беше организирана от Морски клъстер България съвместно с Клъстер Зелена синергия и АБК."]}]->(b)
;
MATCH (a:Entity {id: "association:abk"}), (b:Entity {id: "event:varna-meeting-2018"}) CREATE (a)-[:ORGANIZED {key: "co-organizer", role: "co-organizer", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [66], evEnds: [161], evTexts: ["Срещата беше организирана от Морски клъстер България съвместно с Клъстер Зелена синергия и АБК."]}]->(b)
;
MATCH (a:Entity {id: "event:varna-meeting-2018"}), (b:Entity {id: "place:varna"}) CREATE (a)-[:HELD_IN {key: "", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [0], evEnds: [65], evTexts: ["На 5 юли 2018 г. във Варна се проведе регионална клъстерна среща."]}]->(b)
;
MATCH (a:Entity {id: "cluster:morski-klaster"}), (b:Entity {id: "association:abk"}) CREATE (a)-[:MEMBER_OF {key: "", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [162], evEnds: [222], evTexts: ["Морски клъстер България и Зелена синергия са членове на АБК."]}]->(b)
;
MATCH (a:Entity {id: "cluster:zelena-sinergiya"}), (b:Entity {id: "association:abk"}) CREATE (a)-[:MEMBER_OF {key: "", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [162], evEnds: [222], evTexts: ["Морски клъстер България и Зелена синергия са членове на АБК."]}]->(b)
;
MATCH (a:Entity {id: "cluster:zdravni-regioni"}), (b:Entity {id: "association:abk"}) CREATE (a)-[:MEMBER_OF {key: "", docs: ["doc:abk-2015"], evDocs: ["doc:abk-2015"], evStarts: [60], evEnds: [103], evTexts: ["Клъстер на здравните региони е член на АБК."]}]->(b)
;
MATCH (a:Entity {id: "organization:iansmp"}), (b:Entity {id: "event:bg-ro-conference-2020"}) CREATE (a)-[:ORGANIZED {key: "organizer", role: "organizer", docs: ["doc:conf-2020"], evDocs: ["doc:conf-2020"], evStarts: [0], evEnds: [93], evTexts: ["На 28 и 29 септември 2020 г. ИАНМСП проведе българо-румънска клъстерна конференция във Варна."]}]->(b)
;
MATCH (a:Entity {id: "association:abk"}), (b:Entity {id: "event:bg-ro-conference-2020"}) CREATE (a)-[:PARTICIPATED_IN {key: "", docs: ["doc:conf-2020"], evDocs: ["doc:conf-2020"], evStarts: [235], evEnds: [265], evTexts: ["В конференцията участва и АБК."]}]->(b)
;
MATCH (a:Entity {id: "event:bg-ro-conference-2020"}), (b:Entity {id: "place:varna"}) CREATE (a)-[:HELD_IN {key: "", docs: ["doc:conf-2020"], evDocs: ["doc:conf-2020"], evStarts: [0], evEnds: [93], evTexts: ["На 28 и 29 септември 2020 г. ИАНМСП проведе българо-румънска клъстерна конференция във Варна."]}]->(b)
;
MATCH (a:Entity {id: "person:ventsislav-slavkov"}), (b:Entity {id: "association:abk"}) CREATE (a)-[:HOLDS_ROLE {key: "председател на УС", title: "председател на УС", docs: ["doc:abk-2015"], evDocs: ["doc:abk-2015"], evStarts: [0], evEnds: [59], evTexts: ["Председателят на УС на АБК Венцислав Славков откри срещата."]}]->(b)
;
MATCH (a:Entity {id: "association:abk"}), (b:Entity {id: "event:abk-meeting-2015"}) CREATE (a)-[:ORGANIZED {key: "organizer", role: "organizer", docs: ["doc:abk-2015"], evDocs: ["doc:abk-2015"], evStarts: [0], evEnds: [59], evTexts: ["Председателят на УС на АБК Венцислав Славков откри срещата."]}]->(b)
;
MATCH (a:Entity {id: "person:ventsislav-slavkov"}), (b:Entity {id: "event:abk-meeting-2015"}) CREATE (a)-[:PARTICIPATED_IN {key: "", docs: ["doc:abk-2015"], evDocs: ["doc:abk-2015"], evStarts: [0], evEnds: [59], evTexts: ["Председателят на УС на АБК Венцислав Славков откри срещата."]}]->(b)
;
MATCH (a:Entity {id: "place:varna"}), (b:Entity {id: "place:bulgaria"}) CREATE (a)-[:PART_OF {key: "", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [162], evEnds: [222], evTexts: ["Морски клъстер България и Зелена синергия са членове на АБК."]}]->(b)
;
MATCH (a:Entity {id: "cluster:morski-klaster"}), (b:Entity {id: "place:varna"}) CREATE (a)-[:BASED_IN {key: "", docs: ["doc:varna-2018"], evDocs: ["doc:varna-2018"], evStarts: [66], evEnds: [161], evTexts: ["Срещата беше организирана от Морски клъстер България съвместно с Клъстер Зелена синергия и АБК."]}]->(b)
;
