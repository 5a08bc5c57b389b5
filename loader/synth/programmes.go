package synth

import (
	"fmt"
	"math/rand/v2"
)

// fund is a financing fund that programmes draw on (also a Programme entity
// in the graph). def is the form used after a preposition.
type fund struct {
	name, def, acr string
}

var funds = []fund{
	{"Европейски фонд за регионално развитие", "Европейския фонд за регионално развитие", "ЕФРР"},
	{"Европейски социален фонд", "Европейския социален фонд", "ЕСФ"},
	{"Европейски земеделски фонд за развитие на селските райони", "Европейския земеделски фонд за развитие на селските райони", "ЕЗФРСР"},
	{"Механизъм за възстановяване и устойчивост", "Механизма за възстановяване и устойчивост", ""},
}

const (
	fundERDF = iota
	fundESF
	fundEAFRD
	fundRRF
	fundEU = -1 // directly managed by the European Commission
)

// programme is a funding programme (reference data). international marks
// programmes whose projects have foreign partners.
type programme struct {
	nm            name
	short         string
	fund          int
	international bool
	from, to      int                                 // years projects start in
	code          func(r *rand.Rand, year int) string // contract code of a project starting in year
}

var programmes = []programme{
	{name{pre: "Оперативна програма", inner: "Иновации и конкурентоспособност", post: "2014-2020", quoted: true}, "ОПИК", fundERDF, false, 2015, 2023,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("BG16RFOP002-%d.%03d-%04d", 1+r.IntN(3), 1+r.IntN(99), 1+r.IntN(999))
		}},
	{name{pre: "Оперативна програма", inner: "Развитие на конкурентоспособността на българската икономика", post: "2007-2013", quoted: true}, "ОП „Конкурентоспособност“", fundERDF, false, 2010, 2015,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("BG161PO003-%d.%d.%02d-%04d", 1+r.IntN(4), 1+r.IntN(4), 1+r.IntN(12), 1+r.IntN(999))
		}},
	{name{pre: "Програма", inner: "Конкурентоспособност и иновации в предприятията", post: "2021-2027", quoted: true}, "ПКИП", fundERDF, false, 2022, 2025,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("BG16RFPR001-%d.%03d-%04d", 1+r.IntN(3), 1+r.IntN(20), 1+r.IntN(999))
		}},
	{name{pre: "Програма", inner: "Научни изследвания, иновации и дигитализация за интелигентна трансформация", post: "2021-2027", quoted: true}, "ПНИИДИТ", fundERDF, false, 2023, 2025,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("BG16RFPR002-%d.%03d-%04d", 1+r.IntN(3), 1+r.IntN(20), 1+r.IntN(999))
		}},
	{name{pre: "Оперативна програма", inner: "Развитие на човешките ресурси", post: "2014-2020", quoted: true}, "ОПРЧР", fundESF, false, 2015, 2022,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("BG05M9OP001-%d.%03d-%04d", 1+r.IntN(4), 1+r.IntN(120), 1+r.IntN(999))
		}},
	{name{pre: "Програма за развитие на селските райони", post: "2014-2020"}, "ПРСР", fundEAFRD, false, 2016, 2023,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("BG06RDNP001-%d.%03d-%04d", 1+r.IntN(19), 1+r.IntN(20), 1+r.IntN(999))
		}},
	{name{pre: "Национален план за възстановяване и устойчивост"}, "ПВУ", fundRRF, false, 2022, 2025,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("BG-RRP-%d.%03d-%04d", 1+r.IntN(4), 1+r.IntN(20), 1+r.IntN(999))
		}},
	{name{pre: "Рамкова програма", inner: "Хоризонт 2020", quoted: true}, "Хоризонт 2020", fundEU, true, 2014, 2021,
		func(r *rand.Rand, year int) string { return fmt.Sprintf("%d", 640000+r.IntN(320000)) }},
	{name{pre: "Хоризонт Европа"}, "Хоризонт Европа", fundEU, true, 2021, 2025,
		func(r *rand.Rand, year int) string { return fmt.Sprintf("101%06d", r.IntN(200000)) }},
	{name{pre: "Програма COSME"}, "COSME", fundEU, true, 2015, 2021,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("COS-CLUSTER-%d-%d-%02d/%d", year-1, 1+r.IntN(4), 1+r.IntN(12), 700000+r.IntN(200000))
		}},
	{name{pre: "Програма за единния пазар"}, "SMP COSME", fundEU, true, 2022, 2025,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("SMP-COSME-%d-CLUSTER-%02d/101%06d", year-1, 1+r.IntN(3), r.IntN(200000))
		}},
	{name{pre: "Interreg Дунав"}, "Interreg Дунав", fundERDF, true, 2016, 2025,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("DTP%d-%03d-%d.%d", 1+r.IntN(3), 1+r.IntN(700), 1+r.IntN(4), 1+r.IntN(3))
		}},
	{name{pre: "Програма Interreg V-A Румъния – България"}, "Interreg Румъния – България", fundERDF, true, 2016, 2023,
		func(r *rand.Rand, year int) string { return fmt.Sprintf("ROBG-%d", 10+r.IntN(600)) }},
	{name{pre: "Програма за сътрудничество Interreg V-A", inner: "Гърция – България", post: "2014-2020", quoted: true}, "Interreg Гърция – България", fundERDF, true, 2016, 2023,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("CB00%d.%d.%d%d.%03d", 1+r.IntN(7), 1+r.IntN(3), 1+r.IntN(3), 1+r.IntN(3), 1+r.IntN(400))
		}},
	{name{pre: "Interreg Европа"}, "Interreg Европа", fundERDF, true, 2016, 2025,
		func(r *rand.Rand, year int) string { return fmt.Sprintf("PGI%05d", 1+r.IntN(9000)) }},
	{name{pre: "Програма Interreg Балкани – Средиземно море"}, "Interreg Балкани – Средиземно море", fundERDF, true, 2017, 2024,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("BMP1/%d.%d/%04d/%d", 1+r.IntN(3), 1+r.IntN(3), 1+r.IntN(3000), year)
		}},
	{name{pre: "Програма", inner: "Еразъм+", quoted: true}, "Еразъм+", fundEU, true, 2014, 2025,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("%d-%d-BG01-KA%d%02d-%06d", year, 1+r.IntN(2), 1+r.IntN(2), 1+r.IntN(20), r.IntN(999999))
		}},
	{name{pre: "Програма", inner: "Цифрова Европа", quoted: true}, "Цифрова Европа", fundEU, true, 2022, 2025,
		func(r *rand.Rand, year int) string { return fmt.Sprintf("101%06d", r.IntN(200000)) }},
	{name{pre: "Програма LIFE"}, "LIFE", fundEU, true, 2014, 2025,
		func(r *rand.Rand, year int) string {
			return fmt.Sprintf("LIFE%02d ENV/BG/%06d", (year-1)%100, r.IntN(2000))
		}},
}

// strategies are policy frames a project can be part of (PART_OF targets).
var strategies = []string{"Стратегията на ЕС за Дунавския регион", "Иновационната стратегия за интелигентна специализация",
	"Европейския зелен пакт", "Стратегията за развитие на клъстерите в България"}
