"""qgis_io/point_files.py and source_polygon.py: the files the Record land release dock takes a
polygon from, each one read as meant or refused with the file and the line or feature named,
never a misleading "is empty" or a traceback. Real files written here, read through QGIS and
GDAL."""

from __future__ import annotations

import dataclasses
import json

import pytest
from qgis.core import QgsPointXY

from landrelease.qgis_io import point_files
from landrelease.qgis_io.source_polygon import SourceError, polygon_from_points

# Three corners near Ağdam (latitude, longitude) and their polygon's first vertex (lon, lat).
CORNERS = [(40.123456, 46.754321), (40.124456, 46.754321), (40.124456, 46.756321)]


def lines(separator=";") -> list[str]:
    return [f"lat{separator}lon"] + [f"{lat}{separator}{lon}" for lat, lon in CORNERS]


def vertices(source) -> list[tuple[float, float]]:
    return [(round(v.y(), 6), round(v.x(), 6)) for v in source.geometry.vertices()][:-1]


def refusal(path) -> str:
    """The message of the refusal (caught here: a kept traceback would keep the file's QGIS
    layer alive past QGIS itself)."""
    try:
        layout = point_files.csv_layout(str(path)) if point_files.is_csv(str(path)) else None
        point_files.read_polygon_file(str(path), layout)
    except SourceError as error:
        return str(error)
    raise AssertionError(f"{path} was not refused")


# --- CSV: separators and what comes before the header -----------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("semicolon.csv", "\n".join(lines(";")) + "\n"),
        ("decimal_comma.csv", "lat;lon\n" + "".join(f"{a};{o}\n" for a, o in CORNERS)),
        ("blank_first.csv", "\n\n" + "\n".join(lines(";")) + "\n"),
        ("excel_sep.csv", "sep=;\n" + "\r\n".join(lines(";")) + "\r\n"),
        ("tab.csv", "\n".join(lines("\t")) + "\n"),
    ],
)
def test_csv_separators_are_read(tmp_path, name, text):
    path = tmp_path / name
    if name == "decimal_comma.csv":
        text = text.replace(".", ",")
    path.write_text(text, encoding="utf-8")
    source = point_files.read_polygon_file(str(path), point_files.csv_layout(str(path)))
    assert vertices(source) == CORNERS
    assert source.description == f"{name}: 3 point(s)"


def test_csv_refusals_name_the_file_and_the_line(tmp_path):
    cases = {
        "empty.csv": ("", "empty.csv is empty: it has no header line and no coordinates."),
        "blank.csv": ("\n \n\n", "blank.csv is empty: it has no header line and no coordinates."),
        "header_only.csv": (
            "lat;lon\n",
            "header_only.csv has no row with coordinates under its header line.",
        ),
        "spaces.csv": (
            "\nlat lon\n40.1 46.1\n",
            "spaces.csv: line 2 (lat lon) has one column and it is not a column of "
            "coordinates: separate the columns with a semicolon, a comma or a tab.",
        ),
        "two_separators.csv": (
            "lat;lon,x\n1;2,3\n",
            "two_separators.csv: the separator is unclear: line 1 splits into columns at a "
            "semicolon and at a comma. Keep one separator between the columns.",
        ),
        "two_points.csv": (
            "lat;lon\n40.1;46.1\n40.2;46.1\n",
            "two_points.csv: A polygon needs at least 3 different points; this source has 2.",
        ),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert refusal(path) == message, name


def test_csv_that_cannot_be_read_is_named(tmp_path):
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert refusal(folder) == "folder.csv cannot be read: Is a directory"
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"lat;lon\n40.1;46.1\n40.2\x00;46.1\n")
    assert refusal(nul) == (
        "nul.csv: line 3 holds NUL characters: it is not a text file, or UTF-16 without its "
        "byte order mark. Save it as CSV UTF-8 and open it again."
    )
    huge = tmp_path / "huge.csv"
    huge.write_text("lat;lon;note\n40.1;46.1;" + "x" * 200_000 + "\n", encoding="utf-8")
    assert refusal(huge) == (
        "huge.csv: line 2 cannot be read as CSV: field larger than field limit (131072)"
    )
    broken_utf16 = tmp_path / "broken16.csv"
    broken_utf16.write_bytes(b"\xff\xfel\x00a\x00t\x00\n\x00\x00\xd8")
    assert refusal(broken_utf16).startswith("broken16.csv: line 2 is not text in utf-16")


# --- CSV: encodings ----------------------------------------------------------------------------


def test_utf16_with_its_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "excel_unicode.csv"
    path.write_bytes("\n".join(lines("\t")).encode("utf-16"))
    assert vertices(point_files.read_polygon_file(str(path))) == CORNERS


@pytest.mark.parametrize(
    ("encoding", "header"),
    [("cp1251", ["Широта", "Долгота", "Примечание"]), ("cp1252", ["Breite", "Länge", "Notiz"])],
)
def test_eight_bit_text_is_read_when_its_words_tell(tmp_path, encoding, header):
    """Russian headers in windows-1251 and German ones in windows-1252 read as written: their
    words make sense in one encoding only."""
    rows = [";".join(header)] + [f"{a};{o};{header[2]}" for a, o in CORNERS]
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes("\n".join(rows).encode(encoding))
    layout = point_files.csv_layout(str(path))
    assert layout.headers == header
    assert not layout.obvious  # names the dock does not know: it asks for the columns
    chosen = dataclasses.replace(layout, x=header[1], y=header[0], geographic=True)
    assert vertices(point_files.read_polygon_file(str(path), chosen)) == CORNERS


def test_eight_bit_text_that_reads_two_ways_is_refused_with_its_line(tmp_path):
    """0xE0 alone is Cyrillic 'а' or Western 'à': no word tells which."""
    path = tmp_path / "note.csv"
    path.write_bytes(b"lat;lon;note\n40.1;46.1;\xe0\n40.2;46.1;x\n40.2;46.2;y\n")
    assert refusal(path) == (
        "note.csv: the file is not UTF-8, and line 2 cannot be read for sure (as Cyrillic "
        "(windows-1251): '40.1;46.1;а'; as Western (windows-1252): '40.1;46.1;à'). Save the file "
        "as CSV UTF-8 and open it again."
    )


# --- GPX and GeoJSON -----------------------------------------------------------------------------

GPX = (
    '<?xml version="1.0"?><gpx version="1.1" creator="test" '
    'xmlns="http://www.topografix.com/GPX/1/1">{}</gpx>'
)


def waypoints(corners) -> str:
    return "".join(f'<wpt lat="{lat}" lon="{lon}"></wpt>' for lat, lon in corners)


def test_gpx_files(tmp_path):
    empty_track = tmp_path / "empty_track.gpx"
    empty_track.write_text(
        GPX.format("<trk><name>t</name><trkseg></trkseg></trk>" + waypoints(CORNERS)),
        encoding="utf-8",
    )
    source = point_files.read_polygon_file(str(empty_track))
    assert source.description == "empty_track.gpx (GPX waypoints): 3 point(s)"
    assert vertices(source) == CORNERS

    cases = {
        "broken.gpx": (
            GPX.format(waypoints(CORNERS))[:-12],
            "broken.gpx cannot be read as a GPX file: XML parsing of GPX file failed : ",
        ),
        "metadata.gpx": (
            GPX.format("<metadata><name>x</name></metadata>"),
            "metadata.gpx has no track, route or waypoint with a position: nothing to make a "
            "polygon of.",
        ),
        "two.gpx": (
            GPX.format(waypoints(CORNERS[:2])),
            "two.gpx (GPX waypoints) holds no polygon, and its points give 2 different "
            "point(s): a polygon needs at least 3.",
        ),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert refusal(path).startswith(message), name


def feature(geometry) -> dict:
    return {"type": "Feature", "properties": {}, "geometry": geometry}


def collection(*geometries) -> str:
    return json.dumps({"type": "FeatureCollection", "features": [feature(g) for g in geometries]})


POLYGON = {"type": "Polygon", "coordinates": [[[o, a] for a, o in CORNERS + CORNERS[:1]]]}


def test_geojson_files(tmp_path):
    good = tmp_path / "release.geojson"
    good.write_text(collection(POLYGON), encoding="utf-8")
    source = point_files.read_polygon_file(str(good))
    assert source.description == "release.geojson: 1 polygon(s)"
    line = tmp_path / "walked.geojson"
    line.write_text(
        collection({"type": "LineString", "coordinates": [[o, a] for a, o in CORNERS]}),
        encoding="utf-8",
    )
    source = point_files.read_polygon_file(str(line))
    assert source.description == "walked.geojson: 3 point(s) of its lines joined into a polygon"
    assert vertices(source) == CORNERS

    nan_polygon = json.dumps(POLYGON).replace(str(CORNERS[1][1]), "NaN", 1)
    cases = {
        "point.geojson": (
            collection({"type": "Point", "coordinates": [46.1, 40.1]}),
            "point.geojson holds no polygon, and its points give 1 different point(s): a "
            "polygon needs at least 3.",
        ),
        "mixed.geojson": (
            collection(POLYGON, {"type": "LineString", "coordinates": [[47, 40], [47.1, 40.2]]}),
            "mixed.geojson mixes polygons and lines (feature 2 is a line): keep only the "
            "released polygon, or only the points or the line around it.",
        ),
        "nan.geojson": (
            '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
            f'"geometry":{nan_polygon}}}]}}',
            "nan.geojson: feature 1 has a vertex without a position (NaN or infinite "
            "coordinates): correct it in the file.",
        ),
        "nothing.geojson": (
            collection(None),
            "nothing.geojson has no geometry that can make a polygon.",
        ),
        "cut.geojson": (
            '{"type": "FeatureCollection", "features": [',
            "cut.geojson cannot be read as a vector file (GeoJSON): ",
        ),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert refusal(path).startswith(message), name


def test_points_in_order_make_the_polygon():
    corners = [QgsPointXY(o, a) for a, o in CORNERS]
    polygon = polygon_from_points(corners + corners[:1])
    assert [(v.x(), v.y()) for v in polygon.vertices()] == [(p.x(), p.y()) for p in corners] + [
        (corners[0].x(), corners[0].y())
    ]
