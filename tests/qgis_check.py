"""Run by Debian's /usr/bin/python3 with QGIS: open a GeoPackage as QGIS does, report as JSON.

QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/qgis_check.py out.gpkg
"""

import json
import os
import sqlite3
import sys

from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

app = QgsApplication([], False)
app.initQgis()
path = sys.argv[1]
out = {}
layers = [
    r[0]
    for r in sqlite3.connect(path).execute(
        "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"
    )
]
for name in layers:
    lyr = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    renderer_on_load = lyr.renderer().type() if lyr.renderer() else None
    msg, loaded = lyr.loadDefaultStyle()  # the style stored in the GeoPackage's layer_styles
    tp = lyr.temporalProperties()
    out[name] = {
        "renderer_on_load": renderer_on_load,
        "default_style": bool(loaded),
        "style_message": msg,
        "valid": lyr.isValid(),
        "count": lyr.featureCount(),
        "crs": lyr.crs().authid(),
        "renderer": lyr.renderer().type() if lyr.renderer() else None,
        "categories": len(getattr(lyr.renderer(), "categories", lambda: [])()),
        "temporal": tp.isActive(),
        "mode": int(tp.mode()),
        "start": tp.startField(),
        "end": tp.endField(),
        "fields": {f.name(): f.typeName() for f in lyr.fields()},
    }

# The QGIS project written next to the GeoPackage, opened as a user opens it.
project = {}
qgs = path[: -len(".gpkg")] + ".qgs"
if os.path.exists(qgs):
    from qgis.core import QgsProject

    prj = QgsProject.instance()
    project["read"] = prj.read(qgs)
    rng = prj.timeSettings().temporalRange()
    project["range"] = [rng.begin().toString(Qt.ISODate), rng.end().toString(Qt.ISODate)]
    project["visible"] = {n.name(): n.isVisible() for n in prj.layerTreeRoot().findLayers()}
    project["layers"] = {}
    for lyr in prj.mapLayers().values():
        tp = lyr.temporalProperties()
        project["layers"][lyr.name()] = {
            "valid": lyr.isValid(),
            "count": lyr.featureCount(),
            "crs": lyr.crs().authid(),
            "renderer": lyr.renderer().type() if lyr.renderer() else None,
            "temporal": tp.isActive(),
            "mode": int(tp.mode()),
            "start": tp.startField(),
            "end": tp.endField(),
        }
print(json.dumps({"layers": out, "project": project}))
app.exitQgis()
