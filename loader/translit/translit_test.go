package translit

import "testing"

func TestLatin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"България", "Bulgaria"},
		{"София", "Sofia"},
		{"Пловдив", "Plovdiv"},
		{"Варна", "Varna"},
		{"в БЪЛГАРИЯ", "v BULGARIA"},
		{"Българият", "Balgariyat"},
		{"Жеравна", "Zheravna"},
		{"ЖЕРАВНА", "ZHERAVNA"},
		{"Щастливец", "Shtastlivets"},
		{"Цветелина Юлиянова", "Tsvetelina Yuliyanova"},
		{"Асоциация на бизнес клъстерите", "Asotsiatsia na biznes klasterite"},
		{"Асоциацията", "Asotsiatsiyata"}, // "ия" only at the end of a word
		{"Кюстендил", "Kyustendil"},
		{"Търговище", "Targovishte"},
		{"Добрич", "Dobrich"},
		{"Хасково", "Haskovo"},
		{"Ямбол", "Yambol"},
		{"Стойков", "Stoykov"},
		{"ия", "ia"},
		{"Мария-Магдалена", "Maria-Magdalena"},
		{"TRACE-KEI и ОПИК 2014-2020", "TRACE-KEI i OPIK 2014-2020"},
		{"Ш", "Sh"},
		{"ЩИ", "SHTI"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Latin(tc.in); got != tc.want {
			t.Errorf("Latin(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKey(t *testing.T) {
	if got := Key("Клъстер „Зелена синергия“"); got != "klaster „zelena sinergia“" {
		t.Errorf("Key = %q", got)
	}
}

func FuzzLatin(f *testing.F) {
	for _, s := range []string{"България", "ия", "Щ\xff", "ЖжЖ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = Latin(s)
		_ = Key(s)
	})
}
