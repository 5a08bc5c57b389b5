package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestRoleParaphrases: HOLDS_ROLE with its title whatever the order (title
// before or after the name), the case form of the title, the tense of a
// copula, a relative clause, an anaphor for the body, a coordination of
// titles, Bulgarian or English.
func TestRoleParaphrases(t *testing.T) {
	const intro = "Клъстер „Дунавска зелена енергия“ откри офис в Русе. "
	const introEn = "The Danube Green Energy Cluster opened an office in Ruse. "
	role := func(p, org, title string) rel { return rel{kg.HoldsRole, p, org, title} }
	const (
		Y  = "Сдружение „Делта Дунав“"
		yn = "Делта Дунав"
		Z  = "„Агро Юг“ ООД"
		zn = "Агро Юг ООД"
		cl = "Дунавска зелена енергия"
	)
	var rows []paraRow
	for _, cop := range []string{"е", "беше", "бе", "ще бъде"} {
		rows = append(rows,
			paraRow{"title is name, copula " + cop, intro + "Председател на УС на " + Y + " " + cop + " Иван Петров.", []rel{role("Иван Петров", yn, "председател на ус")}, nil},
			paraRow{"name is title, copula " + cop, intro + "Иван Петров " + cop + " председател на " + Y + ".", []rel{role("Иван Петров", yn, "председател")}, nil},
			paraRow{"relative clause, copula " + cop, intro + "На срещата говори Елена Маринова, която " + cop + " изпълнителен директор на " + Z + ".", []rel{role("Елена Маринова", zn, "изпълнителен директор")}, nil},
		)
	}
	rows = append(rows,
		paraRow{"title before, nominative", intro + "Председателят на УС на " + Y + " Иван Петров откри срещата.", []rel{role("Иван Петров", yn, "председател на ус")}, nil},
		paraRow{"title before, object form", intro + "Според председателя на " + Y + " Иван Петров срещата е важна.", []rel{role("Иван Петров", yn, "председател")}, nil},
		paraRow{"title before, subject after the verb", intro + "Срещата откри председателят на " + Y + " Иван Петров.", []rel{role("Иван Петров", yn, "председател")}, nil},
		paraRow{"title before, dash", intro + "Гост беше изпълнителният директор на " + Z + " – Петър Димов.", []rel{role("Петър Димов", zn, "изпълнителен директор")}, nil},
		paraRow{"title after, commas", intro + "Петър Димов, изпълнителен директор на " + Z + ", представи опита си.", []rel{role("Петър Димов", zn, "изпълнителен директор")}, nil},
		paraRow{"title after, dash", intro + "Опита си представи Петър Димов – изпълнителен директор на " + Z + ".", []rel{role("Петър Димов", zn, "изпълнителен директор")}, nil},
		paraRow{"title after, brackets", intro + "Опита си представи Петър Димов (изпълнителен директор на " + Z + ").", []rel{role("Петър Димов", zn, "изпълнителен директор")}, nil},
		paraRow{"in the capacity of", intro + "В качеството си на управител на " + Z + " Никола Ненов подписа договора.", []rel{role("Никола Ненов", zn, "управител")}, nil},
		paraRow{"takes up the post", intro + "Иван Петров поема поста изпълнителен директор на " + Y + ".", []rel{role("Иван Петров", yn, "изпълнителен директор")}, nil},
		paraRow{"took up the post, past", intro + "Иван Петров зае длъжността председател на " + Y + " през май.", []rel{role("Иван Петров", yn, "председател")}, nil},
		paraRow{"en: takes over as", introEn + "Ivan Petrov takes over as executive director of the Delta Danube Association.", []rel{role("Ivan Petrov", "Delta Danube Association", "executive director")}, nil},
		paraRow{"elected, the role fronted with a quoted body", intro + "За председател на Клъстер „Дунавска зелена енергия“ беше преизбран инж. Иван Петров.", []rel{role("Иван Петров", cl, "председател")}, nil},
		paraRow{"elected, the role fronted with its term", intro + "За председател на управителния съвет за нов тригодишен мандат беше преизбран Иван Петров.", []rel{role("Иван Петров", cl, "председател на управителния съвет")}, nil},
		paraRow{"in the capacity of, after the name", intro + "Никола Ненов подписа договора в качеството си на управител на " + Z + ".", []rel{role("Никола Ненов", zn, "управител")}, nil},
		paraRow{"became", intro + "Никола Ненов стана управител на " + Z + " през 2020 г.", []rel{role("Никола Ненов", zn, "управител")}, nil},
		paraRow{"academic rank with an affiliation is the title", intro + "Доклад изнесе доц. Валери Стойков от " + Y + ".", []rel{role("Валери Стойков", yn, "доц.")}, nil},
		paraRow{"academic rank, senior assistant, in brackets", intro + "Доклад изнесе гл. ас. Валери Стойков (" + Z + ").", []rel{role("Валери Стойков", zn, "гл. ас.")}, nil},
		paraRow{"en: academic rank with an affiliation", introEn + "Prof. Tomas Brandt of Agro Yug Ltd gave a talk.", []rel{role("Tomas Brandt", "Agro Yug Ltd", "prof.")}, nil},
		paraRow{"an office wins over the rank", intro + "Доклад изнесе проф. Валери Стойков, ректор на " + Y + ".", []rel{role("Валери Стойков", yn, "ректор")}, nil},
		paraRow{"a person's membership is no office", intro + "Иван Петров беше дългогодишен член на " + Y + ".", nil, []rel{role("Иван Петров", yn, "член")}},
		paraRow{"was elected", intro + "Иван Петров беше избран за председател на " + Y + ".", []rel{role("Иван Петров", yn, "председател")}, nil},
		paraRow{"anaphor: the cluster's manager", intro + "Управителят на клъстера Стефан Илиев благодари на гостите.", []rel{role("Стефан Илиев", cl, "управител")}, nil},
		paraRow{"anaphor: the cluster's chairman, object form", intro + "По думите на председателя на клъстера Стефан Илиев офисът ще работи и в събота.", []rel{role("Стефан Илиев", cl, "председател")}, nil},
		paraRow{"plural titles over a coordination", intro + "Управителите на „Зета Пласт“ ООД и „Ита Метал“ АД – Румен Попов и Ваня Тодорова, също присъстваха.",
			[]rel{role("Румен Попов", "Зета Пласт ООД", "управител"), role("Ваня Тодорова", "Ита Метал АД", "управител")},
			[]rel{role("Румен Попов", "Ита Метал АД", ""), role("Ваня Тодорова", "Зета Пласт ООД", "")}},
		paraRow{"en: title after, commas", introEn + "Peter Dimov, CEO of Agro Yug Ltd, presented the plan.", []rel{role("Peter Dimov", "Agro Yug Ltd", "ceo")}, nil},
		paraRow{"en: possessive title", introEn + "The Danube Delta Association (DDA) joined the cluster. DDA's chairman Ivan Petrov presented the plan.", []rel{role("Ivan Petrov", "Danube Delta Association", "chairman")}, nil},
		paraRow{"en: in his capacity as", introEn + "Peter Dimov signed the contract in his capacity as CEO of Agro Yug Ltd.", []rel{role("Peter Dimov", "Agro Yug Ltd", "ceo")}, nil},
		paraRow{"en: was appointed", introEn + "Peter Dimov was appointed managing director of Agro Yug Ltd in May.", []rel{role("Peter Dimov", "Agro Yug Ltd", "managing director")}, nil},
		paraRow{"en: plural titles", introEn + "The managing directors of Agro Yug Ltd and Beta Solar Ltd, Peter Dimov and Elena Marinova, signed the agreement.",
			[]rel{role("Peter Dimov", "Agro Yug Ltd", "managing director"), role("Elena Marinova", "Beta Solar Ltd", "managing director")},
			[]rel{role("Peter Dimov", "Beta Solar Ltd", ""), role("Elena Marinova", "Agro Yug Ltd", "")}},
		paraRow{"plural titles with adjective and 'съответно'", intro + "Договора подписаха изпълнителните директори на „Зета Пласт“ ООД и „Ита Метал“ АД, съответно Румен Попов и Ваня Тодорова.",
			[]rel{role("Румен Попов", "Зета Пласт ООД", "изпълнителен директор"), role("Ваня Тодорова", "Ита Метал АД", "изпълнителен директор")}, nil},
		paraRow{"was elected", intro + "Иван Петров бе избран за председател на УС на " + Y + ".", []rel{role("Иван Петров", yn, "председател на ус")}, nil},
		paraRow{"en: head of", introEn + "Peter Dimov, head of Agro Yug Ltd, presented the plan.", []rel{role("Peter Dimov", "Agro Yug Ltd", "head")}, nil},
		paraRow{"en: director at", introEn + "Peter Dimov, director at Agro Yug Ltd, presented the plan.", []rel{role("Peter Dimov", "Agro Yug Ltd", "director")}, nil},
		paraRow{"en: title before with commas", introEn + "The chairman of the Danube Delta Association, Ivan Petrov, opened the meeting.", []rel{role("Ivan Petrov", "Danube Delta Association", "chairman")}, nil},
		paraRow{"en: the cluster's manager", introEn + "The cluster's manager, Stefan Iliev, thanked the guests.", []rel{role("Stefan Iliev", "Danube Green Energy Cluster", "manager")}, nil},
	)
	for _, cop := range []string{"is", "was", "will be"} {
		rows = append(rows,
			paraRow{"en: name is title, copula " + cop, introEn + "Ivan Petrov " + cop + " the chairman of the Danube Delta Association.", []rel{role("Ivan Petrov", "Danube Delta Association", "chairman")}, nil},
			paraRow{"en: relative clause, copula " + cop, introEn + "The guest was Elena Marinova, who " + cop + " the executive director of Agro Yug Ltd.", []rel{role("Elena Marinova", "Agro Yug Ltd", "executive director")}, nil},
		)
	}
	rows = append(rows,
		paraRow{"anaphor: the university's director", intro + "Меморандумът е с Университет „Дунав“. Директорът на университета Павел Генов го подписа.", []rel{role("Павел Генов", "Университет Дунав", "директор")}, nil},
		paraRow{"elliptic second role after a dash", intro + "Председател на " + Y + " е Иван Петров, а заместник-председател – Мария Колева.",
			[]rel{role("Иван Петров", yn, "председател"), role("Мария Колева", yn, "заместник-председател")}, nil},
		paraRow{"elliptic second role, past", intro + "Председател на " + Y + " беше Иван Петров, а секретар – Мария Колева.",
			[]rel{role("Иван Петров", yn, "председател"), role("Мария Колева", yn, "секретар")}, nil},
		paraRow{"pronoun subject, past copula", intro + "На срещата говори Елена Маринова. Тя беше изпълнителен директор на " + Z + ".", []rel{role("Елена Маринова", zn, "изпълнителен директор")}, nil},
		paraRow{"en: the CEO of", introEn + "Peter Dimov, the CEO of Agro Yug Ltd, presented the plan.", []rel{role("Peter Dimov", "Agro Yug Ltd", "ceo")}, nil},
		paraRow{"en: executive director of", introEn + "Peter Dimov, executive director of Agro Yug Ltd, presented the plan.", []rel{role("Peter Dimov", "Agro Yug Ltd", "executive director")}, nil},
		paraRow{"en: has been CEO since", introEn + "Peter Dimov has been CEO of Agro Yug Ltd since 2019.", []rel{role("Peter Dimov", "Agro Yug Ltd", "ceo")}, nil},
		paraRow{"en: title, comma, body in brackets", introEn + "The talk was given by Peter Dimov (CEO, Agro Yug Ltd).", []rel{role("Peter Dimov", "Agro Yug Ltd", "ceo")}, nil},
		paraRow{"title, comma, body in brackets", intro + "Лекцията изнесе Петър Димов (управител, " + Z + ").", []rel{role("Петър Димов", zn, "управител")}, nil},
		paraRow{"en: became", introEn + "Peter Dimov became managing director of Agro Yug Ltd in 2020.", []rel{role("Peter Dimov", "Agro Yug Ltd", "managing director")}, nil},
	)
	rows = append(rows,
		paraRow{"whose director, past an apposition", introEn + "The visit was hosted by the Danube Delta Association, the project's lead partner, whose director Markus Brandt guided the guests.",
			[]rel{role("Markus Brandt", "Danube Delta Association", "director")}, nil},
		paraRow{"en: director general", introEn + "Speakers include Elena Marinova, Director General of Agro Yug Ltd, and others.", []rel{role("Elena Marinova", "Agro Yug Ltd", "director general")}, nil},
		paraRow{"en: CEO of a town-based company", introEn + "Speakers include Peter Dimov, CEO of Ruse-based Agro Yug Ltd, and others.", []rel{role("Peter Dimov", "Agro Yug Ltd", "ceo")}, nil},
		paraRow{"two titles before two names, the second body elided", intro + "На срещата бяха управителят на " + Z + " Никола Ненов и търговският директор Петър Димов.",
			[]rel{role("Никола Ненов", zn, "управител"), role("Петър Димов", zn, "търговски директор")}, nil},
	)
	runParaphrases(t, rows, kg.HoldsRole)
}
