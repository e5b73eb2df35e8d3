"""A short news article in English and its careful Spanish translation, for the repository
tests (`check`, configuration, pre-commit, CI). `PLANTED` turns the translation wrong."""

from __future__ import annotations

from pathlib import Path

EN = """# Port authority approves new ferry terminal

The Port Authority board voted 7 to 2 on Tuesday to approve a $48 million ferry terminal on
the east side of the harbor.

The terminal will handle up to 3,500 passengers a day and is expected to open in 2027, two
years later than first planned.

Officials said the project would create about 240 construction jobs and 35 permanent
positions.
"""

ES = """# La autoridad portuaria aprueba una nueva terminal de ferris

La junta de la Autoridad Portuaria votó 7 a 2 el martes a favor de aprobar una terminal de
ferris de 48 millones de dólares en el lado este del puerto.

La terminal atenderá hasta 3.500 pasajeros al día y se prevé que abra en 2027, dos años
más tarde de lo previsto inicialmente.

Los funcionarios dijeron que el proyecto crearía unos 240 empleos en la construcción y 35
puestos permanentes.
"""

# The kind of slip bilint exists for: 3.500 passengers became 5.300.
PLANTED = ("hasta 3.500 pasajeros", "hasta 5.300 pasajeros")


def wrong(es: str = ES) -> str:
    return es.replace(*PLANTED)


def write_pair(root: Path, stem: str = "ferry", *, en: str = EN, es: str = ES,
               layout: str = "suffix") -> tuple[Path, Path]:
    """An article pair under root: `stem.en.md`/`stem.es.md`, or `en/stem.md`/`es/stem.md`."""
    if layout == "suffix":
        en_path, es_path = root / f"{stem}.en.md", root / f"{stem}.es.md"
    else:
        en_path, es_path = root / "en" / f"{stem}.md", root / "es" / f"{stem}.md"
    for path, text in ((en_path, en), (es_path, es)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return en_path, es_path
