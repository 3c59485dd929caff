namespace Platforma.Web.Imports.Demo;

/// <summary>Common Polish first names, surnames (both forms), streets and village names for demo data.</summary>
internal static class PolishNames
{
    public static readonly string[] WomenFirst =
    [
        "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena",
        "Joanna", "Zofia", "Aleksandra", "Monika", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata",
        "Dorota", "Jadwiga", "Halina", "Irena", "Grażyna", "Jolanta", "Iwona", "Paulina", "Justyna", "Urszula",
        "Wiktoria", "Julia", "Hanna", "Alicja", "Łucja", "Bożena", "Renata", "Żaneta", "Sylwia", "Weronika",
    ];

    public static readonly string[] MenFirst =
    [
        "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub",
        "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy",
        "Maciej", "Józef", "Ryszard", "Tadeusz", "Kazimierz", "Henryk", "Sławomir", "Bartosz", "Przemysław", "Szymon",
        "Kamil", "Robert", "Rafał", "Waldemar", "Zdzisław", "Bogdan", "Witold", "Leszek", "Filip", "Antoni",
    ];

    /// <summary>Surnames as (masculine, feminine).</summary>
    public static readonly (string Man, string Woman)[] Surnames =
    [
        ("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"),
        ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
        ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"),
        ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"), ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"),
        ("Grabowski", "Grabowska"), ("Nowakowski", "Nowakowska"), ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"),
        ("Nowicki", "Nowicka"), ("Adamczyk", "Adamczyk"), ("Dudek", "Dudek"), ("Zając", "Zając"), ("Wieczorek", "Wieczorek"),
        ("Jabłoński", "Jabłońska"), ("Król", "Król"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska"), ("Jaworski", "Jaworska"),
        ("Wróbel", "Wróbel"), ("Malinowski", "Malinowska"), ("Pawlak", "Pawlak"), ("Witkowski", "Witkowska"), ("Walczak", "Walczak"),
        ("Stępień", "Stępień"), ("Górski", "Górska"), ("Rutkowski", "Rutkowska"), ("Michalak", "Michalak"), ("Sikora", "Sikora"),
        ("Ostrowski", "Ostrowska"), ("Baran", "Baran"), ("Duda", "Duda"), ("Szewczyk", "Szewczyk"), ("Tomaszewski", "Tomaszewska"),
        ("Pietrzak", "Pietrzak"), ("Marciniak", "Marciniak"), ("Wróblewski", "Wróblewska"), ("Zalewski", "Zalewska"),
        ("Jakubowski", "Jakubowska"), ("Jasiński", "Jasińska"), ("Zawadzki", "Zawadzka"), ("Sadowski", "Sadowska"),
        ("Bąk", "Bąk"), ("Chmielewski", "Chmielewska"), ("Włodarczyk", "Włodarczyk"), ("Borkowski", "Borkowska"),
        ("Czarnecki", "Czarnecka"), ("Sawicki", "Sawicka"), ("Sokołowski", "Sokołowska"), ("Urbański", "Urbańska"),
        ("Kubiak", "Kubiak"), ("Maciejewski", "Maciejewska"), ("Szczepański", "Szczepańska"), ("Kucharski", "Kucharska"),
        ("Wilk", "Wilk"), ("Kalinowski", "Kalinowska"), ("Lis", "Lis"), ("Mazurek", "Mazurek"), ("Wysocki", "Wysocka"),
        ("Adamski", "Adamska"), ("Kaźmierczak", "Kaźmierczak"), ("Wasilewski", "Wasilewska"), ("Sobczak", "Sobczak"),
        ("Czerwiński", "Czerwińska"), ("Andrzejewski", "Andrzejewska"), ("Cieślak", "Cieślak"), ("Głowacki", "Głowacka"),
        ("Zakrzewski", "Zakrzewska"), ("Kołodziej", "Kołodziej"), ("Sikorski", "Sikorska"), ("Krajewski", "Krajewska"),
        ("Gajewski", "Gajewska"), ("Szulc", "Szulc"), ("Szymczak", "Szymczak"), ("Baranowski", "Baranowska"), ("Laskowski", "Laskowska"),
        ("Brzeziński", "Brzezińska"), ("Makowski", "Makowska"), ("Ziółkowski", "Ziółkowska"), ("Przybylski", "Przybylska"),
        ("Śliwiński", "Śliwińska"), ("Łuczak", "Łuczak"), ("Frąckowiak", "Frąckowiak"), ("Nawrocki", "Nawrocka"), ("Kaczmarek", "Kaczmarek"),
    ];

    public static readonly string[] Streets =
    [
        "Poznańska", "Tadeusza Kościuszki", "Adama Mickiewicza", "Juliusza Słowackiego", "Polna", "Leśna", "Ogrodowa", "Lipowa",
        "Kwiatowa", "Szkolna", "Kolejowa", "Długa", "Krótka", "Wiejska", "Henryka Sienkiewicza", "Jana Pawła II", "Dworcowa",
        "Parkowa", "Słoneczna", "Zielona", "Łąkowa", "Brzozowa", "Klonowa", "Kasztanowa", "3 Maja", "Wrocławska", "Rynek",
        "Powstańców Wielkopolskich", "Marii Konopnickiej", "Fryderyka Chopina", "Bolesława Chrobrego", "Mieszka I", "Kościelna",
        "Strzelecka", "Młyńska", "Sportowa", "Spokojna", "Jarzębinowa", "Wierzbowa", "Świerkowa", "Sosnowa", "Akacjowa",
        "Ignacego Paderewskiego", "Józefa Piłsudskiego", "Stefana Żeromskiego", "Bolesława Prusa", "Chłodna", "Piaskowa",
    ];

    public static readonly string[] Villages =
    [
        "Nowa Wieś", "Zalesie", "Dąbrowa", "Górka", "Brzezie", "Lipie", "Olszyny", "Borowo", "Wola", "Podgórze", "Kolonia",
        "Dębina", "Łęgowo", "Stara Wieś", "Krzyżanki", "Wygoda", "Józefowo", "Marianowo", "Sielinko", "Piaski", "Mostki",
        "Bukowiec", "Jeziorki", "Wilkowo", "Żabno", "Sowiniec", "Grzybno", "Czapury", "Kąty", "Ludwikowo",
    ];

    public static readonly string[] BusinessWords =
    [
        "Agro", "Mleczarnia", "Transport", "Budmax", "Piekarnia", "Wielkopolska Stolarnia", "Ogrody", "Eko-Rol", "Tartak",
        "Auto-Serwis", "Hurtownia Spożywcza", "Zakład Mięsny", "Instal", "Drewmet", "Kamieniarstwo", "Spółdzielnia Mieszkaniowa",
        "Gospodarstwo Ogrodnicze", "Przetwórnia Owoców", "Usługi Leśne", "Sklep Wielobranżowy",
    ];
}
